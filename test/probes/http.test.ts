import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, ProbeError, UsageError } from '../../src/errors/index.js';
import {
  type HttpProbeConfig,
  loadHttpProbeConfig,
  probeHttp,
  readJsonPath,
} from '../../src/probes/index.js';
import { RAG_DIR, ragEnv, startRag, TOKENS } from './ragService.js';

const now = new Date('2026-11-26T12:00:00Z');
let config: HttpProbeConfig;
let leaky: Awaited<ReturnType<typeof startRag>>;
let correct: Awaited<ReturnType<typeof startRag>>;
let dir: string;

beforeAll(async () => {
  config = await loadHttpProbeConfig(path.join(RAG_DIR, 'probe.yaml'));
  [leaky, correct] = await Promise.all([startRag(true), startRag(false)]);
  dir = await mkdtemp(path.join(tmpdir(), 'trustmap-http-'));
}, 180_000);
afterAll(async () => {
  leaky?.stop();
  correct?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function documentExists(url: string, id: string): Promise<boolean> {
  const response = await fetch(`${url}/documents/${id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${TOKENS.a}` },
  });
  return response.status === 200;
}

function createdId(result: { steps: { name: string; detail: string }[] }): string {
  const step = result.steps.find((entry) => entry.name === 'ingest canary as tenant A');
  return /created document (\S+)/.exec(step?.detail ?? '')?.[1] ?? '';
}

describe('probe http against the example RAG service', () => {
  it('fails the leaky service and names the leaked canary', async () => {
    const result = await probeHttp(config, { env: ragEnv(leaky.url), now: () => now, component: 'rag' });
    expect(result.verdict).toBe('fail');
    const failed = result.steps.filter((step) => step.verdict === 'fail');
    expect(failed.map((step) => step.name)).toContain('tenant B: exact phrase');
    expect(failed[0]?.detail).toMatch(/returned tenant A's canary trustmap-canary-[0-9a-f]{8}/);
    expect(result.steps.at(-1)).toMatchObject({ name: 'delete canary', verdict: 'pass' });
    expect(await documentExists(leaky.url, createdId(result))).toBe(false);
    expect(JSON.stringify(result)).not.toContain(TOKENS.a);
    expect(JSON.stringify(result)).not.toContain(TOKENS.b);
  });

  it('passes the correct service, and tenant A still finds its own canary', async () => {
    const result = await probeHttp(config, { env: ragEnv(correct.url), now: () => now });
    expect(result.steps.map((step) => `${step.verdict} ${step.name}`)).toEqual([
      'pass ingest canary as tenant A',
      'pass tenant A retrieves its canary',
      'pass tenant B: exact phrase',
      'pass tenant B: paraphrase',
      'pass tenant B: direct request',
      'pass delete canary',
    ]);
    expect(result.verdict).toBe('pass');
    expect(result.target).toBe(correct.url);
  });

  it('deletes the canary even when a later step fails', async () => {
    const broken: HttpProbeConfig = {
      ...config,
      requests: { ...config.requests, query: { ...config.requests.query, path: '/no-such-endpoint' } },
    };
    const result = await probeHttp(broken, { env: ragEnv(correct.url), now: () => now });
    expect(result.verdict).toBe('error');
    expect(result.steps.find((step) => step.name === 'tenant B: exact phrase')?.detail).toContain(
      'answered 404',
    );
    expect(result.steps.at(-1)).toMatchObject({ name: 'delete canary', verdict: 'pass' });
    expect(await documentExists(correct.url, createdId(result))).toBe(false);
  });

  it('reports an unreachable endpoint as a ProbeError without secrets', async () => {
    const quick = { ...config, retries: 1, timeoutMs: 1000 };
    const error = await probeHttp(quick, { env: ragEnv('http://127.0.0.1:9') }).catch((caught) => caught);
    expect(error).toBeInstanceOf(ProbeError);
    expect(error.message).toContain('unreachable');
    expect(error.message).toContain('after 2 attempts');
    expect(error.message).not.toContain(TOKENS.a);
  });

  it('refuses a wrong token with a hint, and a missing token variable as usage', async () => {
    const error = await probeHttp(config, { env: { ...ragEnv(correct.url), RAG_TOKEN_A: 'wrong' } }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ProbeError);
    expect(error.message).toContain('answered 401');
    const missing = await probeHttp(config, { env: { RAG_URL: correct.url } }).catch((e) => e);
    expect(missing).toBeInstanceOf(UsageError);
    expect(missing.message).toContain('RAG_TOKEN_A');
  });
});

describe('probe http against endpoints that answer badly', () => {
  async function serve(answer: string): Promise<{ url: string; server: Server }> {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(answer);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
  }

  it('reports a non-JSON answer and a huge one as ProbeErrors', async () => {
    const html = await serve('<html><script>alert(1)</script></html>');
    const huge = await serve('x'.repeat(6 * 1024 * 1024));
    try {
      const notJson = await probeHttp(config, { env: ragEnv(html.url) }).catch((caught) => caught);
      expect(notJson).toBeInstanceOf(ProbeError);
      expect(notJson.message).toContain('answered with something that is not JSON: <html>');
      const tooBig = await probeHttp(config, { env: ragEnv(huge.url) }).catch((caught) => caught);
      expect(tooBig).toBeInstanceOf(ProbeError);
      expect(tooBig.message).toContain('answered with more than 5 MB');
    } finally {
      html.server.close();
      huge.server.close();
    }
  });
});

describe('HTTP probe definitions', () => {
  it('locates problems as file:line:col', async () => {
    const file = path.join(dir, 'bad.yaml');
    await writeFile(
      file,
      [
        'baseUrl: http://127.0.0.1:1',
        'tenants:',
        '  a: { tokenEnv: A }',
        '  b: { tokenEnv: 1B }',
        'requests: {}',
        '',
      ].join('\n'),
    );
    const error = await loadHttpProbeConfig(file).catch((caught) => caught);
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems.find((problem) => problem.message.startsWith('tenants.b.tokenEnv'))?.location).toEqual({
      file,
      line: 4,
      col: 18,
    });
    expect(problems.some((problem) => problem.message === 'missing required key `ingest` in requests')).toBe(
      true,
    );
  });

  it('refuses binary files', async () => {
    const file = path.join(dir, 'binary.yaml');
    await writeFile(file, Buffer.from([0x61, 0x00, 0x62]));
    await expect(loadHttpProbeConfig(file)).rejects.toThrow(/binary/);
  });

  it('the shipped example definition is valid', async () => {
    const text = await readFile(path.join(RAG_DIR, 'probe.yaml'), 'utf8');
    expect(text).toContain('RAG_TOKEN_A');
    expect(config.requests.query.sources).toBe('sources[*]');
  });
});

describe('readJsonPath', () => {
  it('reads keys, indexes and wildcards', () => {
    const value = { data: { sources: [{ id: 'a' }, { id: 'b' }, { title: 'no id' }] } };
    expect(readJsonPath(value, 'data.sources[*].id')).toEqual(['a', 'b']);
    expect(readJsonPath(value, 'data.sources[1].id')).toEqual(['b']);
    expect(readJsonPath(value, 'data.missing')).toEqual([]);
    expect(readJsonPath(value, 'constructor')).toEqual([]);
  });
});
