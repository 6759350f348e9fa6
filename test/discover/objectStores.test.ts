import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

// postiz (74b01ad): its uploads go to Cloudflare R2 through `@aws-sdk/client-s3` pointed at R2's endpoint, and Amazon S3
// was proposed as the store receiving them.
describe('object stores reached through the S3 API', () => {
  const r2 = [
    "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';",
    '',
    'export const client = new S3Client({',
    "  region: 'auto',",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source with a template literal, as text
    '  endpoint: `https://${process.env.CLOUDFLARE_ACCOUNT_ID}.r2.cloudflarestorage.com`,',
    '});',
  ].join('\n');

  it('names the store the S3 client is pointed at, not Amazon S3', async () => {
    const report = await scan({
      'package.json': JSON.stringify({ dependencies: { '@aws-sdk/client-s3': '^3.600.0' } }),
      'src/upload/r2.storage.ts': r2,
    });
    expect(statusOf(report, 'cloudflare-r2')).toBe('used');
    expect(statusOf(report, 'aws-s3')).not.toBe('used');
  });

  it('keeps Amazon S3 where another file uses the same client without another endpoint', async () => {
    const report = await scan({
      'package.json': JSON.stringify({ dependencies: { '@aws-sdk/client-s3': '^3.600.0' } }),
      'src/upload/r2.storage.ts': r2,
      'src/upload/s3.storage.ts':
        "import { S3Client } from '@aws-sdk/client-s3';\n\nexport const client = new S3Client({ region: process.env.AWS_REGION });\n",
    });
    expect(statusOf(report, 'cloudflare-r2')).toBe('used');
    expect(statusOf(report, 'aws-s3')).toBe('used');
  });
});

// Hexabot (9b8dae5): its default database, SQLite, chosen by `(process.env.DB_TYPE as …) || 'sqlite'`, was only
// mentioned, and a check said it was not used.
describe('a database chosen by a setting with a default', () => {
  it('finds the default database as used', async () => {
    const report = await scan({
      'package.json': JSON.stringify({ dependencies: { sqlite3: '^5.1.0', pg: '^8.0.0' } }),
      'src/config/index.ts':
        "export const config = {\n  database: {\n    type: (process.env.DB_TYPE as Config['database']['type']) || 'sqlite',\n  },\n};\n",
    });
    expect(statusOf(report, 'sqlite')).toBe('used');
    // The other choice, only declared, stays mentioned.
    expect(statusOf(report, 'postgres')).toBe('mentioned');
  });
});
