import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import type { SigningKey } from '../../core/signing.js';
import { publicKeyFrom } from '../../core/signing.js';
import { InputError, UsageError } from '../../errors/index.js';
import { readUserText } from '../../io/index.js';
import type { Database } from '../db/database.js';
import { createCheckpoint, readCheckpoints, readLedger } from '../db/ledgerStore.js';
import type { LedgerCheckpoint, LedgerExport } from '../ledger/types.js';
import { type LedgerVerdict, verifyLedger } from '../ledger/verify.js';
import { findOrg } from './accounts.js';

/**
 * A file named on the command line: bounded and a regular file, confined to its own folder (the person chose
 * it explicitly, so it may live anywhere, e.g. a download folder).
 */
function readArgumentFile(file: string, cwd: string, maxBytes: number, what: string): string {
  const absolute = path.resolve(cwd, file);
  return readUserText(path.basename(absolute), { root: path.dirname(absolute), maxBytes, what });
}

/** A public key from a flag value: base64 of the raw key, a PEM text, or a file holding either. */
export function publicKeyArgument(value: string, cwd: string): KeyObject {
  const inline = value.includes('-----BEGIN') || /^[A-Za-z0-9+/]{43}=$/.test(value.trim());
  const text = inline ? value : readArgumentFile(value, cwd, 64 * 1024, 'public key file');
  try {
    return publicKeyFrom(text);
  } catch {
    throw new UsageError(
      '--public-key is not an Ed25519 public key',
      'pass the base64 key the ledger page shows, or a PEM file',
    );
  }
}

/** The ledger of an organisation as stored (read as the owner: exactly what is in the table). */
export async function exportStoredLedger(
  db: Database,
  slug: string,
  publicKeyBase64: string,
  records = true,
): Promise<LedgerExport> {
  const orgId = await findOrg(db, slug);
  return db.withOwner(async (tx) => ({
    format: 'trustmap.ledger/v1',
    org: orgId,
    publicKey: publicKeyBase64,
    entries: await readLedger(tx, orgId, { records }),
    checkpoints: await readCheckpoints(tx, orgId),
  }));
}

/** Verifies the stored ledger of an organisation. */
export async function verifyStoredLedger(
  db: Database,
  slug: string,
  publicKey: KeyObject,
): Promise<LedgerVerdict> {
  const exported = await exportStoredLedger(db, slug, '', true);
  return verifyLedger(exported.entries, publicKey, exported.checkpoints);
}

/** Reads an exported ledger file (bounded, confined to `cwd`). */
export function readLedgerFile(file: string, cwd: string): LedgerExport {
  const text = readArgumentFile(file, cwd, 512 * 1024 * 1024, 'ledger file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError([
      { location: { file, line: 1, col: 1 }, message: `not JSON: ${(error as Error).message}` },
    ]);
  }
  const ledger = parsed as LedgerExport;
  if (ledger?.format !== 'trustmap.ledger/v1' || !Array.isArray(ledger.entries))
    throw new InputError([
      {
        location: { file, line: 1, col: 1 },
        message: 'not a Trustmap ledger export (format trustmap.ledger/v1)',
      },
    ]);
  return { ...ledger, checkpoints: Array.isArray(ledger.checkpoints) ? ledger.checkpoints : [] };
}

/** Signs a checkpoint of an organisation's head. */
export async function checkpointStoredLedger(
  db: Database,
  slug: string,
  key: SigningKey,
  at: Date,
): Promise<LedgerCheckpoint | undefined> {
  const orgId = await findOrg(db, slug);
  return db.withOrg(orgId, (tx) => createCheckpoint(tx, orgId, key, at));
}
