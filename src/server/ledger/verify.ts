import type { KeyObject } from 'node:crypto';
import { sha256Of } from '../../core/canonicalJson.js';
import { keyIdOf, verifyValue } from '../../core/signing.js';
import { entryBody, signedPart } from './chain.js';
import { GENESIS_HASH, type LedgerCheckpoint, type LedgerEntry } from './types.js';

/** Why a chain does not verify, at the first entry where it goes wrong. */
export type LedgerProblemKind =
  | 'edited'
  | 'removed'
  | 'reordered'
  | 're-signed'
  | 'broken-chain'
  | 'checkpoint';

export interface LedgerProblem {
  kind: LedgerProblemKind;
  /** The sequence number the chain expected at this position (the entry named in the message). */
  seq: number;
  message: string;
}

export type LedgerVerdict =
  | { ok: true; entries: number; head?: { seq: number; hash: string } }
  | { ok: false; entries: number; problem: LedgerProblem };

function fail(entries: number, kind: LedgerProblemKind, seq: number, message: string): LedgerVerdict {
  return { ok: false, entries, problem: { kind, seq, message } };
}

/**
 * Verifies an organisation's entries in stored order against the server's public key and names the first
 * entry that was edited (its content or body no longer hashes to what was signed), removed (a gap), reordered
 * (an entry out of its place), re-signed (a valid-looking signature by another key) or linked to the wrong
 * predecessor. Pure: works on a database read or an exported file alike.
 * @example const verdict = verifyLedger(exported.entries, publicKeyFrom(exported.publicKey))
 */
export function verifyLedger(
  entries: readonly LedgerEntry[],
  publicKey: KeyObject,
  checkpoints: readonly LedgerCheckpoint[] = [],
): LedgerVerdict {
  const trustedKeyId = keyIdOf(publicKey);
  let previousHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const expected = index + 1;
    const count = entries.length;
    if (entry.seq !== expected) {
      const later = entries.slice(index + 1).findIndex((other) => other.seq === expected);
      if (later >= 0 || entry.seq < expected)
        return fail(
          count,
          'reordered',
          expected,
          `entry ${expected} is out of place (found entry ${entry.seq} where it should be)`,
        );
      const missing =
        entry.seq - 1 === expected ? `entry ${expected}` : `entries ${expected} to ${entry.seq - 1}`;
      return fail(
        count,
        'removed',
        expected,
        `${missing} removed (the chain jumps from ${expected - 1} to ${entry.seq})`,
      );
    }
    if ('record' in entry && sha256Of(entry.record ?? null) !== entry.recordSha256)
      return fail(
        count,
        'edited',
        expected,
        `entry ${expected} was edited: its record no longer matches its hash`,
      );
    if (sha256Of(entryBody(entry)) !== entry.hash)
      return fail(
        count,
        'edited',
        expected,
        `entry ${expected} was edited: its body no longer matches its hash`,
      );
    const signature = entry.signature;
    if (signature?.keyId !== trustedKeyId)
      return fail(
        count,
        're-signed',
        expected,
        `entry ${expected} was re-signed by ${String(signature?.keyId)}, not the server key ${trustedKeyId}`,
      );
    if (!verifyValue(publicKey, signedPart(entry), signature))
      return fail(
        count,
        'edited',
        expected,
        `entry ${expected} was edited: the server's signature does not match it`,
      );
    if (entry.prevHash !== previousHash)
      return fail(
        count,
        'broken-chain',
        expected,
        `entry ${expected} does not follow entry ${expected - 1} (previous hash differs)`,
      );
    previousHash = entry.hash;
  }
  for (const checkpoint of checkpoints) {
    const problem = checkpointProblem(checkpoint, entries, publicKey);
    if (problem) return fail(entries.length, 'checkpoint', checkpoint.seq, problem);
  }
  const last = entries.at(-1);
  return { ok: true, entries: entries.length, ...(last ? { head: { seq: last.seq, hash: last.hash } } : {}) };
}

/** Why a signed checkpoint does not match the chain, or undefined when it does. */
export function checkpointProblem(
  checkpoint: LedgerCheckpoint,
  entries: readonly LedgerEntry[],
  publicKey: KeyObject,
): string | undefined {
  const { signature, ...body } = checkpoint;
  if (!verifyValue(publicKey, body, signature))
    return `checkpoint at entry ${checkpoint.seq} is not signed by the server key`;
  const entry = entries[checkpoint.seq - 1];
  if (!entry)
    return `checkpoint at entry ${checkpoint.seq}: the chain has only ${entries.length} entries (history removed)`;
  if (entry.hash !== checkpoint.headHash)
    return `checkpoint at entry ${checkpoint.seq}: the chain's entry ${checkpoint.seq} differs from the one signed at ${checkpoint.at} (history rewritten)`;
  return undefined;
}
