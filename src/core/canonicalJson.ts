import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so the same value always hashes the same. Written in one pass
 * (no sorted copy of the value is built): the ledger hashes every pushed run with it, twice. Same output as
 * `JSON.stringify` of a key-sorted copy: `undefined`, functions and symbols are left out of objects and are
 * `null` in arrays; objects are read by their own enumerable keys (so a `Date` is `{}`); a bigint throws. Keys
 * that are array indices ("0", "17") come first in numeric order, as JavaScript orders them in any object: the
 * first implementation built sorted objects, and hashes already signed with it must still verify.
 */
export function canonicalJson(value: unknown, known?: ReadonlyMap<object, string>): string {
  return write(value, known) as string;
}

/**
 * `known` holds canonical JSON already written for some objects (by identity), spliced in as is: composing a
 * value's text from its parts' costs nothing more than writing the parts.
 */
function write(value: unknown, known: ReadonlyMap<object, string> | undefined): string | undefined {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      const written = known?.get(value);
      if (written !== undefined) return written;
      if (Array.isArray(value)) {
        let out = '[';
        for (let index = 0; index < value.length; index++) {
          if (index > 0) out += ',';
          out += write(value[index], known) ?? 'null';
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = sortedKeys(record);
      let out = '{';
      let first = true;
      for (const key of keys) {
        const text = write(record[key], known);
        if (text === undefined) continue;
        out += `${first ? '' : ','}${quote(key)}:${text}`;
        first = false;
      }
      return `${out}}`;
    }
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      return undefined;
  }
}

/** What JSON.stringify escapes in a string: quotes, backslashes, control characters and (lone) surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

const INDEX = /^(?:0|[1-9]\d{0,9})$/;

function isIndex(key: string): boolean {
  return INDEX.test(key) && Number(key) < 2 ** 32 - 1;
}

function startsWithDigit(key: string): boolean {
  const code = key.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort();
  if (!keys.some(startsWithDigit)) return keys;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return indices.length ? [...indices, ...keys.filter((key) => !isIndex(key))] : keys;
}

/** Hex SHA-256 of the canonical JSON of `value`. */
export function sha256Of(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
