import type { Problem } from '../errors/index.js';

/** Maps larger than this are refused before parsing: a map is hand-written, and a huge file is a mistake or an attack. */
export const MAX_MAP_BYTES = 8 * 1024 * 1024;

/** Line and column (1-based) of a byte offset in a buffer, counting LF and lone CR as line breaks. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += size;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Turns a map file's bytes into text, or a located problem: too large, binary (NUL bytes), not UTF-8, or empty.
 * Strips a byte-order mark; CRLF is left to the YAML parser, which handles it.
 */
export function decodeMapText(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  if (bytes.length > MAX_MAP_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      problem: {
        location: { file, line: 1, col: 1 },
        message: `the file is ${mb} MB, over the ${MAX_MAP_BYTES / 1024 / 1024} MB limit for a map file`,
        hint: 'a map is written by hand; split a large organisation into a folder of files under trustmap/',
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      problem: {
        location: { file, ...positionOfByte(bytes, nul) },
        message: 'the file is binary (it contains a NUL byte), not YAML text',
        hint: 'point trustmap at your trustmap.yaml',
      },
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return {
      problem: {
        location: { file, ...positionOfByte(bytes, Math.max(bad, 0)) },
        message: 'the file is not valid UTF-8',
        hint: 'save the map as UTF-8',
      },
    };
  }
  if (text.trim() === '') {
    return {
      problem: {
        location: { file, line: 1, col: 1 },
        message: 'the map is empty',
        hint: 'run `trustmap init` to write a starter map',
      },
    };
  }
  return { text };
}
