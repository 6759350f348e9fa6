import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan } from './fixture.js';

/** The sub-processor `init` would propose for `id` from `files`, in an empty map. */
async function subprocessor(files: Record<string, string>, id: string) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  return planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts).find(
    (a) => a.section === 'subprocessors' && a.entry.id === id,
  );
}

describe('a key the caller sends with the request, given to the client', () => {
  // make-real (51c412c): each route takes `apiKey` from the request body and makes the provider's client with it
  // (app/makereal.tldraw.com/api/openai/route.ts:8-9); the user types the key into a settings dialog kept in the
  // browser, and no key of the server's is read. `init` proposed OpenAI, Anthropic and Gemini as ours.
  it("is the customer's account (make-real)", async () => {
    const openai = await subprocessor(
      {
        'app/api/openai/route.ts': [
          "import { createOpenAI } from '@ai-sdk/openai'",
          'export async function POST(req: Request) {',
          '  const { apiKey, messages, model, systemPrompt } = await req.json()',
          '  const openai = createOpenAI({ apiKey })',
          '}',
        ].join('\n'),
      },
      'openai',
    );
    expect(openai?.entry.account).toBe('customer');
    expect(openai?.comment).toContain(
      'the code calls it with the key the caller sends with the request (app/api/openai/route.ts:3) and reads no key of ours for it, so `account: customer`',
    );
  });

  it('is ours or theirs where a key of ours is the fallback; a header and a FastAPI parameter count too', async () => {
    const header = await subprocessor(
      {
        'server/chat.ts': [
          "import Anthropic from '@anthropic-ai/sdk';",
          "const userKey = req.headers['x-api-key'];",
          'const client = new Anthropic({ apiKey: userKey || process.env.ANTHROPIC_API_KEY });',
        ].join('\n'),
      },
      'anthropic',
    );
    expect(header?.entry.account).toBe('ours-or-customer');
    const python = await subprocessor(
      {
        'api/chat.py': [
          'from fastapi import Header',
          'from openai import OpenAI',
          '@app.post("/chat")',
          'def chat(body: Chat, x_api_key: str = Header(...)):',
          '    return OpenAI(api_key=x_api_key).chat.completions.create(messages=body.messages)',
        ].join('\n'),
      },
      'openai',
    );
    expect(python?.entry.account).toBe('customer');
  });

  it("is not the app's own API key, checked and given to no client", async () => {
    const own = await subprocessor(
      {
        'server/route.ts': [
          "import OpenAI from 'openai';",
          "const apiKey = req.headers.get('x-api-key');",
          'if (!(await validateApiKey(apiKey))) return unauthorized();',
          'const record = await db.apiKey.findFirst({ apiKey });',
          'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
        ].join('\n'),
      },
      'openai',
    );
    expect(own?.entry.account).toBeUndefined();
  });
});
