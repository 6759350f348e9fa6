import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

const categoryOf = (report: Awaited<ReturnType<typeof scan>>, id: string) =>
  report.findings.find((finding) => finding.id === id)?.category;

// chat-llamaindex (179c907): app/api/chat/route.ts imports `OpenAI` from
// "llamaindex" over several lines and calls `new OpenAI(modelConfig)`; OpenAI was "only mentioned" (model names), and
// `check` called the user's correct declaration drift. Its bots answer from `LlamaCloudIndex`, found only by its key.
describe("providers reached through a framework's own wrapper classes", () => {
  it('a class imported from a module that re-exports integrations names its provider (LlamaIndex.TS)', async () => {
    const report = await scan({
      'package.json': '{"dependencies":{"llamaindex":"0.5.19"}}',
      'app/api/chat/route.ts':
        'import {\n  ChatMessage,\n  OpenAI,\n  Settings,\n} from "llamaindex";\n\nconst llm = new OpenAI(modelConfig);\n',
      'app/api/chat/other.ts': 'import { Anthropic, Document } from "llamaindex";\n',
    });
    expect(statusOf(report, 'openai')).toBe('used');
    const proof = report.findings.find((finding) => finding.id === 'openai')?.evidence[0];
    expect(proof).toMatchObject({ file: 'app/api/chat/route.ts', line: 3, signal: 'import' });
    expect(proof?.detail).toContain('LlamaIndex');
    expect(statusOf(report, 'anthropic')).toBe('used');
    expect(statusOf(report, 'llamaindex')).toBe('used');
  });

  it('LangChain Python: old root imports, kind modules over several lines, and ChatOpenAI-style names', async () => {
    const report = await scan({
      'app/root.py': 'from langchain import OpenAI, PromptTemplate\nuse(OpenAI, PromptTemplate)\n',
      'app/multi.py': 'from langchain_community.chat_models import (\n    ChatAnthropic,\n)\n',
      'app/chat.py': 'from langchain.chat_models import ChatOpenAI\nuse(ChatOpenAI)\n\nllm = ChatOpenAI()\n',
      'app/embed.py': 'from langchain.embeddings import CohereEmbeddings\nuse(CohereEmbeddings)\n',
    });
    expect(statusOf(report, 'openai')).toBe('used');
    expect(statusOf(report, 'anthropic')).toBe('used');
    expect(statusOf(report, 'cohere')).toBe('used');
    const openai = report.findings.find((finding) => finding.id === 'openai');
    expect(openai?.evidence.map((proof) => proof.file).sort()).toEqual(['app/chat.py', 'app/root.py']);
  });

  it("the framework's own classes and functions name no provider", async () => {
    const report = await scan({
      'app/index.ts':
        'import {\n  Settings,\n  VectorStoreIndex,\n  SimpleDirectoryReader,\n  ContextChatEngine,\n  storageContextFromDefaults,\n} from "llamaindex";\n',
      'app/index.py':
        'from llama_index.core import (\n    Settings,\n    VectorStoreIndex,\n    Document,\n)\n',
    });
    expect(report.findings.map((finding) => finding.id)).toEqual(['llamaindex']);
  });

  it("LlamaCloud's managed index is a vector store at LlamaCloud; its parser alone stays a parser", async () => {
    const index = await scan({
      'app/api/chat/engine/index.ts':
        'import { LlamaCloudIndex } from "llamaindex/cloud/LlamaCloudIndex";\n\nexport const index = new LlamaCloudIndex({ apiKey: process.env.LLAMA_CLOUD_API_KEY });\n',
    });
    expect(statusOf(index, 'llamacloud')).toBe('used');
    expect(categoryOf(index, 'llamacloud')).toBe('vector-store');
    const python = await scan({
      'app/index.py':
        'from llama_index.indices.managed.llama_cloud import LlamaCloudIndex\nuse(LlamaCloudIndex)\n',
    });
    expect(categoryOf(python, 'llamacloud')).toBe('vector-store');
    const parser = await scan({
      'app/parse.py':
        'from llama_parse import LlamaParse\n\nparser = LlamaParse(api_key=os.environ["LLAMA_CLOUD_API_KEY"])\n',
    });
    expect(categoryOf(parser, 'llamacloud')).toBe('ml-platform');
  });
});
