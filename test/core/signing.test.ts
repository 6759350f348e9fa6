import { describe, expect, it } from 'vitest';
import {
  generateSigningKey,
  privateKeyPem,
  publicKeyFrom,
  signingKeyFrom,
  signValue,
  trustedSigner,
  verifyValue,
} from '../../src/core/index.js';

describe('Ed25519 signatures over canonical JSON', () => {
  const key = generateSigningKey();
  const value = { verdict: 'pass', at: '2026-11-26', nested: { b: 1, a: 2 } };

  it('verifies a signature whatever the key order, and rejects an edited value', () => {
    const signature = signValue(key, value);
    const reordered = { nested: { a: 2, b: 1 }, at: '2026-11-26', verdict: 'pass' };
    expect(verifyValue(key.publicKey, reordered, signature)).toBe(true);
    expect(verifyValue(key.publicKey, { ...value, verdict: 'fail' }, signature)).toBe(false);
  });

  it('names the trusted key that signed, and none for a key it does not trust', () => {
    const signature = signValue(key, value);
    const other = generateSigningKey();
    expect(trustedSigner([other.publicKeyBase64, key.publicKeyBase64], value, signature)).toBe(key.keyId);
    expect(trustedSigner([other.publicKeyBase64], value, signature)).toBeUndefined();
    expect(trustedSigner(['not a key'], value, signature)).toBeUndefined();
    expect(trustedSigner([key.publicKeyBase64], value, signValue(other, value))).toBeUndefined();
  });

  it('round-trips a key through PEM and its public half through base64', () => {
    const again = signingKeyFrom(privateKeyPem(key));
    expect(again.keyId).toBe(key.keyId);
    expect(verifyValue(publicKeyFrom(key.publicKeyBase64), value, signValue(again, value))).toBe(true);
  });
});
