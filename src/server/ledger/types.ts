import type { Signature } from '../../core/signing.js';

/** What gets appended: one stored record, when it was collected and the day it is evidence for. */
export interface LedgerRecord {
  /** `run`, `probe`, `evidence`, or a module's own type (`audit.comment`, …). */
  type: string;
  /** The record's id within its type (a run id, a probe result's SHA-256, …). */
  id: string;
  /** ISO timestamp when the evidence was collected. */
  collectedAt: string;
  /** ISO date (YYYY-MM-DD) the evidence applies to; may differ from the collection time (back-filled runs). */
  effectiveDate: string;
  /** The record itself, hashed with canonical JSON. */
  content: unknown;
}

/** The hashed part of an entry: everything but the record's content, the entry hash and the signature. */
export interface LedgerEntryBody {
  format: 'trustmap.ledger-entry/v1';
  org: string;
  /** 1, 2, 3, … per organisation, no gaps. */
  seq: number;
  /** `hash` of the previous entry; {@link GENESIS_HASH} for the first. */
  prevHash: string;
  recordType: string;
  recordId: string;
  /** SHA-256 of the canonical JSON of the record's content. */
  recordSha256: string;
  collectedAt: string;
  effectiveDate: string;
}

/** One link of an organisation's chain. `record` may be left out of an export to share the chain alone. */
export interface LedgerEntry extends LedgerEntryBody {
  /** SHA-256 of the canonical JSON of the body. */
  hash: string;
  /** The server's Ed25519 signature over the body with its hash. */
  signature: Signature;
  record?: unknown;
}

/** A signed statement of the chain's head at a moment: give it to a third party to pin the history. */
export interface LedgerCheckpoint {
  format: 'trustmap.ledger-checkpoint/v1';
  org: string;
  seq: number;
  headHash: string;
  at: string;
  signature: Signature;
}

/** An exported ledger: entries in order, checkpoints, and the public key that signed them. */
export interface LedgerExport {
  format: 'trustmap.ledger/v1';
  org: string;
  /** Base64 of the raw Ed25519 public key of the server. */
  publicKey: string;
  entries: LedgerEntry[];
  checkpoints: LedgerCheckpoint[];
}

/** The `prevHash` of an organisation's first entry. */
export const GENESIS_HASH = '0'.repeat(64);
