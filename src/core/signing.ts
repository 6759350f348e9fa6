import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';

/**
 * Ed25519 signatures over canonical JSON: the one way Trustmap signs probe results, ledger entries, checkpoints
 * and audit packages. A signature proves that the holder of the private key produced these exact bytes; it does
 * not prove that what they say is true, nor when they were written (see docs/security.md).
 */

/** A detached signature with the id of the key that made it. */
export interface Signature {
  alg: 'ed25519';
  /** `ed25519:` and the first 16 hex digits of the SHA-256 of the raw public key. */
  keyId: string;
  /** Base64 of the 64-byte signature. */
  sig: string;
}

/** A private key ready to sign, with its public half in the forms users see. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
  /** Base64 of the raw 32-byte public key: what a map lists under `trust.keys`. */
  publicKeyBase64: string;
}

/** Makes a new Ed25519 key pair. */
export function generateSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signingKeyFrom(privateKey);
}

/** A signing key from a private `KeyObject`, a PKCS#8 PEM text, or base64 of a PKCS#8 DER. */
export function signingKeyFrom(source: KeyObject | string): SigningKey {
  const privateKey =
    typeof source === 'string'
      ? source.includes('-----BEGIN')
        ? createPrivateKey(source)
        : createPrivateKey({ key: Buffer.from(source.trim(), 'base64'), format: 'der', type: 'pkcs8' })
      : source;
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new TypeError('not an Ed25519 private key');
  const publicKey = createPublicKey(privateKey);
  const raw = rawPublicKey(publicKey);
  return { privateKey, publicKey, keyId: keyIdOf(raw), publicKeyBase64: raw.toString('base64') };
}

/** PKCS#8 PEM of a private key, for a key file. */
export function privateKeyPem(key: SigningKey): string {
  return key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

const publicKeys = new Map<string, KeyObject>();

/**
 * A public key from the base64 of its raw 32 bytes (as listed in a map) or an SPKI PEM. Parsed keys are kept
 * (a few hundred at most): the server checks every pushed probe against the same few trusted keys.
 */
export function publicKeyFrom(text: string): KeyObject {
  const known = publicKeys.get(text);
  if (known) return known;
  const key = parsePublicKey(text);
  if (publicKeys.size >= 256) publicKeys.clear();
  publicKeys.set(text, key);
  return key;
}

function parsePublicKey(text: string): KeyObject {
  if (text.includes('-----BEGIN')) return createPublicKey(text);
  const raw = Buffer.from(text.trim(), 'base64');
  if (raw.length !== 32) throw new TypeError('an Ed25519 public key is 32 bytes in base64');
  // SPKI header for Ed25519 (RFC 8410): SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING }.
  const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

const keyIds = new WeakMap<KeyObject, string>();

/** The key id of a public key. */
export function keyIdOf(publicKey: KeyObject | Buffer): string {
  if (Buffer.isBuffer(publicKey)) return keyIdOfRaw(publicKey);
  let id = keyIds.get(publicKey);
  if (!id) {
    id = keyIdOfRaw(rawPublicKey(publicKey));
    keyIds.set(publicKey, id);
  }
  return id;
}

function keyIdOfRaw(raw: Buffer): string {
  return `ed25519:${createHash('sha256').update(raw).digest('hex').slice(0, 16)}`;
}

function rawPublicKey(publicKey: KeyObject): Buffer {
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - 32));
}

/**
 * Signs the canonical JSON of `value`.
 * @example const signature = signValue(key, { verdict: 'pass' })
 */
export function signValue(key: SigningKey, value: unknown): Signature {
  const sig = sign(null, Buffer.from(canonicalJson(value)), key.privateKey).toString('base64');
  return { alg: 'ed25519', keyId: key.keyId, sig };
}

/** True when `signature` is a valid signature of the canonical JSON of `value` by `publicKey`. */
export function verifyValue(publicKey: KeyObject, value: unknown, signature: Signature): boolean {
  if (signature?.alg !== 'ed25519' || typeof signature.sig !== 'string') return false;
  if (signature.keyId !== keyIdOf(publicKey)) return false;
  try {
    return verify(null, Buffer.from(canonicalJson(value)), publicKey, Buffer.from(signature.sig, 'base64'));
  } catch {
    return false;
  }
}

/** Which of the trusted public keys (base64 or PEM) made `signature`, if any made a valid one. */
export function trustedSigner(
  trusted: readonly string[],
  value: unknown,
  signature: Signature | undefined,
): string | undefined {
  if (!signature) return undefined;
  for (const text of trusted) {
    let key: KeyObject;
    try {
      key = publicKeyFrom(text);
    } catch {
      continue;
    }
    if (verifyValue(key, value, signature)) return signature.keyId;
  }
  return undefined;
}
