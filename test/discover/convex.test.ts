import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

// notesGPT (57b92f1): its notes, their embeddings and its recordings live in Convex
// (convex/schema.ts `defineSchema` with a `vectorIndex`, `ctx.db`, `ctx.storage`, `ctx.vectorSearch`), which the
// catalog did not know: the app's one database went unfound.
describe('Convex, a vendor-hosted backend', () => {
  const schema =
    "import { defineSchema, defineTable } from 'convex/server';\nimport { v } from 'convex/values';\n\nexport default defineSchema({\n  notes: defineTable({ text: v.string(), embedding: v.array(v.float64()) }).vectorIndex('by_embedding', {\n    vectorField: 'embedding',\n    dimensions: 768,\n  }),\n});\n";

  it('is found by its packages and is vendor-hosted; as a database only, it is a datastore', async () => {
    const report = await scan({
      'package.json': '{"dependencies":{"convex":"^1.3.1"}}',
      'convex/notes.ts':
        "import { v } from 'convex/values';\nimport { mutation } from './_generated/server';\n\nexport const add = mutation({ args: { text: v.string() }, handler: (ctx, args) => ctx.db.insert('notes', args) });\n",
      'app/provider.tsx':
        "import { ConvexReactClient } from 'convex/react';\n\nconst convex = new ConvexReactClient(process.env.NEXT_PUBLIC_CONVEX_URL!);\n",
    });
    const convex = report.findings.find((finding) => finding.id === 'convex');
    expect(convex).toMatchObject({ status: 'used', hosting: 'vendor-hosted', category: 'datastore' });
  });

  it('searching vectors in it makes it the vector store too, one finding', async () => {
    const report = await scan({
      'convex/schema.ts': schema,
      'convex/search.ts':
        "import { v } from 'convex/values';\n\nexport const similar = async (ctx, embedding) =>\n  await ctx.vectorSearch('notes', 'by_embedding', { vector: embedding, limit: 16 });\n",
    });
    const convex = report.findings.filter((finding) => finding.vendor === 'convex');
    expect(convex).toHaveLength(1);
    expect(convex[0]).toMatchObject({ id: 'convex', category: 'vector-store', hosting: 'vendor-hosted' });
  });

  it('run from its backend image in the repository it is self-hosted; a word alone names nothing', async () => {
    const own = await scan({
      'convex/schema.ts': schema,
      'docker-compose.yml': 'services:\n  backend:\n    image: ghcr.io/get-convex/convex-backend:latest\n',
    });
    expect(own.findings.find((finding) => finding.id === 'convex')?.hosting).toBe('self-hosted');
    const prose = await scan({ 'src/math.ts': 'export const hull = (points) => convex(points);\n' });
    expect(statusOf(prose, 'convex')).toBeUndefined();
  });
});
