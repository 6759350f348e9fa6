#!/usr/bin/env node
// A small retrieval-augmented generation service for trying `trustmap probe http`.
// Documents and their embeddings live in PGlite with pgvector (in memory, no server); embeddings are hashed
// bags of words, so nothing leaves the machine. Each bearer token belongs to one tenant.
//
//   RAG_TOKENS="token-a:tenant-a,token-b:tenant-b" node server.mjs [--port 8787] [--leaky]
//
// --leaky forgets the tenant filter in the similarity search, the way a dropped metadata filter fails open.
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';

const DIMENSIONS = 64;
const MAX_BODY_BYTES = 256 * 1024;

const { values: flags } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    leaky: { type: 'boolean', default: false },
  },
});

/** token -> tenant id, from RAG_TOKENS="token:tenant,...". */
const tenants = new Map(
  (process.env.RAG_TOKENS ?? '')
    .split(',')
    .map((pair) => pair.trim().split(':'))
    .filter(([token, tenant]) => token && tenant),
);

/** Hashed bag of words, L2-normalised: similar wording gives nearby vectors. */
function embed(text) {
  const values = new Array(DIMENSIONS).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9-]+/g) ?? []) {
    const hash = createHash('sha256').update(word).digest();
    values[hash[0] % DIMENSIONS] += hash[1] & 1 ? 1 : -1;
  }
  const norm = Math.hypot(...values) || 1;
  return `[${values.map((value) => (value / norm).toFixed(5)).join(',')}]`;
}

const db = await PGlite.create({ extensions: { vector } });
await db.exec(`
  CREATE EXTENSION IF NOT EXISTS vector;
  CREATE TABLE documents (
    id uuid PRIMARY KEY,
    tenant_id text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    embedding vector(${DIMENSIONS}) NOT NULL
  );
`);

async function search(tenant, question, k) {
  const query = embed(question);
  // The correct service filters by tenant inside the query; the leaky one ranks every tenant's rows.
  const sql = flags.leaky
    ? 'SELECT id, title, body FROM documents ORDER BY embedding <-> $1::vector LIMIT $2'
    : 'SELECT id, title, body FROM documents WHERE tenant_id = $3 ORDER BY embedding <-> $1::vector LIMIT $2';
  const params = flags.leaky ? [query, k] : [query, k, tenant];
  return (await db.query(sql, params)).rows;
}

function reply(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function readJson(request) {
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw Object.assign(new Error('body is not JSON'), { status: 400 });
  }
}

async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'GET' && url.pathname === '/health') return reply(response, 200, { ok: true });
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const tenant = token && tenants.get(token);
  if (!tenant) return reply(response, 401, { error: 'unknown or missing bearer token' });

  if (request.method === 'POST' && url.pathname === '/documents') {
    const { title, text } = await readJson(request);
    if (typeof title !== 'string' || typeof text !== 'string') {
      return reply(response, 400, { error: 'title and text are required strings' });
    }
    const id = randomUUID();
    await db.query('INSERT INTO documents VALUES ($1, $2, $3, $4, $5::vector)', [
      id,
      tenant,
      title,
      text,
      embed(text),
    ]);
    return reply(response, 201, { id });
  }
  if (request.method === 'POST' && url.pathname === '/query') {
    const { question, k } = await readJson(request);
    if (typeof question !== 'string') return reply(response, 400, { error: 'question is a required string' });
    const sources = await search(tenant, question, Number.isInteger(k) ? Math.min(k, 20) : 3);
    // Extractive "generation": deterministic, and it quotes what it retrieved, like a real RAG answer would.
    const answer =
      sources.length > 0 ? `From "${sources[0].title}": ${sources[0].body}` : 'I found nothing on that.';
    return reply(response, 200, {
      answer,
      sources: sources.map((source) => ({
        id: source.id,
        title: source.title,
        snippet: source.body.slice(0, 160),
      })),
    });
  }
  const match = /^\/documents\/([0-9a-f-]{36})$/.exec(url.pathname);
  if (request.method === 'DELETE' && match) {
    const deleted = await db.query('DELETE FROM documents WHERE id = $1 AND tenant_id = $2', [
      match[1],
      tenant,
    ]);
    return deleted.affectedRows
      ? reply(response, 200, { deleted: match[1] })
      : reply(response, 404, { error: 'no such document' });
  }
  return reply(response, 404, { error: 'not found' });
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => reply(response, error.status ?? 500, { error: error.message }));
});
server.listen(Number(flags.port), flags.host, () => {
  const { port } = server.address();
  process.stdout.write(
    `rag-service listening on http://${flags.host}:${port}${flags.leaky ? ' (leaky)' : ''}\n`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => db.close().then(() => process.exit(0))));
}
