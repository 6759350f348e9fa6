import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditPackage } from '../../src/audit/index.js';
import { seedDemo } from '../../src/server/demo/seedDemo.js';
import { describeOnDatabases, openTestServer, type TestServer } from '../server/harness.js';
import { addUser, signIn } from './serverHarness.js';

const NOW = new Date('2026-12-10T12:00:00Z');
const ORG = 'acme-ai-demo';
const PBC = [
  'Request ID,Criteria,Request,Due date',
  'PBC-1,CC6.1,Population of tenant isolation probe runs,2026-12-05',
  'PBC-2,CC9.2,Sub-processor register with DPAs,2026-12-20',
  'PBC-3,CC8.1,Changes during the period,2026-12-01',
].join('\n');

type Browser = Awaited<ReturnType<typeof signIn>>;

await describeOnDatabases('audits on the server', (kind) => {
  let server: TestServer;
  let owner: Browser;
  let auditorA: Browser;
  let auditorB: Browser;
  let outsider: Browser;
  let auditA = '';
  let auditB = '';
  let requestId = '';

  beforeAll(async () => {
    server = await openTestServer(kind, () => NOW);
    await seedDemo(server.deps, { now: new Date('2026-11-29T12:00:00Z'), days: 90 });
    await addUser(server.db, 'owner@acme.example', ORG, 'owner');
    await addUser(server.db, 'a@firm.example', ORG, 'auditor');
    await addUser(server.db, 'b@firm.example', ORG, 'auditor');
    await addUser(server.db, 'x@firm.example', 'other-co', 'auditor');
    await addUser(server.db, 'owner@other.example', 'other-co', 'owner');
    owner = await signIn(server.app, 'owner@acme.example');
    auditorA = await signIn(server.app, 'a@firm.example');
    auditorB = await signIn(server.app, 'b@firm.example');
    outsider = await signIn(server.app, 'x@firm.example');
    const created = async (body: unknown) => {
      const response = await owner.post(`/api/orgs/${ORG}/audits`, body);
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    auditA = await created({
      title: 'SOC 2 Type II 2026',
      framework: 'soc2',
      kind: 'type-2',
      categories: ['security', 'confidentiality'],
      periodStart: '2026-09-01',
      periodEnd: '2026-11-29',
      firm: 'Example Assurance LLP',
    });
    auditB = await created({
      title: 'ISO 42001',
      framework: 'iso42001',
      kind: 'certification',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-29',
    });
    expect(
      (await owner.post(`/api/orgs/${ORG}/audits/${auditA}/auditors`, { email: 'a@firm.example' })).status,
    ).toBe(201);
    expect(
      (await owner.post(`/api/orgs/${ORG}/audits/${auditB}/auditors`, { email: 'b@firm.example' })).status,
    ).toBe(201);
  }, 240_000);

  afterAll(async () => server?.close());

  describe('an audit over 90 seeded days of the example', () => {
    it('runs an audit: requests imported from CSV, evidence linked, late requests shown, the same sample twice, a verified package', async () => {
      const imported = await auditorA.post(`/api/orgs/${ORG}/audits/${auditA}/requests/import`, {
        fileName: 'pbc.csv',
        contentBase64: Buffer.from(PBC).toString('base64'),
      });
      expect(imported.status).toBe(201);
      expect(await imported.json()).toEqual({ created: 3 });
      const requests = (await (await owner.get(`/api/orgs/${ORG}/audits/${auditA}/requests`)).json()) as {
        id: string;
        ref: string;
        late: boolean;
      }[];
      expect(requests.map((request) => [request.ref, request.late])).toEqual([
        ['PBC-3', true],
        ['PBC-1', true],
        ['PBC-2', false],
      ]);
      requestId = requests.find((request) => request.ref === 'PBC-1')!.id;
      // The company fulfils PBC-1 with a ledger entry and says it is provided; the auditor accepts it.
      expect(
        (
          await owner.post(`/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}/items`, {
            kind: 'ledger',
            seq: 2,
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await owner.post(`/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}/status`, {
            status: 'provided',
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await owner.post(`/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}/status`, {
            status: 'accepted',
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await auditorA.post(`/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}/status`, {
            status: 'accepted',
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await auditorA.post(`/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}/comments`, {
            body: 'Thanks, sampled 5.',
          })
        ).status,
      ).toBe(201);
      const detail = (await (
        await owner.get(`/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}`)
      ).json()) as {
        status: string;
        items: { kind: string; ledgerSeq: number }[];
        comments: { author: string }[];
      };
      expect(detail).toMatchObject({
        status: 'accepted',
        items: [{ kind: 'ledger', ledgerSeq: 2 }],
        comments: [{ author: 'a@firm.example' }],
      });

      // Populations over the window, and a sample drawn twice with the same seed.
      const populations = (await (
        await auditorA.get(`/api/orgs/${ORG}/audits/${auditA}/populations`)
      ).json()) as { kind: string; size: number }[];
      expect(populations.find((entry) => entry.kind === 'probe-runs')!.size).toBeGreaterThan(0);
      const draw = async () => {
        const response = await auditorA.post(`/api/orgs/${ORG}/audits/${auditA}/samples`, {
          population: 'probe-runs',
          method: 'random',
          size: 5,
          seed: 'fieldwork-1',
        });
        expect(response.status).toBe(201);
        return (await response.json()) as { items: string[]; populationHash: string };
      };
      const first = await draw();
      const second = await draw();
      expect(second.items).toEqual(first.items);
      expect(first.items).toHaveLength(5);
      const csv = await auditorA.get(`/api/orgs/${ORG}/audits/${auditA}/populations/probe-runs.csv`);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(await csv.text()).toContain('ledger entries');

      // The package, built from the server's ledger and signed by the server's key.
      const response = await auditorA.get(`/api/orgs/${ORG}/audits/${auditA}/package`);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const verdict = verifyAuditPackage(bytes, { publicKey: server.key.publicKeyBase64 });
      expect(verdict).toMatchObject({ ok: true, trustedKey: true });
      expect(verdict.manifest!.files.map((file) => file.path)).toContain('samples/002-probe-runs.json');
      const tampered = new Uint8Array(bytes);
      const at = Buffer.from(tampered).indexOf(Buffer.from('check-history.csv')) + 40;
      tampered[at] = (tampered[at] as number) ^ 1;
      expect(verifyAuditPackage(tampered, { publicKey: server.key.publicKeyBase64 })).toMatchObject({
        ok: false,
        file: 'check-history.csv',
      });
    }, 120_000);

    it('keeps an auditor to the audits they were invited to, read-only outside the audit workflow, on every route', async () => {
      const items = `/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}/items`;
      const reads = [
        `/api/orgs/${ORG}/audits/${auditA}`,
        `/api/orgs/${ORG}/audits/${auditA}/requests`,
        `/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}`,
        `/api/orgs/${ORG}/audits/${auditA}/populations`,
        `/api/orgs/${ORG}/audits/${auditA}/populations/changes`,
        `/api/orgs/${ORG}/audits/${auditA}/populations/changes.csv`,
        `/api/orgs/${ORG}/audits/${auditA}/samples`,
        `/api/orgs/${ORG}/audits/${auditA}/evidence/2`,
        `/api/orgs/${ORG}/audits/${auditA}/package`,
        `${items}/00000000-0000-4000-8000-000000000000/file`,
        `/orgs/${ORG}/audits/${auditA}`,
        `/orgs/${ORG}/audits/${auditA}/evidence/2`,
      ];
      const writes: [string, unknown][] = [
        [`/api/orgs/${ORG}/audits/${auditA}/state`, { state: 'fieldwork' }],
        [`/api/orgs/${ORG}/audits/${auditA}/auditors`, { email: 'b@firm.example' }],
        [`/api/orgs/${ORG}/audits/${auditA}/requests`, { ref: 'X', title: 'x' }],
        [`/api/orgs/${ORG}/audits/${auditA}/requests/import`, { fileName: 'a.csv', contentBase64: '' }],
        [`/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}/status`, { status: 'flagged' }],
        [`/api/orgs/${ORG}/audits/${auditA}/requests/${requestId}/comments`, { body: 'x' }],
        [items, { kind: 'ledger', seq: 1 }],
        [
          `/api/orgs/${ORG}/audits/${auditA}/samples`,
          { population: 'changes', method: 'random', size: 1, seed: 's' },
        ],
      ];
      // The invited auditor reads every route of their audit (the missing upload is a plain 404).
      for (const path of reads.filter((entry) => !entry.endsWith('/file')))
        expect((await auditorA.get(path)).status, path).toBe(200);
      // Another auditor of the same organisation, and an auditor of another organisation: 404 everywhere.
      for (const browser of [auditorB, outsider]) {
        for (const path of reads) expect((await browser.get(path)).status, path).toBe(404);
        for (const [path, payload] of writes)
          expect([403, 404], path).toContain((await browser.post(path, payload)).status);
      }
      // The list shows each auditor only their audit.
      const listed = (await (await auditorB.get(`/api/orgs/${ORG}/audits`)).json()) as { id: string }[];
      expect(listed.map((audit) => audit.id)).toEqual([auditB]);
      // Outside the audits, an auditor sees nothing of the organisation: history, ledger, dashboard, controls.
      for (const path of [
        `/api/orgs/${ORG}/history`,
        `/api/orgs/${ORG}/history.csv`,
        `/api/orgs/${ORG}/ledger`,
        `/api/orgs/${ORG}/evidence/expiring`,
        `/orgs/${ORG}/controls`,
        `/orgs/${ORG}/ledger`,
      ])
        expect((await auditorA.get(path)).status, path).toBe(404);
      // Their landing page sends them to their audits.
      expect((await auditorA.get(`/orgs/${ORG}`)).headers.get('location')).toBe(`/orgs/${ORG}/audits`);
      // Company-only and admin-only writes are refused to the auditor of the audit.
      expect((await auditorA.post(`/api/orgs/${ORG}/audits/${auditA}/state`, { state: 'done' })).status).toBe(
        403,
      );
      expect((await auditorA.post(items, { kind: 'ledger', seq: 1 })).status).toBe(403);
      expect(
        (
          await auditorA.post(`/api/orgs/${ORG}/audits`, {
            title: 'x',
            framework: 'soc2',
            kind: 'type-1',
            periodStart: '2026-01-01',
            periodEnd: '2026-01-02',
          })
        ).status,
      ).toBe(403);
      // Evidence outside the audit's window is not shown to its auditor.
      expect((await auditorB.get(`/api/orgs/${ORG}/audits/${auditB}/evidence/2`)).status).toBe(404);
      // The owner of another organisation cannot reach this one's audits either.
      const otherOwner = await signIn(server.app, 'owner@other.example');
      for (const path of reads) expect((await otherOwner.get(path)).status, path).toBe(404);
    }, 120_000);
  });
});
