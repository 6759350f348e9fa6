import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

// letta (56ba9c2) imports `composio` in two modules, and neither pyproject.toml nor uv.lock lists it: the import cannot
// be installed, yet Composio was proposed as a vendor receiving data.
describe('imports no manifest or lockfile installs', () => {
  const lock = 'version = 1\n\n[[package]]\nname = "fastapi"\nversion = "0.115.0"\n';
  const tools = 'from composio import ComposioToolSet\n\ntoolset = ComposioToolSet()\n';

  it('mentions a Python SDK that a project with a lockfile never installs', async () => {
    const report = await scan({
      'uv.lock': lock,
      'pyproject.toml': '[project]\nname = "agent"\n',
      'app/tools.py': tools,
    });
    expect(statusOf(report, 'composio')).toBe('mentioned');
  });

  it('keeps it used where the lockfile, a manifest or an image installs it, or with no lockfile to read', async () => {
    const locked = await scan({
      'uv.lock': `${lock}\n[[package]]\nname = "composio-core"\nversion = "0.7.0"\n`,
      'app/tools.py': tools,
    });
    expect(statusOf(locked, 'composio')).toBe('used');
    const image = await scan({
      'uv.lock': lock,
      Dockerfile: 'FROM python:3.12\nRUN pip install --no-cache-dir "composio-core>=0.7" && rm -rf /tmp/x\n',
      'app/tools.py': tools,
    });
    expect(statusOf(image, 'composio')).toBe('used');
    const unlocked = await scan({ 'app/tools.py': tools });
    expect(statusOf(unlocked, 'composio')).toBe('used');
    // A key or a call beside the import proves use whatever the lockfile says.
    const keyed = await scan({
      'uv.lock': lock,
      'app/tools.py': `${tools}import os\nkey = os.environ["COMPOSIO_API_KEY"]\n`,
    });
    expect(statusOf(keyed, 'composio')).toBe('used');
  });
});

// pezzo (886d38b): an enum of its own, `PromptService.AzureOpenAIChatCompletion`, labelled "Azure OpenAI (Coming
// Soon)", was read as Semantic Kernel's class of that name: Azure OpenAI was proposed as a vendor.
describe("the app's own names that share an integration class's", () => {
  it('reads no class from a member, a member defined, or a string', async () => {
    const report = await scan({
      'src/types/provider.ts': [
        'export enum PromptService {',
        '  AzureOpenAIChatCompletion = "AzureOpenAIChatCompletion",',
        '}',
        'export const mapping = {',
        '  [PromptService.AzureOpenAIChatCompletion]: { name: "Azure OpenAI (Coming Soon)" },',
        '};',
      ].join('\n'),
    });
    expect(statusOf(report, 'azure-openai')).toBeUndefined();
    // The class itself, constructed, is a use.
    const used = await scan({
      'app/kernel.py': 'kernel.add_service(AzureOpenAIChatCompletion(deployment_name="gpt-4o"))\n',
    });
    expect(statusOf(used, 'azure-openai')).toBe('used');
  });
});

// Chat2DB (155ecb7): a folder per model vendor under `ai/` (`controller/ai/tongyi/`, `ai/wenxin/`), and a Claude client
// posting to claude.ai's web API, were not read: Tongyi Qianwen, ERNIE and Claude went unfound or only mentioned.
describe('vendor folders under ai/ and a consumer app’s API', () => {
  it('reads a folder per vendor under ai/, and claude.ai as Anthropic', async () => {
    const report = await scan({
      'server/src/main/java/app/controller/ai/tongyi/client/TongyiChatAIClient.java':
        'public class TongyiChatAIClient {\n  private String apiKey;\n  private String apiHost;\n}\n',
      'server/src/main/java/app/controller/ai/claude/client/ClaudeAIClient.java':
        'String apiHost = "https://claude.ai/api/append_message";\n',
      'server/src/main/java/app/controller/ai/prompts/PromptBuilder.java':
        'String url = "https://example.com/prompts";\n',
    });
    expect(statusOf(report, 'alibaba-dashscope')).toBe('used');
    expect(statusOf(report, 'anthropic')).toBe('used');
    expect(
      report.findings
        .filter((finding) => finding.status === 'used')
        .map((finding) => finding.id)
        .sort(),
    ).toEqual(['alibaba-dashscope', 'anthropic']);
  });
});

// onlook (ab9333d): its environment schema declares Anthropic, OpenAI, Gemini and Bedrock keys the app never reads, and
// each was proposed as a vendor, making OpenRouter, its one real provider, "one of 5 model providers".
describe('an environment schema', () => {
  it('reads the keys it declares as settings accepted, not as calls', async () => {
    const report = await scan({
      'src/env.ts': [
        "import { createEnv } from '@t3-oss/env-nextjs';",
        "import { z } from 'zod';",
        'export const env = createEnv({',
        '  server: {',
        '    ANTHROPIC_API_KEY: z.string().optional(),',
        '    OPENROUTER_API_KEY: z.string(),',
        '  },',
        '  runtimeEnv: {',
        '    ANTHROPIC_API_KEY: process.env.ANTHROPIC_API_KEY,',
        '    OPENROUTER_API_KEY: process.env.OPENROUTER_API_KEY,',
        '  },',
        '});',
      ].join('\n'),
      'src/llm.ts':
        "import { createOpenRouter } from '@openrouter/ai-sdk-provider';\nimport { env } from './env';\nexport const openrouter = createOpenRouter({ apiKey: env.OPENROUTER_API_KEY });\n",
    });
    expect(statusOf(report, 'anthropic')).toBe('mentioned');
    expect(statusOf(report, 'openrouter')).toBe('used');
  });
});
