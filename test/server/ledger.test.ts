import { describe, expect, it } from 'vitest';
import { sha256Of } from '../../src/core/canonicalJson.js';
import { generateSigningKey, signValue } from '../../src/core/signing.js';
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
