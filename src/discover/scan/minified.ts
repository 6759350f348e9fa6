/** Longer than this, a source line may be a minified bundle's: build output with its dependencies inlined. */
export const MINIFIED_LINE = 5000;

/** Lines up to this length are code as people write it. */
const ORDINARY_LINE = 1000;

/** Below this share of the file's bytes on ordinary lines, the file is its long lines. */
const ORDINARY_SHARE = 0.1;

/** A name build tools give their output (`app.min.js`, `vendor.bundle.js`, `main.chunk.js`). */
const BUNDLE_NAME = /[.-](?:min|bundle|chunk)\.[cm]?js$/i;

/** What a bundler writes into its output and a person does not write by hand. */
const BUNDLE_MARKERS = [
  '__webpack_require__',
  '__webpack_modules__',
  'webpackChunk',
  '//# sourceMappingURL=',
  '/*! For license information',
];

/**
 * Whether a JavaScript or TypeScript file with a line over {@link MINIFIED_LINE} characters is a minified bundle, not
 * a file a person wrote: its name says so, a bundler's marker is in it, or its long lines are nearly all of it. A
 * bundle carries its dependencies' code (SDKs included) and proves nothing about the app's own use; a hand-written
 * module with one long literal is read like any other (jina reader's `serper-search.ts` holds a table of countries on
 * one 8,800-character line, and its Serper client was skipped with it).
 */
export function isMinifiedBundle(bytes: Uint8Array, name: string): boolean {
  if (BUNDLE_NAME.test(name)) return true;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (BUNDLE_MARKERS.some((marker) => buffer.includes(marker))) return true;
  let ordinary = 0;
  for (let start = 0; start < bytes.length; ) {
    const newline = buffer.indexOf(10, start);
    const end = newline < 0 ? bytes.length : newline;
    if (end - start <= ORDINARY_LINE) ordinary += end - start + 1;
    start = end + 1;
  }
  return ordinary < bytes.length * ORDINARY_SHARE;
}
