/**
 * Small helpers over policy expressions as `pg_get_expr` prints them, e.g.
 * `((tenant_id = (current_setting('app.tenant_id'::text, true))::uuid) OR (sharing <> 'private'::text))`.
 * They only need to split top-level `OR`s and make the text readable; the live canary test is the proof.
 */

/** Removes parentheses that wrap the whole expression. */
export function stripOuterParens(expression: string): string {
  let text = expression.trim();
  while (text.startsWith('(') && text.endsWith(')') && closingParen(text, 0) === text.length - 1) {
    text = text.slice(1, -1).trim();
  }
  return text;
}

/** Index of the parenthesis closing the one at `open`, skipping string literals. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The disjuncts of a top-level `OR` (one element when there is none). */
export function splitTopLevelOr(expression: string): string[] {
  const text = stripOuterParens(expression);
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && text.startsWith(' OR ', i)) {
      parts.push(text.slice(start, i));
      start = i + 4;
    }
  }
  parts.push(text.slice(start));
  return parts.map(stripOuterParens);
}

/** Readable form: no `::text`-style casts on literals, no wrapping parentheses. */
export function readable(expression: string): string {
  return stripOuterParens(expression.replace(/('(?:[^']|'')*')::[a-z ]+(\[\])?/g, '$1'));
}
