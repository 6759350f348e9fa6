import { createHash } from 'node:crypto';
import { canonicalJson, sha256Of } from '../../core/canonicalJson.js';
import { type SigningKey, signValue } from '../../core/signing.js';
import {
  GENESIS_HASH,
  type LedgerCheckpoint,
  type LedgerEntry,
  type LedgerEntryBody,
  type LedgerRecord,
} from './types.js';

/** The part of an entry its hash covers. */
export function entryBody(entry: LedgerEntryBody): LedgerEntryBody {
  return {
    format: entry.format,
    org: entry.org,
    seq: entry.seq,
    prevHash: entry.prevHash,
    recordType: entry.recordType,
    recordId: entry.recordId,
    recordSha256: entry.recordSha256,
    collectedAt: entry.collectedAt,
    effectiveDate: entry.effectiveDate,
  };
}

/** What the signature covers: the body and its hash. */
export function signedPart(entry: LedgerEntryBody & { hash: string }): LedgerEntryBody & { hash: string } {
  return { ...entryBody(entry), hash: entry.hash };
}

/**
 * A large value of a record's content, stored once per organisation under its hash (content-addressed) instead of
 * inside every entry that holds it: a map snapshot or a list of check results pushed unchanged day after day is
 * stored once. `pointer` is a JSON pointer into the content; the entry stores `null` there. The record's hash is
 * still over the whole content, so a part edited or removed in the database breaks its entries' hashes.
 */
export interface RecordPart {
  pointer: string;
  sha256: string;
  /** Canonical JSON of the value. */
  json: string;
}

/** A record with its content hashed and serialised ahead of time, so appending under the lock only chains and signs. */
export interface PreparedRecord extends LedgerRecord {
  recordSha256: string;
  /** JSON of the content as the entry stores it (`null` in the places of {@link parts}). */
  contentJson: string;
  parts: RecordPart[];
}

/** Values whose canonical JSON is at least this long become parts. */
export const PART_MIN_LENGTH = 2048;

/** A value's canonical JSON and its SHA-256. */
interface Canonical {
  json: string;
  sha256: string;
}

/**
 * Large values prepared before, by their `JSON.stringify` text: CI pushes the same map snapshot, check results
 * and probe results run after run, and writing their canonical JSON again cost more than writing them plainly
 * and looking them up. `JSON.stringify` text determines a value parsed from JSON (and nothing else reaches
 * {@link prepareRecord} with `fromJson`), so the same text always has the same canonical JSON. The oldest go
 * first once they hold {@link CANONICAL_CHARS_KEPT} characters.
 */
const canonicals = new Map<string, Canonical>();
let canonicalChars = 0;

/**
 * Characters (texts and canonical JSON) of large values a process keeps in {@link canonicals}: 8-16 MB, the map
 * snapshots and check results of some eighty organisations pushing the bundled example's size.
 */
export const CANONICAL_CHARS_KEPT = 8 * 1024 * 1024;

/** The canonical JSON and hash of `value`, from {@link canonicals} when its text was seen before. */
function rememberedCanonical(value: object, text: string, known: ReadonlyMap<object, string>): Canonical {
  const seen = canonicals.get(text);
  if (seen) return seen;
  const json = canonicalJson(value, known);
  const made = { json, sha256: sha256Hex(json) };
  const size = text.length + json.length;
  if (size > CANONICAL_CHARS_KEPT / 8) return made;
  for (const [oldest, old] of canonicals) {
    if (canonicalChars + size <= CANONICAL_CHARS_KEPT) break;
    canonicals.delete(oldest);
    canonicalChars -= oldest.length + old.json.length;
  }
  canonicals.set(text, made);
  canonicalChars += size;
  return made;
}

/**
 * Hashes and serialises a record's content (the costly part of an append), outside any lock. Pure. With `split`,
 * large values of the content's first two levels become {@link RecordPart}s: a value of the second level when it
 * is large (so `checkRun.results` is shared even though `checkRun.generatedAt` changes), else of the first; a
 * content with no such value that is large as a whole is one part (pointer `''`). With `fromJson` (the content
 * was parsed from JSON: no dates, no `undefined`), large values seen before are not written again.
 */
export function prepareRecord(
  record: LedgerRecord,
  options: { split?: boolean; fromJson?: boolean } = {},
): PreparedRecord {
  const content = record.content ?? null;
  if (!options.split || !isPlainObject(content)) {
    const json = canonicalJson(content);
    return { ...record, recordSha256: sha256Hex(json), contentJson: json, parts: [] };
  }
  const known = new Map<object, string>();
  const hashes = new Map<string, string>();
  /** Canonical JSON of `value` (remembered in `known` and, when large and from JSON, across records). */
  const canonical = (value: object): string => {
    let json: string;
    const text = options.fromJson ? JSON.stringify(value) : undefined;
    if (text !== undefined && text.length >= PART_MIN_LENGTH) {
      const made = rememberedCanonical(value, text, known);
      hashes.set(made.json, made.sha256);
      json = made.json;
    } else json = canonicalJson(value, known);
    known.set(value, json);
    return json;
  };
  const hashOf = (json: string) => hashes.get(json) ?? sha256Hex(json);
  const parts: RecordPart[] = [];
  const stored: Record<string, unknown> = { ...content };
  const part = (pointer: string, json: string) => parts.push({ pointer, sha256: hashOf(json), json });
  for (const [key, value] of Object.entries(content)) {
    if (typeof value !== 'object' || value === null) continue;
    let inner: Record<string, unknown> | undefined;
    if (isPlainObject(value))
      for (const [childKey, child] of Object.entries(value)) {
        if (typeof child !== 'object' || child === null) continue;
        const json = canonical(child);
        if (json.length < PART_MIN_LENGTH) continue;
        part(`/${pointerToken(key)}/${pointerToken(childKey)}`, json);
        inner ??= { ...value };
        inner[childKey] = null;
      }
    // With a large value inside, the rest is small: compose it from the parts' JSON already written.
    const json = inner ? canonicalJson(value, known) : canonical(value);
    known.set(value, json);
    if (inner) stored[key] = inner;
    else if (json.length >= PART_MIN_LENGTH) {
      part(`/${pointerToken(key)}`, json);
      stored[key] = null;
    }
  }
  const json = canonicalJson(content, known);
  const recordSha256 = hashOf(json);
  if (parts.length > 0) return { ...record, recordSha256, contentJson: JSON.stringify(stored), parts };
  // No large value of its own but large as a whole (a probe result pushed again with every run): one part.
  if (json.length >= PART_MIN_LENGTH)
    return {
      ...record,
      recordSha256,
      contentJson: 'null',
      parts: [{ pointer: '', sha256: recordSha256, json }],
    };
  return { ...record, recordSha256, contentJson: json, parts };
}

/**
 * Puts a stored record's parts back in place (`parts`: pointer → hash, as the entry row holds them) from
 * `contents` (`keyPrefix` and hash → value). A part that is missing stays `null`, so the record no longer matches its hash and
 * verification names the entry. Mutates and returns `record`, fresh from the database.
 */
export function assembleRecord(
  record: unknown,
  parts: Readonly<Record<string, string>> | null | undefined,
  contents: ReadonlyMap<string, unknown>,
  keyPrefix = '',
): unknown {
  if (!parts) return record;
  if ('' in parts) return contents.get(`${keyPrefix}${parts['']}`) ?? null;
  for (const [pointer, sha256] of Object.entries(parts)) {
    const keys = pointer.split('/').slice(1).map(unescapeToken);
    const last = keys.pop();
    let target: unknown = record;
    for (const key of keys) target = isPlainObject(target) ? target[key] : undefined;
    if (last !== undefined && isPlainObject(target))
      target[last] = contents.get(`${keyPrefix}${sha256}`) ?? null;
  }
  return record;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON pointer's reference token (RFC 6901): `~` as `~0`, `/` as `~1`. */
function pointerToken(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescapeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The next entry of an organisation's chain, after `previous` (undefined for the first). Pure: the caller
 * stores it (and makes sure nobody appended in between).
 * @example const entry = nextEntry(head, orgId, { type: 'run', id: runId, collectedAt, effectiveDate, content }, key)
 */
export function nextEntry(
  previous: Pick<LedgerEntry, 'seq' | 'hash'> | undefined,
  org: string,
  record: LedgerRecord | PreparedRecord,
  key: SigningKey,
): LedgerEntry {
  const body: LedgerEntryBody = {
    format: 'trustmap.ledger-entry/v1',
    org,
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.hash ?? GENESIS_HASH,
    recordType: record.type,
    recordId: record.id,
    recordSha256: 'recordSha256' in record ? record.recordSha256 : sha256Of(record.content ?? null),
    collectedAt: record.collectedAt,
    effectiveDate: record.effectiveDate,
  };
  const hash = sha256Of(body);
  return { ...body, hash, signature: signValue(key, { ...body, hash }), record: record.content ?? null };
}

/** A signed checkpoint of the chain's head. */
export function checkpointOf(
  head: Pick<LedgerEntry, 'org' | 'seq' | 'hash'>,
  at: Date,
  key: SigningKey,
): LedgerCheckpoint {
  const body = {
    format: 'trustmap.ledger-checkpoint/v1' as const,
    org: head.org,
    seq: head.seq,
    headHash: head.hash,
    at: at.toISOString(),
  };
  return { ...body, signature: signValue(key, body) };
}
