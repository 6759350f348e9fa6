import { describe, expect, it } from 'vitest';
import {
  buildAuditPackage,
  drawSample,
  MANIFEST_PATH,
  parseRequestList,
  population,
  readZip,
  verifyAuditPackage,
} from '../../src/audit/index.js';
import { SOC2_CRITERIA } from '../../src/controls/index.js';
import { generateSigningKey } from '../../src/core/index.js';
import { acmeHistory, WINDOW } from './fixture.js';

const key = generateSigningKey();
const createdAt = '2026-11-30T09:00:00.000Z';

/** Flips one bit in the middle of the stored data of `name` inside the zip. */
function tamper(zip: Uint8Array, name: string): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at < bytes.length - 30; at += 1) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const stored = bytes.subarray(at + 30, at + 30 + nameLength);
    if (stored.length !== wanted.length || !stored.every((byte, i) => byte === wanted[i])) continue;
    const size = view.getUint32(at + 18, true);
    const target = at + 30 + nameLength + extra + Math.floor(size / 2);
    bytes[target] = (bytes[target] as number) ^ 0x01;
    return bytes;
  }
  throw new Error(`${name} is not in the zip`);
}

const PBC = [
  'Request ID,Criteria,Request,Due date,Notes',
  'PBC-1,CC6.1,Population of tenant isolation probe runs for the period,2026-12-05,',
  'PBC-2,"CC9.2; P6.4",Sub-processor register and the DPA of each AI vendor,2026-12-05,include renewals',
  'PBC-3,CC8.1,Listing of changes (deploys) with approvals,12/10/2026,',
  'PBC-4,CC7.4,"=HYPERLINK(""http://evil"",""Incident log"")",2026-12-12,',
].join('\n');

describe('the audit package (90 days of the example company)', () => {
  it('imports the firm’s requests, draws the same sample twice, builds a signed package, verifies it, and rejects a one-byte change', async () => {
    const { model, records } = await acmeHistory();
    // 1. The firm's request list, tied to criteria.
    const requests = await parseRequestList(new TextEncoder().encode(PBC), 'pbc.csv');
    expect(requests.map((request) => [request.ref, request.criteria, request.due])).toEqual([
      ['PBC-1', ['CC6.1'], '2026-12-05'],
      ['PBC-2', ['CC9.2', 'P6.4'], '2026-12-05'],
      ['PBC-3', ['CC8.1'], '2026-12-10'],
      ['PBC-4', ['CC7.4'], '2026-12-12'],
    ]);
    const known = new Set(SOC2_CRITERIA.map((criterion) => criterion.id));
    expect(requests.every((request) => request.criteria.every((id) => known.has(id)))).toBe(true);

    // 2. A sample of changes drawn twice with the same seed gives the same items.
    const changes = population(records, WINDOW, 'changes');
    const first = drawSample(changes, { seed: 'fieldwork-2026-12', method: 'random', size: 10 });
    const second = drawSample(population(records, WINDOW, 'changes'), {
      seed: 'fieldwork-2026-12',
      method: 'random',
      size: 10,
    });
    expect(second.items).toEqual(first.items);
    expect(first.items).toHaveLength(10);

    // 3. The package, with the sample in it.
    const input = {
      model,
      records,
      window: WINDOW,
      framework: 'soc2' as const,
      key,
      createdAt,
      samples: [first],
    };
    const built = await buildAuditPackage(input);
    const paths = built.manifest.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'control-matrix.xlsx',
        'system-description.docx',
        'system-description.md',
        'check-history.csv',
        'subprocessor-register.csv',
        'populations/changes.csv',
        'populations/probe-runs.csv',
        'samples/001-changes.json',
        'oscal/system-security-plan.json',
        'oscal/assessment-results.json',
        'ledger/entries.jsonl',
      ]),
    );
    expect(paths.filter((name) => name.startsWith('probe-evidence/'))).toHaveLength(28);
    // Every file names the ledger entries it rests on, and those are real entries of the chain.
    const chain = new Map(records.map((record) => [record.seq, record.hash]));
    for (const file of built.manifest.files.filter((entry) => !entry.path.startsWith('samples/')))
      for (const ref of file.ledger) expect(chain.get(ref.seq), file.path).toBe(ref.hash);
    expect(built.manifest.files.find((file) => file.path === 'check-history.csv')!.ledger).toHaveLength(90);

    // 4. Verified, with the key the company publishes; the same input gives the same bytes.
    const verdict = verifyAuditPackage(built.bytes, { publicKey: key.publicKeyBase64 });
    expect(verdict).toMatchObject({ ok: true, checked: built.manifest.files.length, trustedKey: true });
    expect(Buffer.from((await buildAuditPackage(input)).bytes).equals(Buffer.from(built.bytes))).toBe(true);

    // 5. One byte changed in one file: rejected, naming that file.
    for (const name of [
      'subprocessor-register.csv',
      'control-matrix.xlsx',
      'oscal/assessment-results.json',
    ]) {
      const bad = verifyAuditPackage(tamper(built.bytes, name), { publicKey: key.publicKeyBase64 });
      expect(bad.ok, name).toBe(false);
      expect(bad.file, name).toBe(name);
    }
    // ...and in the manifest itself, the signature no longer verifies.
    const manifest = verifyAuditPackage(tamper(built.bytes, MANIFEST_PATH), {
      publicKey: key.publicKeyBase64,
    });
    expect(manifest).toMatchObject({ ok: false, file: MANIFEST_PATH });
  });

  it('rejects a package signed by another key, with a file added, or with a file removed', async () => {
    const { model, records } = await acmeHistory();
    const built = await buildAuditPackage({
      model,
      records,
      window: WINDOW,
      framework: 'soc2',
      key,
      createdAt,
    });
    expect(
      verifyAuditPackage(built.bytes, { publicKey: generateSigningKey().publicKeyBase64 }),
    ).toMatchObject({
      ok: false,
      file: MANIFEST_PATH,
      reason: 'the manifest signature does not verify',
    });
    // Without a trusted key the package's own key proves integrity only, and says so.
    expect(verifyAuditPackage(built.bytes)).toMatchObject({ ok: true, trustedKey: false });
    const { deterministicZip } = await import('../../src/audit/index.js');
    const entries = readZip(built.bytes);
    const added = deterministicZip({ ...entries, 'extra.txt': new TextEncoder().encode('hi') });
    expect(verifyAuditPackage(added, { publicKey: key.publicKeyBase64 })).toMatchObject({
      ok: false,
      file: 'extra.txt',
    });
    const { 'check-history.csv': _removed, ...rest } = entries;
    expect(verifyAuditPackage(deterministicZip(rest), { publicKey: key.publicKeyBase64 })).toMatchObject({
      ok: false,
      file: 'check-history.csv',
      reason: 'listed in the manifest but missing',
    });
    expect(verifyAuditPackage(new TextEncoder().encode('not a zip'))).toMatchObject({ ok: false });
  });
});
