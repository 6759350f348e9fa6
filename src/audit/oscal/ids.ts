import { createHash } from 'node:crypto';

/** The OSCAL version of the NIST schemas the output validates against (see test/audit/schemas/README.md). */
export const OSCAL_VERSION = '1.0.6';

/** RFC 4122 URL namespace: our names are `trustmap:` URNs under it. */
const NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/**
 * A name-based (version 5) UUID, so the same organisation, window and subject always get the same UUID and two
 * packages of the same ledger are byte-identical.
 * @example uuidFor('acme', 'ssp') // '…-5…-…'
 */
export function uuidFor(...parts: string[]): string {
  const hash = createHash('sha1')
    .update(NAMESPACE)
    .update(`trustmap:${parts.join(':')}`)
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A criterion id as an OSCAL control id (a token: starts with a letter). SOC 2 `CC6.1` → `cc6.1`; ISO/IEC 42001
 * clause `9` → `clause-9`; Annex A `A.7.2` → `a.7.2`.
 */
export function oscalControlId(criterion: string): string {
  const lower = criterion.toLowerCase().replace(/[^a-z0-9._-]/g, '-');
  return /^[a-z_]/.test(lower) ? lower : `clause-${lower}`;
}

/** OSCAL date-times need a time zone; a day becomes midnight UTC. */
export function oscalTime(dayOrIso: string, endOfDay = false): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(dayOrIso)) return `${dayOrIso}T${endOfDay ? '23:59:59' : '00:00:00'}Z`;
  return new Date(dayOrIso).toISOString();
}
