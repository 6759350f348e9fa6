import { escapeHtmlText } from '../../core/encode.js';

/** Escapes any value for HTML element content and quoted attribute values (the shared encoder). */
export function escapeHtml(value: unknown): string {
  return escapeHtmlText(String(value ?? ''));
}

/** Trusted HTML: what `html` does not escape again. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks an already-safe HTML string (output of `html`, a rendered SVG) so `html` keeps it as is. */
export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

function part(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(value);
}

/**
 * A tagged template that escapes every interpolated value unless it is `SafeHtml` (or an array of them).
 * @example html`<td>${control.title}</td>` // title escaped
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  for (const [index, value] of values.entries()) out += part(value) + (strings[index + 1] ?? '');
  return new SafeHtml(out);
}
