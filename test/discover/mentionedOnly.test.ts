import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

describe('mentions are not use', () => {
  // chat-llamaindex (commit not recorded, reviewed 2026-12): next.config.mjs lets pages show images from
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
});
