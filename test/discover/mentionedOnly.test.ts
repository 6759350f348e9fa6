import { describe, expect, it } from 'vitest';
import { conventionalClass } from '../../src/discover/proof/pathClass.js';
import { scan, statusOf } from './fixture.js';

describe('mentions are not use', () => {
  // chat-llamaindex (179c907): next.config.mjs lets pages show images from
  // `*.public.blob.vercel-storage.com` and package.json lists `@vercel/blob`, which no file imports; Vercel Blob was
  // proposed as a sub-processor receiving customer documents.
  const nextConfig = [
    'const nextConfig = {',
    '  images: {',
    '    remotePatterns: [',
    '      {',
    '        protocol: "https",',
    '        hostname: "*.public.blob.vercel-storage.com",',
    '      },',
    '    ],',
    '  },',
    '};',
    'export default nextConfig;',
    '',
  ].join('\n');
  const manifest = JSON.stringify({
    name: 'app',
    dependencies: { '@vercel/blob': '^0.14.1', next: '14.0.0' },
  });

  it('an image host allowed in the framework config and a dependency never imported are mentions', async () => {
    const report = await scan({
      'next.config.mjs': nextConfig,
      'package.json': manifest,
      'app/page.tsx': 'export default 1;\n',
    });
    expect(statusOf(report, 'vercel-blob')).toBe('mentioned');
  });

  it('the same config beside an upload through the SDK is use', async () => {
    const report = await scan({
      'next.config.mjs': nextConfig,
      'package.json': manifest,
      'app/api/upload/route.ts':
        "import { put } from '@vercel/blob';\nexport const POST = (f: File) => put(f.name, f, { access: 'public' });\n",
    });
    expect(statusOf(report, 'vercel-blob')).toBe('used');
  });

  // deer-flow (f1f4af9): Anthropic's flow was proposed under no condition from
  // scripts/export_claude_code_oauth.py:44 (`os.getenv("USER") or "claude-code-user"`) and OpenAI's from
  // backend/scripts/build_fixture_from_jsonl.py:21 (`add_argument("--model", default="gpt-5.5")`): developers'
  // scripts, run by hand. An agent skill's scripts, which the agent runs, stay code.
  it("developers' scripts, top-level or nested, are mentions; an agent skill's scripts are code", async () => {
    expect(conventionalClass('scripts/export_claude_code_oauth.py')).toBe('example');
    expect(conventionalClass('backend/scripts/build_fixture_from_jsonl.py')).toBe('example');
    expect(conventionalClass('skills/public/image-generation/scripts/generate.py')).toBeUndefined();
    const report = await scan({
      'scripts/build_fixture.py':
        'import argparse\nfrom openai import OpenAI\nparser = argparse.ArgumentParser()\nparser.add_argument("--model", default="gpt-4o")\nOpenAI().chat.completions.create(model="gpt-4o", messages=m)\n',
      'skills/image/scripts/generate.py':
        'import os\nfrom google import genai\nclient = genai.Client(api_key=os.environ["GEMINI_API_KEY"])\n',
      'app/main.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
    });
    expect(statusOf(report, 'openai')).toBe('mentioned');
    expect(statusOf(report, 'gemini-developer-api')).toBe('used');
    expect(statusOf(report, 'anthropic')).toBe('used');
  });
});
