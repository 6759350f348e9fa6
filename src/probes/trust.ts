import { keyIdOf, type SigningKey, signValue, trustedSigner } from '../core/signing.js';
import type { ProbeResult } from './types.js';

/** A public key the map trusts (`trust.keys`). */
export interface TrustedKeyInput {
  id?: string;
  publicKey: string;
  owner?: string;
}

/** Why a probe result does or does not count as proof. */
export type ProbeTrust =
  | { status: 'trusted'; keyId: string; owner?: string }
  | { status: 'unsigned' }
  | { status: 'untrusted-key'; keyId: string }
  | { status: 'bad-signature'; keyId: string }
  | { status: 'future-dated'; at: string };

/** Results stamped later than this past the clock are future-dated (clocks of CI runners drift a little). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Everything a signature covers: the result without its signature. */
function signedContent(result: ProbeResult): Omit<ProbeResult, 'signature'> {
  const { signature: _signature, ...content } = result;
  return content;
}

/**
 * Signs a sealed result with `key`; the signature covers every other field, the SHA-256 included.
 * @example const signed = signProbeResult(result, loadSigningKey()!);
 */
export function signProbeResult(result: ProbeResult, key: SigningKey): ProbeResult {
  const content = signedContent(result);
  return { ...content, signature: signValue(key, content) };
}

/**
 * Whether `result` counts as proof: signed by one of `trusted` and not dated in the future of `now`. The key id in
 * a signature is only a hint: a trusted key must verify the bytes, so a forger cannot borrow a trusted id.
 * @example probeTrust(stored.result, map.trust?.keys ?? [], model.now)
 */
export function probeTrust(result: ProbeResult, trusted: readonly TrustedKeyInput[], now: Date): ProbeTrust {
  return futureDated(result, now) ?? signatureTrust(result, trusted);
}

/** The verdict on a result dated after `now` (beyond the clock skew allowed), or undefined when it is not. */
export function futureDated(result: ProbeResult, now: Date): ProbeTrust | undefined {
  const latest = Math.max(Date.parse(result.startedAt), Date.parse(result.finishedAt));
  if (!Number.isFinite(latest) || latest > now.getTime() + CLOCK_SKEW_MS)
    return { status: 'future-dated', at: result.finishedAt };
  return undefined;
}

/**
 * The verdict on a result's signature alone (not its dates): a pure function of the result and the keys, so a
 * caller that judges the same result often may keep it. {@link probeTrust} is what to call otherwise.
 */
export function signatureTrust(result: ProbeResult, trusted: readonly TrustedKeyInput[]): ProbeTrust {
  const signature = result.signature;
  if (!signature || typeof signature !== 'object') return { status: 'unsigned' };
  const keyId = typeof signature.keyId === 'string' ? signature.keyId : 'unknown';
  const signer = trustedSigner(
    trusted.map((key) => key.publicKey),
    signedContent(result),
    signature,
  );
  if (signer) {
    const owner = trusted.find((key) => keyIdOfText(key.publicKey) === signer)?.owner;
    return { status: 'trusted', keyId: signer, ...(owner ? { owner } : {}) };
  }
  const known = trusted.some((key) => keyIdOfText(key.publicKey) === keyId);
  return known ? { status: 'bad-signature', keyId } : { status: 'untrusted-key', keyId };
}

/** Words for a result that is not proof, for check messages. */
export function distrustReason(trust: Exclude<ProbeTrust, { status: 'trusted' }>): string {
  switch (trust.status) {
    case 'unsigned':
      return 'it is unsigned';
    case 'untrusted-key':
      return `it is signed by ${trust.keyId}, a key the map does not trust (\`trust.keys\`)`;
    case 'bad-signature':
      return `its signature by ${trust.keyId} does not match its content (edited after signing?)`;
    case 'future-dated':
      return `it is dated ${trust.at}, in the future`;
  }
}

function keyIdOfText(publicKey: string): string | undefined {
  const raw = Buffer.from(publicKey, 'base64');
  return raw.length === 32 ? keyIdOf(raw) : undefined;
}
