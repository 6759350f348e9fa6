// What the twenty-second session's reviews of real apps found in discovery and drift: mfts/papermark (7ff2e65).
import { describe, expect, it } from 'vitest';
import { computeDrift } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan } from './fixture.js';

describe('a database engine standing for a hosted service the map dismisses', () => {
  // papermark: Prisma's `provider = "postgresql"` stood for Neon (found by Vercel Postgres's settings); the map
  // dismissed Neon and declared its database as Postgres, and drift said "the map dismisses it: remove the
  // dismissal" of a Postgres no dismissal names.
  it('still traces the engine the map declares', async () => {
    const report = await scan({
      'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
      'lib/prisma.ts': 'import { Pool } from "@neondatabase/serverless";\n',
    });
    expect(report.findings.find((finding) => finding.provider === 'postgres')?.covers).toEqual(['neon']);
    const loaded = loadMapFromFiles(
      [
        {
          file: 'trustmap.yaml',
          content: [
            'version: 1',
            'organization: { name: Tiny, stage: seed }',
            'components:',
            '  - { id: app-db, kind: datastore, provider: postgres, hosting: cloud-managed }',
            'dismissals:',
            '  - { id: neon, reason: "the database is Vercel Postgres" }',
            '',
          ].join('\n'),
        },
      ],
      { root: '/tmp/map' },
    );
    if (!loaded.ok) throw new Error('map does not load');
    const about = computeDrift(loaded.map, report).filter((item) => item.provider === 'postgres');
    expect(about.map((item) => item.message)).toEqual([]);
  });
});
