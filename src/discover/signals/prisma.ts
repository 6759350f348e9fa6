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
/** The `detail` of a hit from a variable a Prisma schema's `datasource` reads its connection from. */
export const PRISMA_DATASOURCE_URL_DETAIL = 'Prisma datasource URL';

/** The `detail` of a hit from a Prisma model that keeps conversations: the prompts users write and the answers. */
export const PRISMA_CHATS_DETAIL = 'Prisma model keeping conversations';

/** A model named for a conversation or its messages (`Chat`, `Message`, `ChatMessage`, `Conversation`, `Thread`). */
const CHAT_MODEL = /\bmodel\s+((?:\w*(?:Chat|Message|Conversation)s?)|Thread)\s*\{([^}]*)\}/g;
/** A text field a conversation keeps (`prompt String`, `content String`, `messages Json`). */
const CHAT_FIELD =
  /^\s*(?:prompt|content|text|message|messages|question|answer|response|completion)\s+(?:String|Json)\b/im;

const DATASOURCE = /\bdatasource\s+\w+\s*\{([^}]*)\}/g;
const PROVIDER = /\bprovider\s*=\s*"([a-z]+)"/;
// `url = env("POSTGRES_PRISMA_URL")`, `directUrl = env("POSTGRES_URL_NON_POOLING")`, `shadowDatabaseUrl = env(…)`.
const URL_VARIABLE = /\b(?:url|directUrl|shadowDatabaseUrl)\s*=\s*env\(\s*"([A-Z][A-Z0-9_]*)"\s*\)/g;

/**
 * The database a Prisma schema's `datasource` block names, as a `config` hit on the provider's line, and the service a
 * variable it connects with is named for (`vendorOf`: Vercel's Postgres integration sets `POSTGRES_PRISMA_URL`, a
 * Neon database's), as an `env-var` hit on that line: pdftochat's `provider = "postgresql"` read from
 * `POSTGRES_PRISMA_URL` was proposed as a PostgreSQL of ours, self-hosted. Only the matched text becomes a snippet,
 * so nothing else of the file can reach a report. `text` has its comments blanked, so a commented-out alternative
 * block (AnythingLLM's PostgreSQL) names nothing. Pure.
 * @example prismaHits('datasource db {\n  provider = "sqlite"\n}\n', 'prisma/schema.prisma')[0].provider // 'sqlite'
 */
export function prismaHits(
  text: string,
  file: string,
  vendorOf: (variable: string) => string | undefined = () => undefined,
): ProviderHit[] {
  const hits: ProviderHit[] = [];
  const starts = lineStarts(text);
  const hit = (
    provider: string,
    at: number,
    snippet: string,
    signal: 'config' | 'env-var',
    detail: string,
  ) => {
    const { line, col } = lineAt(starts, at);
    hits.push({ provider, evidence: { file, line, col, signal, snippet, detail } });
  };
  for (const block of text.matchAll(DATASOURCE)) {
    const found = PROVIDER.exec(block[1]!);
    const provider = found ? DATASOURCE_PROVIDERS[found[1]!] : undefined;
    if (!found || !provider) continue;
    hit(provider, block.index + block[0].indexOf(found[0]), found[0], 'config', PRISMA_DATASOURCE_DETAIL);
    for (const variable of block[0].matchAll(URL_VARIABLE)) {
      const vendor = vendorOf(variable[1]!);
      if (vendor)
        hit(vendor, block.index + variable.index, variable[0], 'env-var', PRISMA_DATASOURCE_URL_DETAIL);
    }
    // The models of the same schema that keep conversations (llamacoder's `Chat` with its `prompt`, `Message` with its
    // `content`, `prisma/schema.prisma:21-48`): the database keeps prompts and the answers to them.
    for (const model of text.matchAll(CHAT_MODEL))
      if (CHAT_FIELD.test(model[2]!))
        hit(provider, model.index, `model ${model[1]} {`, 'config', PRISMA_CHATS_DETAIL);
    break;
  }
  return hits;
}
