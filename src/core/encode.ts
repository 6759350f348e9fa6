/**
 * Output encoding per format, in one place: what a value from a map, a repository or an answer library must go
 * through before it lands in a spreadsheet cell, a CSV file, a Markdown document or HTML.
 */
import { stringify } from 'csv-stringify/sync';

// Characters XML 1.0 cannot carry at all, even escaped (lone surrogates included): dropped rather than corrupt
// the document.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text or an attribute value written into XML (JUnit reports, workbook parts), dropping what XML cannot carry.
 * @example escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Cell starts that spreadsheet programs read as a formula (or DDE command), incl. full-width forms. */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * A text cell that a spreadsheet shows as text, never runs: a value starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe (OWASP's advice for CSV injection).
 * @example spreadsheetText('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function spreadsheetText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Rows as CSV text (RFC 4180). A field is quoted when it holds the delimiter, a quote or any line break, `\n` or
 * `\r`, whatever the file's own line ending: given a record delimiter, csv-stringify quotes only that sequence by
 * default, so a source list joined by `\n` in a CRLF file would start a new row. Cells are written as given: pass
 * text that came from input through `spreadsheetText` first.
 * @example csvText([['a', 'b\nc']], { newline: '\r\n' }) // 'a,"b\nc"\r\n'
 */
export function csvText(
  rows: readonly (readonly string[])[],
  { delimiter = ',', newline = '\n' }: { delimiter?: string; newline?: '\n' | '\r\n' } = {},
): string {
  return stringify(rows as string[][], {
    delimiter,
    record_delimiter: newline,
    quote_record_delimiter: true,
  });
}

/**
 * Text for Markdown that renders without anything live: no HTML, no links, images, autolinks or @mentions, no
 * table breaks (emphasis may still show). Backtick code spans are kept as code (they render literally); a stray
 * backtick is escaped. Line breaks become spaces.
 * @example escapeMarkdownText('see [here](https://evil.example) @team') // 'see \\[here\\](https:&#8203;//evil.example) @&#8203;team'
 */
export function escapeMarkdownText(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ');
  let out = '';
  let last = 0;
  for (const span of flat.matchAll(/`[^`]{1,500}`/g)) {
    out += escapeOutsideCode(flat.slice(last, span.index));
    out += span[0];
    last = span.index + span[0].length;
  }
  return out + escapeOutsideCode(flat.slice(last));
}

function escapeOutsideCode(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Brackets make links, images and reference definitions; pipes break tables; a stray backtick opens code.
      .replace(/([\\`[\]|])/g, '\\$1')
      // A zero-width space (as an entity, so it survives) breaks @mentions, #references and autolinks.
      .replace(/@(?=[\w-])/g, '@&#8203;')
      .replace(/\b([a-z][a-z0-9+.-]{1,20}):(?=\/\/)/gi, '$1:&#8203;')
      .replace(/\bwww\\?\./gi, 'www&#8203;\\.')
  );
}

/** `escapeMarkdownText` for a table cell: backticks are escaped too, so every cell reads as plain text. */
export function markdownCell(text: string): string {
  return escapeOutsideCode(text.replace(/\r?\n|\r/g, ' '));
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Text for HTML text and quoted attributes (and XML); control characters invalid there are dropped.
 * @example escapeHtmlText('<b>"x"</b>') // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtmlText(text: string): string {
  return text
    .replace(/[&<>"'`]/g, (char) => HTML_ESCAPES[char]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '');
}
