import { afterAll, beforeAll, expect, it } from 'vitest';
import { sha256Of } from '../../src/core/canonicalJson.js';
import { generateSigningKey, signValue } from '../../src/core/signing.js';
import { exampleDir } from '../../src/paths.js';
import { type ProbeResult, signProbeResult } from '../../src/probes/index.js';
import { createToken, revokeToken } from '../../src/server/admin/accounts.js';
import { verifyStoredLedger } from '../../src/server/admin/ledgerAdmin.js';
import { createApp } from '../../src/server/app.js';
import { DEFAULT_PUSH_CONCURRENCY } from '../../src/server/config.js';
import { readEntries, readLedger } from '../../src/server/db/ledgerStore.js';
import { entryBody, signedPart } from '../../src/server/ledger/chain.js';
import type { LedgerEntry } from '../../src/server/ledger/types.js';
import { SERVER_MODULES } from '../../src/server/modules/index.js';
import { buildPushPayload } from '../../src/server/push/buildPayload.js';
import type { PushPayload } from '../../src/server/push/schema.js';
import { RunConflict, storeRun } from '../../src/server/push/store.js';
import { createDeps } from '../../src/server/start.js';
import {
  createOwner,
  describeOnDatabases,
  openTestServer,
  seedOrg,
  signIn,
  type TestServer,
} from './harness.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const base = await buildPushPayload(exampleDir(), {
  now: NOW,
  env: {},
  discover: false,
  origin: { runId: 'run-1', repo: 'acme-ai', commit: 'a'.repeat(40) },
});

function payload(runId: string, changes: Partial<PushPayload> = {}): PushPayload {
  return { ...base, runId, ...changes };
}

const form = (fields: Record<string, string>) => ({
  'content-type': 'application/x-www-form-urlencoded',
  body: new URLSearchParams(fields).toString(),
});

await describeOnDatabases('server API', (kind) => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof seedOrg>>;
  let b: Awaited<ReturnType<typeof seedOrg>>;
  const bearer = (token: string, extra: Record<string, string> = {}) => ({
    authorization: `Bearer ${token}`,
    ...extra,
  });
  const post = (path: string, token: string, body: unknown) =>
    server.app.request(path, {
      method: 'POST',
      headers: bearer(token, { 'content-type': 'application/json' }),
      body: JSON.stringify(body),
    });
  const ledgerCount = async (orgId: string) =>
    (
      await server.db.withOrg(orgId, (tx) =>
        tx.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_entries'),
      )
    ).rows[0]?.n;

  beforeAll(async () => {
    server = await openTestServer(kind, () => NOW);
    [a, b] = [await seedOrg(server, 'org-a'), await seedOrg(server, 'org-b')];
    expect((await post('/api/orgs/org-b/runs', b.tokens.push, payload('b-run'))).status).toBe(201);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('stores a push once: the same run again is a duplicate, other content under its id a conflict', async () => {
    const first = await post('/api/orgs/org-a/runs', a.tokens.both, payload('run-1'));
    expect(first.status).toBe(201);
    const receipt = await first.json();
    expect(receipt).toMatchObject({
      runId: 'run-1',
      status: 'stored',
      effectiveDate: '2026-11-26',
      ledger: { firstSeq: 1 },
    });
    const count = await ledgerCount(a.orgId);
    expect(count).toBe(receipt.ledger.lastSeq);
    const again = await post('/api/orgs/org-a/runs', a.tokens.both, payload('run-1'));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...receipt, status: 'duplicate' });
    expect(await ledgerCount(a.orgId)).toBe(count);
    const conflict = await post('/api/orgs/org-a/runs', a.tokens.both, payload('run-1', { branch: 'other' }));
    expect(conflict.status).toBe(409);
    expect(await ledgerCount(a.orgId)).toBe(count);
    const runs = await (
      await server.app.request('/api/orgs/org-a/runs', { headers: bearer(a.tokens.read) })
    ).json();
    expect(runs.runs.map((run: { runId: string }) => run.runId)).toEqual(['run-1']);
  });

  it('stores concurrent pushes once each, on one unbroken chain', async () => {
    const { orgId } = await createOwner(server, 'race');
    // Five pushes of one new run id at once: one is stored, the others answer as duplicates of it.
    const same = await Promise.all(
      Array.from({ length: 5 }, () => storeRun(server.deps, orgId, payload('race-same'))),
    );
    expect(same.filter((receipt) => receipt.status === 'stored')).toHaveLength(1);
    expect(new Set(same.map((receipt) => receipt.ledger.head)).size).toBe(1);
    // Eight different runs at once: every entry chained after the one before, no gap, no fork.
    const different = await Promise.all(
      Array.from({ length: 8 }, (_, index) => storeRun(server.deps, orgId, payload(`race-${index}`))),
    );
    expect(different.every((receipt) => receipt.status === 'stored')).toBe(true);
    const perRun = (same[0]?.ledger.lastSeq ?? 0) - (same[0]?.ledger.firstSeq ?? 0) + 1;
    expect(await ledgerCount(orgId)).toBe(perRun * 9);
    expect(await verifyStoredLedger(server.db, 'race', server.key.publicKey)).toMatchObject({ ok: true });
    const runs = await server.db.withOrg(orgId, (tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM runs'),
    );
    expect(runs.rows[0]?.n).toBe(9);
  });

  it('refuses a push with a day that does not exist (400), rather than failing in the database', async () => {
    const evidence = [{ ...(base.evidence[0] as PushPayload['evidence'][number]), collected: '2026-02-30' }];
    const answer = await post('/api/orgs/org-a/runs', a.tokens.both, payload('bad-day', { evidence }));
    expect(answer.status).toBe(400);
  });

  it('stores pushes that arrive together in one transaction, each answered as if stored alone', async () => {
    const { orgId } = await createOwner(server, 'batch');
    await storeRun(server.deps, orgId, payload('batch-stored'));
    const broken = payload('batch-broken', {
      evidence: [{ ...(base.evidence[0] as PushPayload['evidence'][number]), collected: '2026-02-30' }],
    });
    // The first starts a transaction at once; the others arrive while it runs and go into the next together.
    const first = storeRun(server.deps, orgId, payload('batch-0'));
    const together = [
      payload('batch-1'),
      payload('batch-1'),
      payload('batch-1', { branch: 'other' }),
      payload('batch-stored'),
      payload('batch-stored', { branch: 'other' }),
      broken,
      payload('batch-2'),
      payload('batch-stored'),
    ].map((item) =>
      storeRun(server.deps, orgId, item).then(
        (receipt) => receipt,
        (error: Error) => error,
      ),
    );
    const [zero, ...outcomes] = await Promise.all([first, ...together]);
    expect(zero).toMatchObject({ status: 'stored' });
    const kind = (outcome: Error | { status: string }) =>
      outcome instanceof Error ? (outcome instanceof RunConflict ? 'conflict' : 'failed') : outcome.status;
    expect(outcomes.map(kind)).toEqual([
      'stored',
      'duplicate',
      'conflict',
      'duplicate',
      'conflict',
      'failed',
      'stored',
      'duplicate',
    ]);
    // The duplicate of a run stored in the same transaction answers with that run's ledger range.
    expect(outcomes[1]).toEqual({ ...(outcomes[0] as object), status: 'duplicate' });
    expect(outcomes[7]).toEqual(outcomes[3]);
    expect((outcomes[5] as Error).message).toMatch(/date/);
    const runs = await server.db.withOrg(orgId, (tx) =>
      tx.query<{ run_id: string; ledger_seq: number }>(
        'SELECT run_id, ledger_seq FROM runs ORDER BY ledger_seq',
      ),
    );
    expect(runs.rows.map((row) => row.run_id)).toEqual(['batch-stored', 'batch-0', 'batch-1', 'batch-2']);
    expect(await verifyStoredLedger(server.db, 'batch', server.key.publicKey)).toMatchObject({ ok: true });
  });

  it('records sub-processor changes between runs stored in one transaction, in the order they were collected', async () => {
    const { orgId } = await createOwner(server, 'batch-vendors');
    const vendor = (id: string, training = 'no') => ({
      id,
      vendor: id,
      service: 'API',
      training,
      dataClasses: ['prompts'],
    });
    await storeRun(
      server.deps,
      orgId,
      payload('v-0', { collectedAt: '2026-11-20T06:00:00.000Z', subprocessors: [vendor('a')] }),
    );
    const first = storeRun(
      server.deps,
      orgId,
      payload('v-x', { repo: 'other', collectedAt: '2026-11-20T07:00:00.000Z' }),
    );
    // Arrive together, the later-collected first: each is compared with the run collected just before it.
    const later = storeRun(
      server.deps,
      orgId,
      payload('v-2', {
        collectedAt: '2026-11-22T06:00:00.000Z',
        subprocessors: [vendor('a', 'yes'), vendor('b')],
      }),
    );
    const earlier = storeRun(
      server.deps,
      orgId,
      payload('v-1', { collectedAt: '2026-11-21T06:00:00.000Z', subprocessors: [vendor('a', 'yes')] }),
    );
    await Promise.all([first, later, earlier]);
    const { rows } = await server.db.withOrg(orgId, (tx) =>
      tx.query<{ run_id: string; change: string; subprocessor: string }>(
        `SELECT r.run_id, c.change, c.subprocessor FROM subprocessor_changes c JOIN runs r ON r.id = c.run_pk
         WHERE r.repo = 'acme-ai' ORDER BY r.run_id, c.subprocessor`,
      ),
    );
    expect(rows.filter((row) => row.run_id !== 'v-0')).toEqual([
      { run_id: 'v-1', change: 'changed', subprocessor: 'a' },
      { run_id: 'v-2', change: 'added', subprocessor: 'b' },
    ]);
  });

  it('admits pushes over HTTP a few at a time: those beyond the limit wait, unread, and are all stored', async () => {
    expect(server.config.pushConcurrency ?? DEFAULT_PUSH_CONCURRENCY[server.db.kind]).toBeLessThan(10);
    const { orgId, tokens } = await seedOrg(server, 'admitted');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        post('/api/orgs/admitted/runs', tokens.push, payload(`admitted-${index}`)),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    const runs = await server.db.withOrg(orgId, (tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM runs'),
    );
    expect(runs.rows[0]?.n).toBe(10);
    expect(await verifyStoredLedger(server.db, 'admitted', server.key.publicKey)).toMatchObject({ ok: true });
  });

  it('stores what runs repeat (map snapshot, check results, probe results) once, and gives every run back whole', async () => {
    const { orgId } = await createOwner(server, 'parts');
    const parts = async () =>
      (
        await server.db.withOrg(orgId, (tx) =>
          tx.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_contents'),
        )
      ).rows[0]?.n;
    await storeRun(server.deps, orgId, payload('parts-1'));
    const afterFirst = await parts();
    expect(afterFirst).toBeGreaterThanOrEqual(3);
    await storeRun(server.deps, orgId, payload('parts-2', { collectedAt: '2026-11-26T07:00:00.000Z' }));
    expect(await parts()).toBe(afterFirst);
    const snapshot = { ...base.map.snapshot, organization: { name: 'Acme AI, renamed' } };
    await storeRun(server.deps, orgId, payload('parts-3', { map: { ...base.map, snapshot } }));
    expect(await parts()).toBe((afterFirst ?? 0) + 1);
    const ledger = await server.db.withOrg(orgId, (tx) => readLedger(tx, orgId));
    const runs = ledger.filter((entry) => entry.recordType === 'run');
    expect(runs.map((entry) => (entry.record as PushPayload).runId)).toEqual([
      'parts-1',
      'parts-2',
      'parts-3',
    ]);
    const [, second, third] = runs.map((entry) => entry.record as PushPayload);
    expect(second?.map.snapshot).toEqual(base.map.snapshot);
    expect(second?.checkRun).toEqual(base.checkRun);
    expect(third?.map.snapshot).toEqual(snapshot);
    // A run is one entry with its evidence metadata, then one entry per probe result: no entry per evidence item.
    expect(ledger.map((entry) => entry.recordType)).toEqual(
      Array(3)
        .fill(['run', ...base.probes.map(() => 'probe')])
        .flat(),
    );
    expect(second?.evidence).toEqual(base.evidence);
    expect(await verifyStoredLedger(server.db, 'parts', server.key.publicKey)).toMatchObject({ ok: true });
  });

  it('knows a run stored before evidence joined the run record (one entry per item) when it is pushed again', async () => {
    const { orgId } = await createOwner(server, 'legacy');
    await storeRun(server.deps, orgId, payload('legacy-1'));
    // The payload hash as servers computed it when each evidence item was a ledger record of its own.
    const { probes, evidence, ...run } = payload('legacy-1');
    const day = '2026-11-26';
    const legacy = sha256Of([
      ['run', 'legacy-1', sha256Of({ ...run, probeSha256: probes.map((probe) => probe.sha256) })],
      ...probes.map((probe) => ['probe', probe.sha256, sha256Of(probe)]),
      ...evidence.map((item) => ['evidence', item.id, sha256Of(item)]),
    ]);
    await server.db.withOwner((tx) =>
      tx.query("UPDATE runs SET payload_sha256 = $1 WHERE run_id = 'legacy-1'", [legacy]),
    );
    expect(await storeRun(server.deps, orgId, payload('legacy-1'))).toMatchObject({
      status: 'duplicate',
      effectiveDate: day,
    });
    await expect(storeRun(server.deps, orgId, payload('legacy-1', { branch: 'other' }))).rejects.toThrow(
      /different content/,
    );
  });

  it('sends the parts of a new run again when the duplicate before it had none stored', async () => {
    const { orgId } = await createOwner(server, 'partless');
    await storeRun(server.deps, orgId, payload('partless-1'));
    // A process that has not stored anything yet, and a first run whose parts the database does not hold (as a
    // server from before parts were kept apart left it): pushed again, the duplicate writes the parts it sends,
    // so what the process then remembers as stored is.
    const fresh = { ...server.deps, db: { ...server.db } };
    await server.db.withOwner((tx) => tx.query('DELETE FROM ledger_contents WHERE org_id = $1', [orgId]));
    expect(await storeRun(fresh, orgId, payload('partless-1'))).toMatchObject({ status: 'duplicate' });
    expect(
      await storeRun(fresh, orgId, payload('partless-2', { collectedAt: '2026-11-26T07:00:00.000Z' })),
    ).toMatchObject({ status: 'stored' });
    const missing = await server.db.withOwner((tx) =>
      tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ledger_entries e, jsonb_each_text(e.record_parts) p
         WHERE e.org_id = $1 AND e.record_id IN ('partless-2')
           AND NOT EXISTS (SELECT 1 FROM ledger_contents c WHERE c.org_id = e.org_id AND c.sha256 = p.value)`,
        [orgId],
      ),
    );
    expect(missing.rows[0]?.n).toBe(0);
  });

  it('judges pushed probe signatures itself, against the keys the pushed map trusts', async () => {
    const { orgId } = await createOwner(server, 'probes');
    const ci = generateSigningKey();
    const stranger = generateSigningKey();
    const { signature: _unsigned, ...written } = base.probes[0] as PushPayload['probes'][number] & {
      signature?: unknown;
    };
    const { file: _file, ...result } = written;
    const signedBy = (key: typeof ci) =>
      ({
        ...signProbeResult(result as unknown as ProbeResult, key),
        file: 'probes/a.json',
      }) as unknown as PushPayload['probes'][number];
    const trustedProbe = signedBy(ci);
    const strangerProbe = signedBy(stranger);
    // Edited after signing: the verdict flipped, the signature kept.
    const edited = { ...trustedProbe, verdict: trustedProbe.verdict === 'pass' ? 'fail' : 'pass' } as const;
    // An unsigned result whose client claims a signer.
    const claimed = { ...written, signedBy: ci.keyId };
    const map = {
      ...base.map,
      snapshot: { ...base.map.snapshot, trust: { keys: [{ id: 'ci', publicKey: ci.publicKeyBase64 }] } },
    };
    await storeRun(
      server.deps,
      orgId,
      payload('probes-1', { map, probes: [trustedProbe, strangerProbe, edited, claimed] }),
    );
    const { rows } = await server.db.withOrg(orgId, (tx) =>
      tx.query<{ trust: string; signed_by: string | null }>(
        'SELECT trust, signed_by FROM probe_results ORDER BY started_at, trust',
      ),
    );
    expect(rows.map((row) => [row.trust, row.signed_by]).sort()).toEqual(
      [
        ['trusted', ci.keyId],
        ['untrusted-key', null],
        ['bad-signature', null],
        ['unsigned', null],
      ].sort(),
    );
    // The same probe bytes again (verdicts are kept per process by content and keys): under a map that no
    // longer trusts the key they are untrusted, and on a clock a day earlier they are future-dated.
    const distrusting = { ...map, snapshot: { ...map.snapshot, trust: { keys: [] } } };
    await storeRun(server.deps, orgId, payload('probes-2', { map: distrusting, probes: [trustedProbe] }));
    await storeRun(server.deps, orgId, payload('probes-3', { map, probes: [trustedProbe] }));
    const dayBefore = {
      ...server.deps,
      clock: () => new Date(Date.parse(trustedProbe.finishedAt) - 86_400_000),
    };
    await storeRun(dayBefore, orgId, payload('probes-4', { map, probes: [trustedProbe] }));
    const again = await server.db.withOrg(orgId, (tx) =>
      tx.query<{ run_id: string; trust: string }>(
        `SELECT r.run_id, p.trust FROM probe_results p JOIN runs r ON r.id = p.run_pk
         WHERE r.run_id IN ('probes-2', 'probes-3', 'probes-4') ORDER BY r.run_id`,
      ),
    );
    expect(again.rows.map((row) => [row.run_id, row.trust])).toEqual([
      ['probes-2', 'untrusted-key'],
      ['probes-3', 'trusted'],
      ['probes-4', 'future-dated'],
    ]);
  });

  it('stores nothing of a run that fails half-way', async () => {
    const before = await ledgerCount(a.orgId);
    // The schema refuses 30 February (400); past it, straight to the store, PostgreSQL refuses the day in the
    // middle of the transaction: nothing of the run is kept.
    await expect(
      storeRun(server.deps, a.orgId, payload('broken', { effectiveDate: '2026-02-30' })),
    ).rejects.toThrow(/date/);
    expect(await ledgerCount(a.orgId)).toBe(before);
    expect(
      (await server.app.request('/api/orgs/org-a/runs/broken', { headers: bearer(a.tokens.read) })).status,
    ).toBe(404);
  });

  it('refuses invalid payloads with the issues', async () => {
    const response = await post('/api/orgs/org-a/runs', a.tokens.both, {
      ...payload('x'),
      runId: 'bad id with spaces',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).issues[0].path).toBe('runId');
    // Text the database cannot hold (NUL), anywhere in the run, a probe or an evidence item: refused, nothing stored.
    const before = await ledgerCount(a.orgId);
    const evidence = base.evidence.map((item, index) =>
      index === 0 ? { ...item, title: 'a\u0000b' } : item,
    );
    const nul = await post('/api/orgs/org-a/runs', a.tokens.both, payload('nul-run', { evidence }));
    expect(nul.status).toBe(400);
    expect((await nul.json()).error).toContain('NUL');
    expect(await ledgerCount(a.orgId)).toBe(before);
    // A backslash and the letters u0000 are text like any other (a Windows path, a regex): stored.
    const literal = base.evidence.map((item, index) =>
      index === 0 ? { ...item, title: 'C:\\u0000\\notes' } : item,
    );
    const stored = await post(
      '/api/orgs/org-a/runs',
      a.tokens.both,
      payload('literal-run', { evidence: literal }),
    );
    expect(stored.status).toBe(201);
  });

  it('holds tokens to their scopes', async () => {
    expect(
      (await server.app.request('/api/orgs/org-a/runs', { headers: bearer(a.tokens.push) })).status,
    ).toBe(403);
    expect((await post('/api/orgs/org-a/runs', a.tokens.read, payload('run-r'))).status).toBe(403);
    expect(
      (await server.app.request('/api/orgs/org-a/history', { headers: bearer(a.tokens.read) })).status,
    ).toBe(200);
    expect((await post('/api/orgs/org-a/ledger/checkpoints', a.tokens.both, {})).status).toBe(403);
    expect((await server.app.request('/api/orgs/org-a/runs')).status).toBe(401);
    expect(
      (await server.app.request('/api/orgs/org-a/runs', { headers: bearer('tmt_not-a-token') })).status,
    ).toBe(401);
  });

  it('refuses a revoked token on its next call, though it was just used', async () => {
    const { token } = await createToken(server.db, { org: 'org-a', name: 'short-lived', scopes: ['read'] });
    const history = async () =>
      (await server.app.request('/api/orgs/org-a/history?days=1', { headers: bearer(token) })).status;
    expect(await history()).toBe(200);
    expect(await history()).toBe(200);
    expect(await revokeToken(server.db, { org: 'org-a', name: 'short-lived' })).toBe(1);
    expect(await history()).toBe(401);
  });

  it('answers 404 on every API route called with another organisation’s ids', async () => {
    const spec = await (await server.app.request('/api/openapi.json')).json();
    const routes = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => ({ path, method: method.toUpperCase() })),
    );
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const owner = await signIn(server.app, a.people.owner ?? '', a.password);
    const callers = [
      { name: 'token', headers: bearer(a.tokens.both, { 'content-type': 'application/json' }) },
      {
        name: 'session',
        headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf, 'content-type': 'application/json' },
      },
    ];
    const checked: string[] = [];
    for (const route of routes.filter((r) => r.path.includes('{org}'))) {
      for (const caller of callers) {
        // Another organisation's slug with its run id; and our own slug with the other organisation's run id.
        for (const org of ['org-b', 'org-a']) {
          const url = route.path
            .replace('{org}', org)
            .replace('{runId}', 'b-run')
            .replace('{control}', 'TM-TEN-03');
          if (org === 'org-a' && !route.path.includes('{runId}')) continue;
          const response = await server.app.request(url, {
            method: route.method,
            headers: caller.headers,
            ...(route.method === 'POST' ? { body: JSON.stringify(payload('idor')) } : {}),
          });
          expect(response.status, `${route.method} ${url} as ${caller.name}`).toBe(404);
          checked.push(`${route.method} ${url}`);
        }
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(routes.length);
    // Nothing was stored in either organisation by those calls.
    const runs = await server.db.withOrg(b.orgId, (tx) => tx.query('SELECT run_id FROM runs'));
    expect(runs.rows).toEqual([{ run_id: 'b-run' }]);
  });

  it('keeps auditors and viewers read-only, and lets admins act', async () => {
    for (const role of ['auditor', 'viewer'] as const) {
      const session = await signIn(server.app, a.people[role] ?? '', a.password);
      // Auditors see only the audits they are invited to (the audit module's gate): the dashboard sends them
      // there, and every other organisation route is a 404 for them (test/audit/server.test.ts).
      const denied = role === 'auditor' ? [403, 404] : [403];
      expect((await server.app.request('/orgs/org-a', { headers: { cookie: session.cookie } })).status).toBe(
        role === 'auditor' ? 303 : 200,
      );
      const page = await server.app.request('/orgs/org-a/ledger/checkpoints', {
        method: 'POST',
        headers: { cookie: session.cookie, ...form({ _csrf: session.csrf }) }.valueOf() as Record<
          string,
          string
        >,
        body: form({ _csrf: session.csrf }).body,
      });
      expect(denied, role).toContain(page.status);
      const api = await server.app.request('/api/orgs/org-a/runs', {
        method: 'POST',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(payload(`by-${role}`)),
      });
      expect(denied, role).toContain(api.status);
    }
    const admin = await signIn(server.app, a.people.admin ?? '', a.password);
    const created = await server.app.request('/orgs/org-a/ledger/checkpoints', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ _csrf: admin.csrf }).body,
    });
    expect(created.status).toBe(303);
    const checkpoints = await (
      await server.app.request('/api/orgs/org-a/ledger/checkpoints', { headers: bearer(a.tokens.read) })
    ).json();
    expect(checkpoints.checkpoints).toHaveLength(1);
  });

  it('refuses forms without the session’s CSRF token', async () => {
    const owner = await signIn(server.app, a.people.owner ?? '', a.password);
    expect(owner.csrf).not.toBe('');
    const send = (fields: Record<string, string>) =>
      server.app.request('/orgs/org-a/ledger/checkpoints', {
        method: 'POST',
        headers: { cookie: owner.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: form(fields).body,
      });
    expect((await send({})).status).toBe(403);
    expect((await send({ _csrf: 'forged' })).status).toBe(403);
    expect((await send({ _csrf: owner.csrf })).status).toBe(303);
    const logout = await server.app.request('/logout', {
      method: 'POST',
      headers: { cookie: owner.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(logout.status).toBe(403);
    // The login form has its own token (double-submit cookie): a cross-site post without it is refused.
    const login = await server.app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ email: a.people.owner ?? '', password: a.password }).body,
    });
    expect(login.status).toBe(403);
  });

  it('limits failed sign-ins', async () => {
    const email = a.people.member ?? '';
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await signIn(server.app, email, 'wrong password!')).status).toBe(400);
    const blocked = await signIn(server.app, email, a.password);
    expect(blocked.status).toBe(429);
    expect(blocked.cookie).toBe('tm_session=');
    // The count lives in the database: a second server process on it refuses too.
    const second = createApp(
      createDeps(server.config, server.db, server.key, () => NOW),
      SERVER_MODULES,
    );
    expect((await signIn(second, email, a.password)).status).toBe(429);
    // Nothing identifying is stored: the keys are hashes.
    const stored = await server.rawQuery('SELECT key_hash FROM attempts');
    expect(stored.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored.rows)).not.toContain(email);
  });

  it('serves history, its CSV and the pages over the stored run', async () => {
    const history = await (
      await server.app.request('/api/orgs/org-a/history?days=7', { headers: bearer(a.tokens.read) })
    ).json();
    const control = history.controls.find((c: { controlId: string }) => c.controlId === 'TM-TEN-01');
    expect(control.days).toHaveLength(7);
    expect(control.days.at(-1).date).toBe('2026-11-26');
    expect(control.summary.daysNoData).toBe(6);
    const csv = await (
      await server.app.request('/api/orgs/org-a/history.csv?days=3', { headers: bearer(a.tokens.read) })
    ).text();
    expect(csv.split('\n')[0]).toBe('control,title,date,status,checks,causes,sources,run');
    const one = await server.app.request('/api/orgs/org-a/controls/TM-NOPE-99/history', {
      headers: bearer(a.tokens.read),
    });
    expect(one.status).toBe(404);
    const verify = await (
      await server.app.request('/api/orgs/org-a/ledger/verify', { headers: bearer(a.tokens.read) })
    ).json();
    expect(verify.ok).toBe(true);
  });

  it('names the first edited, deleted, reordered or re-signed ledger entry (tampered in the database)', async () => {
    const forger = generateSigningKey();
    const tamperings: {
      name: string;
      kind: string;
      seq: number;
      sql: (orgId: string, entry: LedgerEntry) => [string, unknown[]][];
    }[] = [
      {
        name: 'edited',
        kind: 'edited',
        seq: 1,
        sql: (org) => [
          [
            `UPDATE ledger_entries SET entry = jsonb_set(entry, '{record,repo}', '"elsewhere"') WHERE org_id = $1 AND seq = 1`,
            [org],
          ],
        ],
      },
      {
        // The probe results are stored once, as a part the entries 2 to 4 share: the first of them is named.
        name: 'edited part',
        kind: 'edited',
        seq: 2,
        sql: (org) => [
          [
            `UPDATE ledger_contents SET content = jsonb_set(content, '{verdict}', '"pass"')
             WHERE org_id = $1 AND sha256 = (SELECT record_parts->>'' FROM ledger_entries WHERE org_id = $1 AND seq = 2)`,
            [org],
          ],
        ],
      },
      {
        name: 'removed part',
        kind: 'edited',
        seq: 1,
        sql: (org) => [
          [
            `DELETE FROM ledger_contents
             WHERE org_id = $1 AND sha256 = (SELECT record_parts->>'/map/snapshot' FROM ledger_entries WHERE org_id = $1 AND seq = 1)`,
            [org],
          ],
        ],
      },
      {
        name: 'deleted',
        kind: 'removed',
        seq: 3,
        sql: (org) => [['DELETE FROM ledger_entries WHERE org_id = $1 AND seq = 3', [org]]],
      },
      {
        name: 'reordered',
        kind: 'reordered',
        seq: 2,
        sql: (org) => [
          ['UPDATE ledger_entries SET seq = -seq WHERE org_id = $1 AND seq IN (2, 3)', [org]],
          [
            'UPDATE ledger_entries SET seq = CASE seq WHEN -2 THEN 3 ELSE 2 END WHERE org_id = $1 AND seq IN (-2, -3)',
            [org],
          ],
        ],
      },
      {
        name: 're-signed',
        kind: 're-signed',
        seq: 4,
        sql: (org, entry) => {
          const record = { ...(entry.record as object), verdict: 'pass', steps: [] };
          const body = { ...entryBody(entry), recordSha256: sha256Of(record) };
          const hash = sha256Of(body);
          const forged = {
            ...entry,
            ...body,
            record,
            hash,
            signature: signValue(forger, signedPart({ ...body, hash })),
          };
          return [
            [
              'UPDATE ledger_entries SET entry = $2::jsonb, hash = $3, record_parts = NULL WHERE org_id = $1 AND seq = 4',
              [org, JSON.stringify(forged), hash],
            ],
          ];
        },
      },
    ];
    for (const tampering of tamperings) {
      const slug = `tamper-${tampering.name.replace(/[^a-z]/g, '')}`;
      const { orgId } = await createOwner(server, slug);
      const probe = { ...base.probes[0], verdict: 'fail' } as PushPayload['probes'][number];
      await storeRun(server.deps, orgId, payload(`${slug}-1`, { probes: [probe, probe, probe] }));
      expect(await verifyStoredLedger(server.db, slug, server.key.publicKey)).toMatchObject({ ok: true });
      const [fourth] = await server.db.withOwner((tx) =>
        readEntries(tx, 'WHERE org_id = $1 AND seq = 4', [orgId]),
      );
      await server.db.withOwner(async (tx) => {
        for (const [sql, params] of tampering.sql(orgId, fourth as LedgerEntry)) await tx.query(sql, params);
      });
      const verdict = await verifyStoredLedger(server.db, slug, server.key.publicKey);
      expect(verdict, tampering.name).toMatchObject({
        ok: false,
        problem: { kind: tampering.kind, seq: tampering.seq },
      });
    }
  });
});
