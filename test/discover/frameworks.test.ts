import { describe, expect, it } from 'vitest';
import type { DiscoveryReport } from '../../src/discover/types.js';
import { scan } from './fixture.js';

const used = (report: DiscoveryReport) =>
  report.findings.filter((f) => f.status === 'used' && f.category !== 'agent-framework').map((f) => f.id);

describe('providers reached through frameworks', () => {
  it('LangChain JS: partner packages and community integration paths', async () => {
    const report = await scan({
      'src/a.ts': [
        "import { ChatTogetherAI } from '@langchain/community/chat_models/togetherai';",
        "import { PGVectorStore } from '@langchain/community/vectorstores/pgvector';",
        "import { HuggingFaceInferenceEmbeddings } from '@langchain/community/embeddings/hf';",
        "import { ChatGroq } from '@langchain/groq';",
        "import { AzureChatOpenAI } from '@langchain/openai';",
        "import { ChatOpenAI } from 'langchain/chat_models/openai';",
      ].join('\n'),
    });
    expect(used(report)).toEqual(['azure-openai', 'groq', 'openai', 'pgvector', 'together']);
    const together = report.findings.find((f) => f.id === 'together')!;
    expect(together.evidence[0]?.detail).toMatch(/through LangChain/);
  });

  it('LangChain Python: partner packages, community modules and class names', async () => {
    const report = await scan({
      'app/llm.py': [
        'from langchain_openai import AzureChatOpenAI\nuse(AzureChatOpenAI)',
        'from langchain_anthropic import ChatAnthropic\nuse(ChatAnthropic)',
        'from langchain_community.chat_models import ChatTongyi\nuse(ChatTongyi)',
        'from langchain_community.vectorstores import MongoDBAtlasVectorSearch, Redis\nuse(MongoDBAtlasVectorSearch, Redis)',
        'from langchain_community.embeddings.baidu_qianfan_endpoint import QianfanEmbeddingsEndpoint\nuse(QianfanEmbeddingsEndpoint)',
        'from langchain_community.llms.fireworks import Fireworks\nuse(Fireworks)',
        'from langchain.vectorstores import Chroma\nuse(Chroma)',
      ].join('\n'),
    });
    expect(used(report)).toEqual([
      'alibaba-dashscope',
      'anthropic',
      'azure-openai',
      'baidu-qianfan',
      'chroma',
      'fireworks',
      'mongodb-atlas-vector-search',
      'redis-vector-search',
    ]);
  });

  it('LlamaIndex modules and distributions, Haystack and Semantic Kernel integrations', async () => {
    const report = await scan({
      'rag.py': [
        'from llama_index.llms.groq import Groq\nuse(Groq)',
        'from llama_index.embeddings.voyageai import VoyageEmbedding\nuse(VoyageEmbedding)',
        'from llama_index.vector_stores.qdrant import QdrantVectorStore\nuse(QdrantVectorStore)',
        'from haystack_integrations.document_stores.weaviate import WeaviateDocumentStore\nuse(WeaviateDocumentStore)',
        'from haystack_integrations.components.generators.amazon_bedrock import AmazonBedrockGenerator\nuse(AmazonBedrockGenerator)',
        'from haystack.components.generators import AzureOpenAIGenerator\nuse(AzureOpenAIGenerator)',
        'from semantic_kernel.connectors.ai.mistral_ai import MistralAIChatCompletion\nuse(MistralAIChatCompletion)',
        'from semantic_kernel.connectors.azure_ai_search import AzureAISearchStore\nuse(AzureAISearchStore)',
      ].join('\n'),
      'requirements.txt': 'llama-index-llms-anthropic==0.3\nqdrant-haystack==5.0\n',
    });
    expect(used(report)).toEqual([
      'anthropic',
      'aws-bedrock',
      'azure-ai-search',
      'azure-openai',
      'groq',
      'mistral',
      'qdrant',
      'voyage',
      'weaviate',
    ]);
  });

  it('Vercel AI SDK providers, in imports and package.json', async () => {
    const report = await scan({
      'package.json': JSON.stringify({ dependencies: { '@ai-sdk/deepseek': '^1', ai: '^4' } }),
      'app/route.ts':
        "import { createMistral } from '@ai-sdk/mistral';\nimport { xai } from '@ai-sdk/xai';\n",
    });
    expect(used(report)).toEqual(['mistral', 'xai']);
    // Declared but imported nowhere while the scan read code: installed, not used.
    expect(report.findings.find((f) => f.id === 'deepseek')?.status).toBe('mentioned');
  });

  it('does not report open-weights models run in-process as hosted vendors', async () => {
    const report = await scan({
      'embed.py': [
        'from sentence_transformers import SentenceTransformer',
        'model = SentenceTransformer("BAAI/bge-small-en-v1.5")',
        'from langchain_huggingface import HuggingFaceEmbeddings\nuse(HuggingFaceEmbeddings)',
        'emb = HuggingFaceEmbeddings(model_name="sentence-transformers/all-MiniLM-L6-v2")',
        'from huggingface_hub import snapshot_download',
      ].join('\n'),
      'web.ts':
        "const e = new TransformersEmbeddings({ model: 'Supabase/gte-small' });\nconst j = 'Xenova/jina-embeddings-v2-small-en';\n",
    });
    const hosted = report.findings.filter((f) => f.hosting === 'vendor-hosted' && f.status === 'used');
    expect(hosted.map((f) => f.id)).toEqual([]);
    expect(report.findings.find((f) => f.id === 'hf-transformers')?.hosting).toBe('self-hosted');
  });
});
