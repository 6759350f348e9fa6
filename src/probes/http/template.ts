/** Replaces `{{name}}` in every string of a JSON-like value; unknown names are left as they are. */
export function fillTemplate(value: unknown, vars: Record<string, string>, encode = false): unknown {
  if (typeof value === 'string') {
    return value.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (whole, name: string) => {
      const replacement = vars[name];
      if (replacement === undefined) return whole;
      return encode ? encodeURIComponent(replacement) : replacement;
    });
  }
  if (Array.isArray(value)) return value.map((item) => fillTemplate(item, vars, encode));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillTemplate(item, vars, encode)]),
    );
  }
  return value;
}
