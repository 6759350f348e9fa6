import { describe, expect, it } from 'vitest';
import { sha256Of } from '../../src/core/canonicalJson.js';
import { generateSigningKey, signValue } from '../../src/core/signing.js';
import { assembleRecord, prepareRecord } from '../../src/server/ledger/chain.js';
import {
  checkpointOf,
  entryBody,
  nextEntry,
  signedPart,
  verifyLedger,
} from '../../src/server/ledger/index.js';
import type { LedgerEntry } from '../../src/server/ledger/types.js';

const key = generateSigningKey();
const org = '6f1c3f0e-8a57-4d3c-9d47-0c7e5d1c2b10';

function chain(length: number): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (let index = 0; index < length; index++)
    entries.push(
      nextEntry(
        entries.at(-1),
        org,
        {
          type: 'run',
          id: `run-${index + 1}`,
          collectedAt: `2026-11-0${index + 1}T06:00:00.000Z`,
          effectiveDate: `2026-11-0${index + 1}`,
          content: { n: index + 1, verdict: 'pass' },
        },
        key,
      ),
    );
  return entries;
}

describe('the evidence ledger chain (pure)', () => {
  it('verifies an untouched chain and reports its head', () => {
    const entries = chain(5);
    expect(entries[0]?.prevHash).toBe('0'.repeat(64));
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(verifyLedger(entries, key.publicKey)).toEqual({
      ok: true,
      entries: 5,
      head: { seq: 5, hash: entries[4]?.hash },
    });
  });

  it('names an edited record', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], record: { n: 3, verdict: 'fail' } } as LedgerEntry;
    expect(verifyLedger(entries, key.publicKey)).toMatchObject({
      ok: false,
      problem: { kind: 'edited', seq: 3 },
    });
  });

  it('names an edited body even when the hash is recomputed (the signature no longer matches)', () => {
    const entries = chain(5);
    const body = { ...entryBody(entries[1] as LedgerEntry), effectiveDate: '2026-10-01' };
    entries[1] = { ...(entries[1] as LedgerEntry), ...body, hash: sha256Of(body) };
    expect(verifyLedger(entries, key.publicKey)).toMatchObject({
      ok: false,
      problem: { kind: 'edited', seq: 2 },
    });
  });

  it('names a removed entry', () => {
    const entries = chain(5);
    entries.splice(3, 1);
    expect(verifyLedger(entries, key.publicKey)).toMatchObject({
      ok: false,
      problem: { kind: 'removed', seq: 4 },
    });
  });

  it('names a reordered entry', () => {
    const entries = chain(5);
    [entries[1], entries[2]] = [entries[2] as LedgerEntry, entries[1] as LedgerEntry];
    expect(verifyLedger(entries, key.publicKey)).toMatchObject({
      ok: false,
      problem: { kind: 'reordered', seq: 2 },
    });
  });

  it('names an entry re-signed by another key after an edit', () => {
    const entries = chain(5);
    const forger = generateSigningKey();
    const edited = { ...(entries[3] as LedgerEntry), record: { n: 4, verdict: 'pass', forged: true } };
    const body = { ...entryBody(edited), recordSha256: sha256Of(edited.record) };
    const hash = sha256Of(body);
    entries[3] = { ...edited, ...body, hash, signature: signValue(forger, signedPart({ ...body, hash })) };
    expect(verifyLedger(entries, key.publicKey)).toMatchObject({
      ok: false,
      problem: { kind: 're-signed', seq: 4 },
    });
  });

  it('verifies a chain exported without records', () => {
    const entries = chain(3).map(({ record: _record, ...rest }) => rest);
    expect(verifyLedger(entries, key.publicKey).ok).toBe(true);
  });

  it('catches a rewritten history with a checkpoint signed earlier', () => {
    const entries = chain(4);
    const checkpoint = checkpointOf(entries[2] as LedgerEntry, new Date('2026-11-05T00:00:00Z'), key);
    expect(verifyLedger(entries, key.publicKey, [checkpoint]).ok).toBe(true);
    // Someone with the key rebuilds the chain from entry 3 on: every link verifies, the checkpoint does not.
    const rewritten = entries.slice(0, 2);
    rewritten.push(
      nextEntry(
        rewritten.at(-1),
        org,
        {
          type: 'run',
          id: 'other',
          collectedAt: '2026-11-03T06:00:00.000Z',
          effectiveDate: '2026-11-03',
          content: { n: 3, verdict: 'pass', rewritten: true },
        },
        key,
      ),
    );
    expect(verifyLedger(rewritten, key.publicKey)).toMatchObject({ ok: true });
    expect(verifyLedger(rewritten, key.publicKey, [checkpoint])).toMatchObject({
      ok: false,
      problem: { kind: 'checkpoint', seq: 3 },
    });
  });
});

describe('record parts: large values stored once, by hash (pure)', () => {
  const big = (label: string) =>
    Array.from({ length: 80 }, (_, index) => ({ label, index, note: 'x'.repeat(20) }));
  const record = (content: unknown) => ({
    type: 'run',
    id: 'run-1',
    collectedAt: '2026-11-01T06:00:00.000Z',
    effectiveDate: '2026-11-01',
    content,
  });
  const content = {
    runId: 'run-1',
    map: { organization: 'acme', snapshot: { components: big('c') } },
    checkRun: { generatedAt: '2026-11-01T06:00:00.000Z', results: big('r'), checks: [{ id: 'small' }] },
    'odd/key~': big('o'),
  };

  it('splits the large values of the first two levels, keeps the hash of the whole and puts them back', () => {
    const prepared = prepareRecord(record(content), { split: true });
    expect(prepared.recordSha256).toBe(sha256Of(content));
    expect(prepared.parts.map((part) => part.pointer).sort()).toEqual([
      '/checkRun/results',
      '/map/snapshot',
      '/odd~1key~0',
    ]);
    for (const part of prepared.parts) expect(part.sha256).toBe(sha256Of(JSON.parse(part.json)));
    const stored = JSON.parse(prepared.contentJson);
    expect(stored.map).toEqual({ organization: 'acme', snapshot: null });
    expect(stored.checkRun.generatedAt).toBe('2026-11-01T06:00:00.000Z');
    const contents = new Map(prepared.parts.map((part) => [part.sha256, JSON.parse(part.json)]));
    const pointers = Object.fromEntries(prepared.parts.map((part) => [part.pointer, part.sha256]));
    expect(assembleRecord(stored, pointers, contents)).toEqual(content);
  });

  it('leaves a missing part null, so the record no longer matches its hash', () => {
    const prepared = prepareRecord(record(content), { split: true });
    const pointers = Object.fromEntries(prepared.parts.map((part) => [part.pointer, part.sha256]));
    const assembled = assembleRecord(JSON.parse(prepared.contentJson), pointers, new Map());
    expect(sha256Of(assembled)).not.toBe(prepared.recordSha256);
  });

  it('stores a record large only as a whole as one part, and a small one inline', () => {
    const flat = Object.fromEntries(
      Array.from({ length: 200 }, (_, index) => [`k${index}`, `value ${index}`]),
    );
    const whole = prepareRecord(record(flat), { split: true });
    expect(whole.parts).toEqual([{ pointer: '', sha256: sha256Of(flat), json: expect.any(String) }]);
    expect(whole.contentJson).toBe('null');
    expect(assembleRecord(null, { '': whole.recordSha256 }, new Map([[whole.recordSha256, flat]]))).toEqual(
      flat,
    );
    const small = prepareRecord(record({ verdict: 'pass' }), { split: true });
    expect(small.parts).toEqual([]);
    expect(JSON.parse(small.contentJson)).toEqual({ verdict: 'pass' });
    expect(prepareRecord(record(content)).parts).toEqual([]);
  });

  it('prepares values parsed from JSON the same when it remembers the large ones it wrote before', () => {
    const parsed = () => JSON.parse(JSON.stringify(content));
    const plain = prepareRecord(record(parsed()), { split: true });
    // Twice from fresh objects: the second time the large values come from what the first wrote.
    for (let round = 0; round < 2; round++)
      expect(prepareRecord(record(parsed()), { split: true, fromJson: true })).toEqual(plain);
    // Keys in another order: other text, the same canonical JSON and hashes.
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(parsed()).reverse())));
    expect(prepareRecord(record(reordered), { split: true, fromJson: true })).toMatchObject({
      recordSha256: plain.recordSha256,
      parts: expect.arrayContaining(plain.parts),
    });
    // One value changed deep inside a remembered part: a new part and a new hash, never the remembered one.
    const changed = parsed();
    changed.checkRun.results[79].note = 'changed';
    const after = prepareRecord(record(changed), { split: true, fromJson: true });
    expect(after.recordSha256).toBe(sha256Of(changed));
    const results = after.parts.find((part) => part.pointer === '/checkRun/results');
    expect(results?.sha256).toBe(sha256Of(changed.checkRun.results));
    expect(results?.sha256).not.toBe(
      plain.parts.find((part) => part.pointer === '/checkRun/results')?.sha256,
    );
  });
});
