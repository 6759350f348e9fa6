import { escapeHtmlText } from './encode.js';

/**
 * Markup that is already safe to emit: what `html` does not escape again. One class for every renderer (the
 * static trust center, the server's pages and charts), so markup made by one is never escaped twice by another.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * Escapes any value for HTML text and quoted attribute values (and XML, which shares the rules): the shared
 * encoder of `encode.ts`.
 * @example escapeHtml('<b>"x"</b>') // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(value: unknown): string {
  return escapeHtmlText(String(value ?? ''));
}

function part(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(value);
}

/**
 * Tagged template that escapes every interpolation unless it is `SafeHtml` (nested `html`, or `raw`). Arrays
 * are joined; `null`, `undefined` and `false` render as nothing, so conditionals read naturally. Attribute
 * values must be quoted in the template (`href="${url}"`): escaping covers quoted attributes.
 * @example html`<p title="${name}">${name}</p>` // name '<script>' becomes '&lt;script&gt;'
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  for (const [index, value] of values.entries()) out += part(value) + (strings[index + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks trusted markup (our own constants, a rendered SVG; never map content) as safe. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A URL that is safe in an `href`: http(s), mailto, or a relative path. Anything else (say `javascript:`)
 * becomes undefined, so callers render text without a link.
 * @example safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return undefined;
  return trimmed;
}
