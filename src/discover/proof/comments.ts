import type { FileKind } from '../scan/fileKind.js';

/** Comment syntax of a family of languages. */
interface Syntax {
  slash: boolean;
  hash: boolean;
  /** Python: `'''`/`"""` strings; one that opens a line is a docstring, which counts as a comment. */
  triple: boolean;
  /** Backquoted strings (JS template literals, Go raw strings). */
  backquote: boolean;
  /** Ruby `=begin`/`=end` blocks. */
  rubyBlock: boolean;
  /** Single quotes start strings (not in Rust, where `'a` is a lifetime). */
  singleQuote: boolean;
  /** `#` starts a comment only at a line's start or after a blank (YAML, shell, env files, Dockerfiles). */
  hashAfterBlank?: boolean;
}

const SLASH: Syntax = {
  slash: true,
  hash: false,
  triple: false,
  backquote: true,
  rubyBlock: false,
  singleQuote: true,
};
const SYNTAX: Partial<Record<FileKind, Syntax>> = {
  js: SLASH,
  go: SLASH,
  jvm: SLASH,
  rust: { ...SLASH, backquote: false, singleQuote: false },
  swift: { ...SLASH, backquote: false, singleQuote: false },
  // C#'s `'x'` is a character literal, quoted like a string; it has no backquoted strings.
  csharp: { ...SLASH, backquote: false },
  python: { ...SLASH, slash: false, hash: true, triple: true, backquote: false },
  ruby: { ...SLASH, slash: false, hash: true, backquote: false, rubyBlock: true },
  env: { ...SLASH, slash: false, hash: true, backquote: false, hashAfterBlank: true },
  yaml: { ...SLASH, slash: false, hash: true, backquote: false, hashAfterBlank: true },
  toml: { ...SLASH, slash: false, hash: true, backquote: false, hashAfterBlank: true },
  config: { ...SLASH, slash: false, hash: true, backquote: false, hashAfterBlank: true },
  shell: { ...SLASH, slash: false, hash: true, backquote: false, hashAfterBlank: true },
  dockerfile: {
    ...SLASH,
    slash: false,
    hash: true,
    backquote: false,
    singleQuote: false,
    hashAfterBlank: true,
  },
  terraform: { ...SLASH, hash: true, backquote: false },
  prisma: { ...SLASH, backquote: false, singleQuote: false },
};

const NL = 10;
const SLASH_BYTE = 47;
const STAR = 42;
const HASH = 35;
const BACKSLASH = 92;
const SPACE = 32;
const TAB = 9;

/** True for a byte that may end the whitespace before a line's first token. */
const blank = (byte: number) => byte === SPACE || byte === TAB || byte === 13;

/** True when everything between the last newline before `at` and `at` is blank. */
function opensLine(bytes: Uint8Array, at: number): boolean {
  for (let i = at - 1; i >= 0 && bytes[i] !== NL; i--) if (!blank(bytes[i]!)) return false;
  return true;
}

// ( , = [ { +
const EXPRESSION_BEFORE = new Set([40, 44, 61, 91, 123, 43]);

/**
 * A triple-quoted string that opens its line and does not continue an expression (after `(`, `,`, `=`,
 * `[`, `{` or `+`): a docstring or a bare string statement, so a comment in all but name.
 */
function isDocstring(bytes: Uint8Array, at: number): boolean {
  if (!opensLine(bytes, at)) return false;
  let i = at - 1;
  while (i >= 0 && (blank(bytes[i]!) || bytes[i] === NL)) i--;
  return i < 0 || !EXPRESSION_BEFORE.has(bytes[i]!);
}

function startsWith(bytes: Uint8Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/**
 * Marks every byte inside a comment (line and block comments, Python docstrings, Ruby `=begin` blocks),
 * skipping over strings so that `"http://x"` or `'#'` open none. Works on UTF-8 bytes: every delimiter is
 * ASCII, and no byte of a multi-byte character is. Returns undefined when the kind has no comments.
 * @example commentMask(Buffer.from('a // b'), 'js') // bytes 2..5 set
 */
export function commentMask(bytes: Uint8Array, kind: FileKind): Uint8Array | undefined {
  const syntax = SYNTAX[kind];
  if (!syntax) return undefined;
  const mask = new Uint8Array(bytes.length);
  const length = bytes.length;
  let i = 0;
  const fill = (from: number, to: number) => mask.fill(1, from, Math.min(to, length));
  while (i < length) {
    const byte = bytes[i]!;
    if (syntax.slash && byte === SLASH_BYTE && bytes[i + 1] === SLASH_BYTE) {
      const end = bytes.indexOf(NL, i);
      const stop = end < 0 ? length : end;
      fill(i, stop);
      i = stop;
    } else if (syntax.slash && byte === SLASH_BYTE && bytes[i + 1] === STAR) {
      let end = i + 2;
      while (end < length && !(bytes[end] === STAR && bytes[end + 1] === SLASH_BYTE)) end++;
      fill(i, end + 2);
      i = end + 2;
    } else if (
      syntax.hash &&
      byte === HASH &&
      (!syntax.hashAfterBlank || i === 0 || blank(bytes[i - 1]!) || bytes[i - 1] === NL)
    ) {
      const end = bytes.indexOf(NL, i);
      const stop = end < 0 ? length : end;
      fill(i, stop);
      i = stop;
    } else if (
      syntax.rubyBlock &&
      byte === 61 &&
      (i === 0 || bytes[i - 1] === NL) &&
      startsWith(bytes, i, '=begin')
    ) {
      let end = i;
      while (end < length && !((bytes[end - 1] === NL || end === 0) && startsWith(bytes, end, '=end'))) end++;
      const close = bytes.indexOf(NL, end);
      const stop = close < 0 ? length : close;
      fill(i, stop);
      i = stop;
    } else if (
      syntax.triple &&
      (byte === 34 || byte === 39) &&
      bytes[i + 1] === byte &&
      bytes[i + 2] === byte
    ) {
      let end = i + 3;
      while (end < length && !(bytes[end] === byte && bytes[end + 1] === byte && bytes[end + 2] === byte)) {
        if (bytes[end] === BACKSLASH) end++;
        end++;
      }
      if (isDocstring(bytes, i)) fill(i, end + 3);
      i = end + 3;
    } else if (byte === 34 || (byte === 39 && syntax.singleQuote) || (byte === 96 && syntax.backquote)) {
      // A string: skip to its closing quote; an ordinary string ends at a newline if left open.
      let end = i + 1;
      while (end < length && bytes[end] !== byte && (byte === 96 || bytes[end] !== NL)) {
        if (bytes[end] === BACKSLASH) end++;
        end++;
      }
      i = end + 1;
    } else i++;
  }
  return mask;
}

/** The bytes of `[start, end)` with the masked (or, with `keep`, the unmasked) ones blanked out. */
export function maskedLine(
  bytes: Uint8Array,
  mask: Uint8Array,
  start: number,
  end: number,
  keep: 0 | 1,
): Uint8Array | undefined {
  let any = false;
  // A copy: `Buffer#slice` would share memory and blank the caller's bytes.
  const copy = Uint8Array.prototype.slice.call(bytes, start, end);
  for (let k = 0; k < copy.length; k++) {
    if (mask[start + k] === keep) any = true;
    else copy[k] = SPACE;
  }
  return any ? copy : undefined;
}

/**
 * A copy of `bytes` with every comment byte blanked (newlines kept, so lines and offsets stay put). Works a comment
 * at a time with native searches and fills: a loop over every byte ran unoptimised on a small tree.
 */
export function withoutComments(bytes: Uint8Array, mask: Uint8Array): Uint8Array {
  const copy = Uint8Array.prototype.slice.call(bytes);
  const length = copy.length;
  for (let start = mask.indexOf(1); start >= 0 && start < length; start = mask.indexOf(1, start)) {
    let end = mask.indexOf(0, start);
    if (end < 0 || end > length) end = length;
    copy.fill(SPACE, start, end);
    for (let nl = bytes.indexOf(NL, start); nl >= 0 && nl < end; nl = bytes.indexOf(NL, nl + 1))
      copy[nl] = NL;
    start = end;
  }
  return copy;
}
