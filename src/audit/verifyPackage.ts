import { publicKeyFrom, verifyValue } from '../core/signing.js';
import { MANIFEST_FORMAT, MANIFEST_PATH, manifestBody, type PackageManifest, sha256Hex } from './manifest.js';
import { readZip, ZipReadError } from './zip.js';

/** What verification found: `ok`, or the first bad file and why. */
export interface PackageVerdict {
  ok: boolean;
  /** The first file that failed, in manifest order (or `manifest.json`). */
  file?: string;
  reason?: string;
  /** Files whose hash matched. */
  checked: number;
  keyId?: string;
  /** True when the signature was checked against a key the caller supplied, not the one the package carries. */
  trustedKey: boolean;
  manifest?: PackageManifest;
}

const bad = (file: string, reason: string, extra: Partial<PackageVerdict> = {}): PackageVerdict => ({
  ok: false,
  file,
  reason,
  checked: 0,
  trustedKey: false,
  ...extra,
});

/**
 * Verifies an audit package: the manifest's Ed25519 signature (against `publicKey` when given, else the key the
 * package names, which proves integrity but not origin), then every listed file's SHA-256, and that the zip holds
 * no file the manifest does not list. Stops at the first problem and names the file.
 * @example const verdict = verifyAuditPackage(bytes, { publicKey: 'base64…' }); if (!verdict.ok) console.log(verdict.file)
 */
export function verifyAuditPackage(bytes: Uint8Array, options: { publicKey?: string } = {}): PackageVerdict {
  let entries: Record<string, Uint8Array>;
  try {
    entries = readZip(bytes);
  } catch (error) {
    if (error instanceof ZipReadError)
      return bad(error.entry ?? 'package', error.problems[0]?.message ?? 'unreadable zip');
    throw error;
  }
  const raw = entries[MANIFEST_PATH];
  if (!raw) return bad(MANIFEST_PATH, 'the package has no manifest');
  let manifest: PackageManifest;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)) as PackageManifest;
  } catch {
    return bad(MANIFEST_PATH, 'the manifest is not valid JSON');
  }
  if (manifest?.format !== MANIFEST_FORMAT || !Array.isArray(manifest.files))
    return bad(MANIFEST_PATH, `the manifest is not ${MANIFEST_FORMAT}`);
  const trustedKey = options.publicKey !== undefined;
  let key: ReturnType<typeof publicKeyFrom>;
  try {
    key = publicKeyFrom(options.publicKey ?? String(manifest.publicKey));
  } catch {
    return bad(
      MANIFEST_PATH,
      trustedKey ? 'the public key given is not an Ed25519 key' : 'the manifest names no usable public key',
    );
  }
  if (!verifyValue(key, manifestBody(manifest), manifest.signature))
    return bad(MANIFEST_PATH, 'the manifest signature does not verify', { trustedKey });
  const listed = new Set<string>([MANIFEST_PATH]);
  let checked = 0;
  for (const file of manifest.files) {
    listed.add(file.path);
    const content = entries[file.path];
    if (!content) return bad(file.path, 'listed in the manifest but missing', { checked, trustedKey });
    if (content.length !== file.bytes || sha256Hex(content) !== file.sha256)
      return bad(file.path, 'its SHA-256 does not match the manifest', { checked, trustedKey });
    checked += 1;
  }
  const extra = Object.keys(entries)
    .sort()
    .find((name) => !listed.has(name));
  if (extra) return bad(extra, 'in the zip but not in the manifest', { checked, trustedKey });
  return { ok: true, checked, keyId: manifest.signature.keyId, trustedKey, manifest };
}
