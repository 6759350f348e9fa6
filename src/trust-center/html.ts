import { escapeHtmlText } from '../core/encode.js';
/** Markup that is already safe to emit. Only `html`, `raw` and `joinHtml` make one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * Escapes text for both HTML text and quoted attribute values (and for XML, which shares the rules): the
 * shared encoder of `src/core/encode.ts`, under the name this folder uses.
 * @example escapeHtml('<b>"x"</b>') // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export const escapeHtml = escapeHtmlText;

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template that escapes every interpolation unless it is `SafeHtml` (nested `html`, or `raw`).
 * Arrays are joined; `null`, `undefined` and `false` render as nothing, so conditionals read naturally.
 * Attribute values must be quoted in the template (`href="${url}"`): escaping covers quoted attributes.
 * @example html`<p title="${name}">${name}</p>` // name '<script>' becomes '&lt;script&gt;'
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks trusted markup (our own constants, never map content) as safe. */
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
