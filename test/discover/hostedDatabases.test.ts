import { describe, expect, it } from 'vitest';
import { computeDrift } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

/** The kinds of drift `init` would act on for `files`, by provider, in an empty map. */
async function driftFor(files: Record<string, string>) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  const proposed = computeDrift(loaded.map, report)
    .filter((item) => item.proposal)
    .map((item) => `${item.provider} ${item.proposal!.section}`);
  return { report, proposed };
}

describe("a managed database reached through its vendor's own driver", () => {
  // make-real (51c412c): `import { sql } from '@vercel/postgres'` (app/lib/uploadLink.tsx:3), Vercel's managed
  // Postgres on Neon's servers, was proposed as a PostgreSQL of ours, `hosting: self-hosted`; Neon only mentioned.
  it("is the vendor's service, not a database of ours (Vercel Postgres, Drizzle's and Prisma's Neon and PlanetScale drivers)", async () => {
    const { report, proposed } = await driftFor({
      'app/lib/uploadLink.tsx':
        "import { sql } from '@vercel/postgres';\nawait sql`INSERT INTO links VALUES (1)`;\n",
      'package.json': '{ "dependencies": { "@vercel/postgres": "^0.5.1" } }\n',
    });
    expect(statusOf(report, 'postgres')).toBeUndefined();
    expect(report.findings.find((f) => f.id === 'neon')).toMatchObject({
      status: 'used',
      hosting: 'vendor-hosted',
    });
    expect(proposed).toEqual(['neon subprocessors']);
    const drivers = await scan({
      'lib/db.ts': "import { drizzle } from 'drizzle-orm/neon-http';\n",
      'lib/mysql.ts': "import { drizzle } from 'drizzle-orm/planetscale-serverless';\n",
    });
    expect([statusOf(drivers, 'neon'), statusOf(drivers, 'planetscale')]).toEqual(['used', 'used']);
  });

  // llamacoder (4e2ee75): Prisma's `provider = "postgresql"` reached through `@prisma/adapter-neon` and
  // Neon's `Pool` was proposed as a self-hosted PostgreSQL beside Neon.
  it('takes the engine found only by an ORM schema or in the driver’s files for that service', async () => {
    const { proposed } = await driftFor({
      'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
      'lib/prisma.ts':
        'import { PrismaClient } from "@prisma/client";\nimport { PrismaNeon } from "@prisma/adapter-neon";\nimport { Pool } from "@neondatabase/serverless";\n',
    });
    expect(proposed).toEqual(['neon subprocessors']);
    // A PostgreSQL image of its own, or its own driver elsewhere, is a database of ours beside it.
    const both = await driftFor({
      'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
      'lib/prisma.ts': 'import { Pool } from "@neondatabase/serverless";\n',
      'jobs/worker.ts': "import pg from 'pg';\n",
    });
    expect(both.proposed.sort()).toEqual(['neon subprocessors', 'postgres components']);
  });
});
