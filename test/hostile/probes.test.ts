import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ProbeError, UsageError } from '../../src/errors/index.js';
import { parsePostgresUrl } from '../../src/probes/connect/parsePostgresUrl.js';
import { HttpProbeConfigSchema, probeHttp } from '../../src/probes/index.js';

// Class 8 and part of class 12 of issue 11: the HTTP probe and the connection URL. Our variants: a 307 to another
// origin on the query (not the ingest), a 502 on the ingest, URLs with odd schemes, and passwords with `#`, `@`, `/`.

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function serve(
  handler: (
    request: IncomingMessage,
    body: string,
  ) => { status: number; headers?: Record<string, string>; json?: unknown },
) {
  const seen: { method: string; url: string; authorization?: string; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      seen.push({
        method: request.method!,
        url: request.url!,
        authorization: request.headers.authorization,
        body,
      });
      const reply = handler(request, body);
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(reply.json === undefined ? '' : JSON.stringify(reply.json));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const config = (baseUrl: string) =>
  HttpProbeConfigSchema.parse({
    baseUrl,
    tenants: { a: { tokenEnv: 'TOKEN_A' }, b: { tokenEnv: 'TOKEN_B' } },
    retries: 2,
    timeoutMs: 3000,
    requests: {
      ingest: { method: 'POST', path: '/documents', body: { text: '{{document}}' }, id: 'id' },
      query: { method: 'POST', path: '/query', body: { question: '{{query}}' }, answer: 'answer' },
      delete: { method: 'DELETE', path: '/documents/{{id}}' },
    },
  });
const env = { TOKEN_A: 'token-aaaa', TOKEN_B: 'token-bbbb' };

describe('the HTTP probe keeps tokens and canaries with the endpoint named', () => {
  it('refuses a redirect to another origin and sends it nothing', async () => {
    const elsewhere = await serve(() => ({ status: 200, json: { answer: 'stolen' } }));
    const rag = await serve((request) =>
      request.url === '/documents'
        ? { status: 201, json: { id: 'd1' } }
        : request.url === '/query'
          ? { status: 307, headers: { location: `${elsewhere.url}/collect` } }
          : { status: 204 },
    );
    const result = await probeHttp(config(rag.url), { env }).catch((error: unknown) => error);
    const text = result instanceof ProbeError ? result.message : JSON.stringify(result);
    expect(text).toContain(`redirected (307) to another origin, ${elsewhere.url}`);
    expect(elsewhere.seen).toEqual([]);
    // The canary is still deleted at the endpoint that holds it.
    expect(rag.seen.map((request) => request.method)).toContain('DELETE');
  });

  it('does not retry a non-idempotent ingest after a 502', async () => {
    const rag = await serve(() => ({ status: 502 }));
    await expect(probeHttp(config(rag.url), { env })).rejects.toThrow(
      /answered 502.*not retried.*after 1 attempt/,
    );
    expect(rag.seen.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('turns every bad base URL into a usage error', async () => {
    for (const baseUrl of ['ftp://rag.example', 'file:///etc/passwd', 'not a url', 'javascript:alert(1)']) {
      const parsed = HttpProbeConfigSchema.safeParse({ ...config('http://x'), baseUrl });
      const run = parsed.success
        ? probeHttp(parsed.data, { env })
        : probeHttp(
            { ...config('http://x'), baseUrl: undefined, baseUrlEnv: 'RAG' },
            { env: { ...env, RAG: baseUrl } },
          );
      await expect(run).rejects.toThrow(UsageError);
    }
  });
});

describe('PostgreSQL connection URLs', () => {
  it('keeps passwords with #, @, / and % whole, and never pastes them into a URL', () => {
    expect(parsePostgresUrl('postgres://app:p#ss@db.internal:5432/acme', 'DB')).toMatchObject({
      user: 'app',
      password: 'p#ss',
      host: 'db.internal',
      port: 5432,
      database: 'acme',
    });
    expect(parsePostgresUrl('postgresql://app:a@b/c?d#e@db:6543/x?sslmode=require', 'DB')).toMatchObject({
      password: 'a@b/c?d#e',
      host: 'db',
      port: 6543,
      ssl: { rejectUnauthorized: false },
    });
    expect(parsePostgresUrl('postgres://app:50%off@db/acme', 'DB').password).toBe('50%off');
    expect(parsePostgresUrl('postgres://app:p%23ss@[::1]:5432/acme', 'DB')).toMatchObject({
      password: 'p#ss',
      host: '::1',
    });
  });

  it('names the variable, not the URL, for every malformed one', () => {
    for (const url of [
      'mysql://a:b@c/d',
      'postgres://app:pw@db:99999/x',
      'postgres://app:pw@/x',
      'host=db user=app',
    ]) {
      try {
        parsePostgresUrl(url, 'DATABASE_URL');
        throw new Error(`accepted ${url}`);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        expect((error as Error).message).toMatch(/^DATABASE_URL is not a usable PostgreSQL URL/);
        expect((error as Error).message).not.toContain('pw');
      }
    }
  });
});
