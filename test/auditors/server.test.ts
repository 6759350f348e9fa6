import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey } from '../../src/core/signing.js';
import { loadMap } from '../../src/map/index.js';
import { assembleFromMap } from '../../src/model/index.js';
import { createToken, createUser } from '../../src/server/admin/accounts.js';
import {
  createApp,
  createDeps,
  openDatabase,
  resolveServerConfig,
  SERVER_MODULES,
} from '../../src/server/index.js';
import { payloadFromModel } from '../../src/server/push/buildPayload.js';
import { storeRun } from '../../src/server/push/store.js';
import type { ServerApp, ServerDeps } from '../../src/server/types.js';
import { ROOT } from '../helpers/runCli.js';
import { FIXTURE_YAML, TODAY } from './fixtures.js';

const NOW = new Date(`${TODAY}T12:00:00Z`);
const PASSWORD = 'correct horse battery staple';
let app: ServerApp;
let deps: ServerDeps;
let readToken: string;
let orgId: string;
let otherOrgId: string;
let dir: string;

/** A cookie jar over `app.request`, enough for the login form and its CSRF cookie. */
class Browser {
  private cookies = new Map<string, string>();
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await app.request(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
    return response;
  }
  async post(url: string, fields: Record<string, string>): Promise<Response> {
    return this.request(url, { method: 'POST', body: new URLSearchParams(fields) });
  }
  async login(email: string): Promise<void> {
    const page = await (await this.request('/login')).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const response = await this.post('/login', { email, password: PASSWORD, _csrf: csrf, next: '/' });
    expect(response.status).toBe(303);
  }
}

const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)![1]!;

const SERVER_URL = process.env.TRUSTMAP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why PostgreSQL cannot be used here, or undefined when it can. */
async function postgresUnreachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return undefined;
  } catch (error) {
    return `PostgreSQL at ${SERVER_URL} is unreachable (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
const unreachable = await postgresUnreachable();

/** Runs SQL on the test server as its owner user (cleanup of this file's schema and role). */
async function onServer(statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

let cleanup: () => Promise<void> = async () => undefined;

async function setUp(backend: 'pglite' | 'postgres') {
  // One database for the whole describe (tempTree cleans up per test; this lives until afterAll).
  dir = await mkdtemp(path.join(tmpdir(), 'trustmap-auditors-server-'));
  // On PostgreSQL: a schema and an application role of our own, dropped afterwards, so parallel test files and
  // CI's shared database never see each other.
  const suffix = randomBytes(6).toString('hex');
  const postgres = {
    databaseUrl: SERVER_URL,
    schema: `tm_auditors_${suffix}`,
    appRole: `tm_auditors_app_${suffix}`,
  };
  if (backend === 'postgres' && unreachable) throw new Error(unreachable);
  const config = resolveServerConfig(
    { dataDir: path.join(dir, 'server'), ...(backend === 'postgres' ? postgres : {}) },
    {},
  );
  const { db } = await openDatabase(config, SERVER_MODULES);
  cleanup = async () => {
    await db.close();
    if (backend === 'postgres')
      await onServer([
        `DROP SCHEMA IF EXISTS ${postgres.schema} CASCADE`,
        `DROP SCHEMA IF EXISTS ${postgres.schema}_jobs CASCADE`,
        `DROP OWNED BY ${postgres.appRole}`,
        `DROP ROLE IF EXISTS ${postgres.appRole}`,
      ]);
    await rm(dir, { recursive: true, force: true });
  };
  deps = createDeps(config, db, generateSigningKey(), () => NOW);
  app = createApp(deps, SERVER_MODULES);
  orgId = (
    await createUser(db, { email: 'owner@acme.example', org: 'acme', role: 'owner', password: PASSWORD })
  ).orgId;
  await createUser(db, { email: 'viewer@acme.example', org: 'acme', role: 'viewer', password: PASSWORD });
  otherOrgId = (
    await createUser(db, { email: 'other@else.example', org: 'else', role: 'owner', password: PASSWORD })
  ).orgId;
  readToken = (await createToken(db, { org: 'acme', name: 'ci', scopes: ['read'] })).token;
  const map = await loadMap(path.join(ROOT, 'examples', 'acme-ai'));
  const model = await assembleFromMap(map, { now: NOW, discover: false });
  await storeRun(deps, orgId, {
    ...payloadFromModel(model, { repo: 'acme-ai' }),
    runId: 'run-1',
    collectedAt: NOW.toISOString(),
  } as never);
}

// PGlite always; PostgreSQL when reachable (skipped with the reason otherwise, and failing under CI=true).
const BACKENDS = [
  ['PGlite', 'pglite'],
  ['PostgreSQL', 'postgres'],
] as const;

describe.each(BACKENDS)('auditors on the server (%s)', (_name, backend) => {
  if (backend === 'postgres' && unreachable && process.env.CI !== 'true') {
    it.skip(`skipped: ${unreachable}`, () => undefined);
    return;
  }
  beforeAll(() => setUp(backend), 120_000);
  afterAll(() => cleanup());

  it('the API matches the latest pushed map, with query fields overriding it', async () => {
    const auth = { headers: { authorization: `Bearer ${readToken}` } };
    const response = await app.request('/api/orgs/acme/auditors/match', auth);
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.profile).toMatchObject({
      organization: 'Acme AI',
      stage: 'series-a',
      frameworks: ['soc2', 'iso42001'],
    });
    expect(result.matches).toHaveLength(3);
    const seed = await (
      await app.request('/api/orgs/acme/auditors/match?stage=seed&frameworks=iso27001', auth)
    ).json();
    expect(seed.profile).toMatchObject({ stage: 'seed', frameworks: ['iso27001'] });
    expect((await app.request('/api/orgs/acme/auditors/match?targetDate=2027-02-31', auth)).status).toBe(400);
    const openapi = await app.request('/api/openapi.json');
    expect(openapi.status).toBe(200);
    expect(Object.keys((await openapi.json()).paths)).toContain('/api/orgs/{org}/auditors/match');
    // Another organisation's data is invisible: its page says nothing was pushed.
    const other = new Browser();
    await other.login('other@else.example');
    expect(await (await other.request('/orgs/else/auditors')).text()).toContain('No run has been pushed');
    expect((await other.request('/orgs/acme/auditors')).status).toBe(404);
  });

  it('the page is prefilled from the map, shows three firms with sources, and downloads the brief once per request', async () => {
    const owner = new Browser();
    await owner.login('owner@acme.example');
    const page = await (await owner.request('/orgs/acme/auditors?stage=series-b&reportType=type2')).text();
    expect(page).toContain('<option value="series-b" selected>');
    expect(page).toContain('value="iso42001" checked');
    expect(page).toMatch(/Three firms that fit/);
    expect(page).toContain('https://certpro.com/?p=7230');
    expect(page).toContain('last checked 2026-12-01');
    const pdf = await owner.post('/orgs/acme/auditors/request?stage=series-b&reportType=type2', {
      _csrf: csrfOf(page),
      format: 'pdf',
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const document = await PDFDocument.load(new Uint8Array(await pdf.arrayBuffer()));
    expect(document.getTitle()).toBe('Audit request from Acme AI');
    const md = await owner.post('/orgs/acme/auditors/request', { _csrf: csrfOf(page), format: 'md' });
    expect(await md.text()).toMatch(/^# Audit request from Acme AI/);
    // Without the CSRF token the download is refused.
    expect((await owner.post('/orgs/acme/auditors/request', { format: 'md' })).status).toBe(403);
  });

  it('a viewer sees the matches but cannot download; only owners and admins operate the directory', async () => {
    const viewer = new Browser();
    await viewer.login('viewer@acme.example');
    const page = await (await viewer.request('/orgs/acme/auditors')).text();
    expect(page).toContain('Members can download the request brief.');
    expect((await viewer.request('/orgs/acme/auditors/directory')).status).toBe(403);
  });

  it('the directory operator imports a directory (validated), sees what matching ignores and the requests made', async () => {
    const owner = new Browser();
    await owner.login('owner@acme.example');
    let page = await (await owner.request('/orgs/acme/auditors/directory')).text();
    expect(page).toContain('The bundled starter directory is in use.');
    expect(page).toContain('owner@acme.example'); // the requests made in the previous test
    const bad = await owner.post('/orgs/acme/auditors/directory', {
      _csrf: csrfOf(page),
      yaml: 'version: 2\n',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('The directory was not imported');
    const good = await owner.post('/orgs/acme/auditors/directory', {
      _csrf: csrfOf(page),
      yaml: FIXTURE_YAML,
    });
    expect(good.status).toBe(303);
    page = await (await owner.request('/orgs/acme/auditors/directory')).text();
    expect(page).toContain('An imported directory is in use.');
    expect(page).toContain('echo: cpaFirm has no source (ignored for matching)');
    const result = await (
      await app.request('/api/orgs/acme/auditors/match', {
        headers: { authorization: `Bearer ${readToken}` },
      })
    ).json();
    expect(result.directory).toMatchObject({ name: 'Fixture directory', bundled: false });
    expect(result.matches.map((match: { id: string }) => match.id)).not.toContain('echo');
  });

  it('asks for the stage where the pushed map does not give it, and matches once it is chosen', async () => {
    const map = await loadMap(path.join(ROOT, 'examples', 'acme-ai'));
    delete (map.organization as { stage?: string }).stage;
    const model = await assembleFromMap(map, { now: NOW, discover: false });
    await storeRun(deps, otherOrgId, {
      ...payloadFromModel(model, { repo: 'else' }),
      runId: 'run-else',
      collectedAt: NOW.toISOString(),
    } as never);
    const other = new Browser();
    await other.login('other@else.example');
    const page = await (await other.request('/orgs/else/auditors')).text();
    expect(page).toContain('The pushed map does not give the company’s stage');
    expect(page).toContain('<select name="stage">');
    const chosen = await (await other.request('/orgs/else/auditors?stage=seed')).text();
    expect(chosen).toContain('Download the request');
  });
});
