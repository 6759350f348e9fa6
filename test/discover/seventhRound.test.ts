import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

describe('rules from the seventh accuracy round (issue 13)', () => {
  it("a vendor's store named in a setting is that store, not the vendor's AI service (UPSTASH_REDIS_REST_URL)", async () => {
    const report = await scan({
      'lib/rate-limit.ts':
        "import { Redis } from '@upstash/redis'\n\nexport const redis = new Redis({\n  url: process.env.UPSTASH_REDIS_REST_URL,\n  token: process.env.UPSTASH_REDIS_REST_TOKEN,\n})\n",
    });
    expect(statusOf(report, 'upstash-vector')).toBeUndefined();
  });

  it("Upstash Vector's own settings still name it", async () => {
    const report = await scan({
      'lib/index.ts': 'export const url = process.env.UPSTASH_VECTOR_REST_URL\n',
    });
    expect(statusOf(report, 'upstash-vector')).toBe('used');
  });

  it("the OpenAI SDK subclassed for another server's base URL is that server's client, not OpenAI", async () => {
    const report = await scan({
      'pyproject.toml': '[project]\nname = "researcher"\ndependencies = ["langchain-openai>=1.1"]\n',
      'src/app/lmstudio.py':
        'from langchain_openai import ChatOpenAI\n\n\nclass ChatLMStudio(ChatOpenAI):\n    def __init__(\n        self,\n        base_url: str = "http://localhost:1234/v1",\n        **kwargs,\n    ):\n        super().__init__(\n            base_url=base_url,\n            api_key="lm-studio",\n            **kwargs,\n        )\n',
    });
    expect(statusOf(report, 'lmstudio')).toBe('used');
    expect(statusOf(report, 'openai')).toBe('mentioned');
  });

  it('the OpenAI SDK stays OpenAI when anything else names OpenAI (a key, or an import elsewhere)', async () => {
    const lmstudio =
      'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(base_url="http://localhost:1234/v1", api_key="x")\n';
    expect(statusOf(await scan({ 'src/app/lmstudio.py': lmstudio }), 'openai')).toBe('mentioned');
    const keyed = await scan({
      'src/app/lmstudio.py': lmstudio,
      'src/app/settings.py': 'import os\n\nkey = os.environ["OPENAI_API_KEY"]\n',
    });
    expect(statusOf(keyed, 'openai')).toBe('used');
    const elsewhere = await scan({
      'src/app/lmstudio.py': lmstudio,
      'src/app/cloud.py': 'from langchain_openai import ChatOpenAI\n\nllm = ChatOpenAI(model=name)\n',
    });
    expect(statusOf(elsewhere, 'openai')).toBe('used');
  });
});
