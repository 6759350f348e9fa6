import type { ProviderHit } from '../scan/hits.js';
import { lineAt, lineStarts } from '../scan/hits.js';

/**
 * Prisma's datasource providers, by the catalog id of the database each names (Prisma schema reference:
 * https://www.prisma.io/docs/orm/reference/prisma-schema-reference#datasource, read 2026-12-04). Prisma ships its own
 * query engine, so an app that keeps its data through Prisma declares no database driver a manifest would show:
 * AnythingLLM's SQLite database, which holds its chats, users and memories, was not proposed.
 */
const DATASOURCE_PROVIDERS: Readonly<Record<string, string>> = {
  sqlite: 'sqlite',
  postgresql: 'postgres',
  postgres: 'postgres',
  mysql: 'mysql',
  mongodb: 'mongodb',
};

/** The `detail` of a hit from a Prisma schema's `datasource`. */
export const PRISMA_DATASOURCE_DETAIL = 'Prisma datasource';

const DATASOURCE = /\bdatasource\s+\w+\s*\{([^}]*)\}/g;
const PROVIDER = /\bprovider\s*=\s*"([a-z]+)"/;

/**
 * The database a Prisma schema's `datasource` block names, as a `config` hit on the provider's line. `text` has its
 * comments blanked, so a commented-out alternative block (AnythingLLM's PostgreSQL) names nothing. Pure.
 * @example prismaHits('datasource db {\n  provider = "sqlite"\n}\n', 'prisma/schema.prisma')[0].provider // 'sqlite'
 */
export function prismaHits(text: string, file: string): ProviderHit[] {
  const hits: ProviderHit[] = [];
  const starts = lineStarts(text);
  for (const block of text.matchAll(DATASOURCE)) {
    const found = PROVIDER.exec(block[1]!);
    const provider = found ? DATASOURCE_PROVIDERS[found[1]!] : undefined;
    if (!found || !provider) continue;
    const at = block.index + block[0].indexOf(found[0]);
    const { line, col } = lineAt(starts, at);
    hits.push({
      provider,
      evidence: {
        file,
        line,
        col,
        signal: 'config',
        snippet: found[0],
        detail: PRISMA_DATASOURCE_DETAIL,
      },
    });
  }
  return hits;
}
