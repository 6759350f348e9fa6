import { createHash } from 'node:crypto';
import type { Signature } from '../core/signing.js';
import type { AuditWindow } from './records.js';

/** The manifest's format tag; bumped only on a breaking change. */
export const MANIFEST_FORMAT = 'trustmap.audit-package/v1';
/** Where the manifest sits in the zip. */
export const MANIFEST_PATH = 'manifest.json';

/** One file of the package: its hash, size and the ledger entries its content rests on. */
export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
  /** Ledger entries (sequence and hash) the file was built from. */
  ledger: { seq: number; hash: string }[];
}

/** What is signed: everything in the manifest but the signature itself. */
export interface ManifestBody {
  format: typeof MANIFEST_FORMAT;
  organization: string;
  framework: string;
  window: AuditWindow;
  createdAt: string;
  generator: string;
  /** The last ledger entry of the organisation the package read (its chain head at build time). */
  ledgerHead?: { seq: number; hash: string };
  files: ManifestFile[];
}

export interface PackageManifest extends ManifestBody {
  /** Base64 of the raw Ed25519 public key that signed, for convenience; trust comes from `--public-key`. */
  publicKey: string;
  signature: Signature;
}

/** Hex SHA-256 of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The signed part of a manifest. */
export function manifestBody(manifest: PackageManifest): ManifestBody {
  const { publicKey: _key, signature: _signature, ...body } = manifest;
  return body;
}
