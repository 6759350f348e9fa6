import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

// notesGPT (57b92f1): `new OpenAI({ baseURL: 'https://api.together.xyz/v1' })` in convex/together.ts was proposed as an
// OpenAI sub-processor; the `openai` package is only the client library Together is reached with.
describe("the OpenAI SDK pointed at another vendor's host is that vendor's client", () => {
  const together =
    "import OpenAI from 'openai';\n\nconst client = new OpenAI({\n  apiKey: process.env.TOGETHER_API_KEY,\n  baseURL: 'https://api.together.xyz/v1',\n});\n";

  it('a literal host: the vendor is used, OpenAI only mentioned, though package.json declares the SDK', async () => {
    const report = await scan({
      'package.json': '{"dependencies":{"openai":"^4.20.1","together-ai":"^0.40.0"}}',
      'convex/together.ts': together,
      // An open model Together serves, named by its maker's prefix: no call to OpenAI.
      'convex/whisper.ts':
        "import { Together } from 'together-ai';\n\nconst out = await client.audio.transcriptions.create({ model: 'openai/whisper-large-v3' });\n",
    });
    expect(statusOf(report, 'together')).toBe('used');
    expect(statusOf(report, 'openai')).toBe('mentioned');
  });

  it('a variable named for the vendor that nothing sets, or a constant of that name from another module', async () => {
    const fromEnv = await scan({
      'package.json': '{"dependencies":{"openai":"^4"}}',
      'lib/llm.ts':
        "import OpenAI from 'openai';\n\nexport const llm = new OpenAI({ apiKey: key, baseURL: process.env.TOGETHER_BASE_URL });\n",
    });
    expect(statusOf(fromEnv, 'together')).toBe('used');
    expect(statusOf(fromEnv, 'openai')).toBe('mentioned');
    const fromModule = await scan({
      'lib/llm.ts':
        "import OpenAI from 'openai';\nimport { groqBaseUrl } from './config';\n\nexport const llm = new OpenAI({ apiKey: key, baseURL: groqBaseUrl });\n",
    });
    const groq = fromModule.findings.find((finding) => finding.id === 'groq');
    expect(groq?.status).toBe('used');
    expect(groq?.evidence.some((proof) => proof.detail?.includes('named groqBaseUrl'))).toBe(true);
    expect(statusOf(fromModule, 'openai')).toBe('mentioned');
  });

  it('OpenAI stays used where anything else names it: a key, or a client with no base URL', async () => {
    const keyed = await scan({
      'convex/together.ts': together,
      'convex/embed.ts': 'const key = process.env.OPENAI_API_KEY;\n',
    });
    expect(statusOf(keyed, 'openai')).toBe('used');
    const plain = await scan({
      'convex/together.ts': together,
      'convex/chat.ts': "import OpenAI from 'openai';\n\nconst openai = new OpenAI();\n",
    });
    expect(statusOf(plain, 'openai')).toBe('used');
    // fragments: a bare OpenAI model in the app's model list is OpenAI's, whichever file builds its client.
    const listed = await scan({
      'lib/models.ts': together,
      'lib/models.json': '[{ "id": "gpt-4o", "provider": "OpenAI" }]\n',
    });
    expect(statusOf(listed, 'openai')).toBe('used');
    // A name that says nothing of a vendor gives no vendor.
    const unnamed = await scan({
      'lib/llm.ts':
        "import OpenAI from 'openai';\n\nexport const llm = new OpenAI({ baseURL: process.env.LLM_BASE_URL });\n",
    });
    expect(statusOf(unnamed, 'openai')).toBe('used');
  });
});
