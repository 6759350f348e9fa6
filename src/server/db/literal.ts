/**
 * SQL literals, for the few statements sent in PostgreSQL's simple-query protocol together with others (the
 * transaction's settings before them, COMMIT after them) so that they cost one round trip instead of two or
 * three. The simple protocol takes no parameters, so the values are written into the text here, and only here.
 *
 * Safe by construction rather than by escaping many characters, whatever `standard_conforming_strings` says:
 * a text without backslashes is a `'…'` literal with its quotes doubled (no other character is special in it
 * when the setting is on, the default since PostgreSQL 9.1, nor when it is off); a text with backslashes is an
 * escape string `E'…'` with its quotes and backslashes doubled, which means the same under either setting.
 * NUL cannot be sent at all and is refused.
 */

/** A value {@link sqlLiteral} can write. Arrays become `ARRAY[…]` (give the statement a cast, e.g. `$1::text[]`). */
export type LiteralValue = string | number | boolean | null | undefined | readonly LiteralValue[];

/** A SQL literal of `value`: a quoted string, a number, a boolean, NULL, or an array of those. */
export function sqlLiteral(value: LiteralValue): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (Array.isArray(value))
    // An empty array has no element type to go by: '{}' takes the statement's cast.
    return value.length ? `ARRAY[${value.map(sqlLiteral).join(',')}]` : `'{}'`;
  const text = value as string;
  if (text.includes('\0')) throw new TypeError('a NUL character cannot be sent to PostgreSQL');
  const quoted = text.replaceAll("'", "''");
  return text.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}

/**
 * `text` with its `$1 … $n` placeholders replaced by the literals of `params`. The text must be one of our own
 * statements with no quotes, comments or dollar quoting in it (so a `$n` can only be a placeholder); anything
 * else is refused rather than guessed at.
 */
export function inlineParams(text: string, params: readonly unknown[] = []): string {
  if (/['"]|--|\/\*|\$[A-Za-z_]*\$/.test(text))
    throw new Error('inlineParams takes statements without quotes, comments or dollar quoting');
  return text.replace(/\$(\d+)/g, (_placeholder, digits: string) => {
    const index = Number(digits) - 1;
    if (index < 0 || index >= params.length) throw new Error(`no value for placeholder $${digits}`);
    return sqlLiteral(params[index] as LiteralValue);
  });
}
