import type { Keyword } from '../catalog/compile.js';
import { buildKeywordTable, type KeywordTable } from './keywordTable.js';

/** Lines of a file that contain at least one keyword: 1-based numbers and byte ranges. */
export interface CandidateLines {
  lines: number[];
  starts: number[];
  ends: number[];
}

/** A compiled multi-keyword matcher over raw bytes. */
export interface KeywordScanner {
  /** Finds the lines holding a keyword at word boundaries, in one pass over the bytes. */
  scan(bytes: Uint8Array): CandidateLines;
  readonly keywordCount: number;
}

const isAlnum = (byte: number) =>
  (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122);

/**
 * Builds an Aho-Corasick automaton over the keywords, ASCII case-insensitive.
 * Why: a RegExp alternation of ~1,000 literals backtracks per position; this stays one table lookup per
 * byte however many providers the catalog holds, which is what makes 500 MB scans take seconds.
 * @example buildKeywordScanner([{ text: 'openai', prefix: false }]).scan(Buffer.from('import OpenAI'))
 */
export function buildKeywordScanner(keywords: readonly Keyword[]): KeywordScanner {
  return keywordScannerOf(buildKeywordTable(keywords));
}

/**
 * The scanner over an automaton already built (or read back from the build's table file).
 * @example keywordScannerOf(buildKeywordTable(keywords)).scan(bytes).lines
 */
export function keywordScannerOf(automaton: KeywordTable): KeywordScanner {
  const { byteClass, classCount, table, outStart, outList, lengths, prefixes, depth, text, starts } =
    automaton;

  // `at` is where the automaton stopped: the keyword's last byte, or its `depth`-th for a longer keyword, whose
  // rest is compared here (ASCII case-insensitive: keywords are stored in lower case).
  const matchesAt = (bytes: Uint8Array, at: number, offset: number): boolean => {
    const state = offset / classCount;
    candidates: for (let q = outStart[state]!, last = outStart[state + 1]!; q < last; q++) {
      const index = outList[q]!;
      const length = lengths[index]!;
      const read = Math.min(length, depth);
      const start = at - read + 1;
      const end = start + length - 1;
      if (end >= bytes.length) continue;
      for (let k = read, from = starts[index]!; k < length; k++) {
        const byte = bytes[start + k]!;
        if ((byte >= 65 && byte <= 90 ? byte + 32 : byte) !== text[from + k]) continue candidates;
      }
      if (start > 0 && isAlnum(bytes[start - 1]!)) continue;
      if (!prefixes[index] && end + 1 < bytes.length && isAlnum(bytes[end + 1]!)) continue;
      return true;
    }
    return false;
  };

  return {
    keywordCount: lengths.length,
    scan(bytes) {
      const result: CandidateLines = { lines: [], starts: [], ends: [] };
      const length = bytes.length;
      let offset = 0;
      let line = 1;
      let counted = 0;
      for (let i = 0; i < length; i++) {
        offset = table[offset + byteClass[bytes[i]!]!]!;
        if (offset >= 0) continue;
        offset = ~offset;
        if (matchesAt(bytes, i, offset)) {
          const start = bytes.lastIndexOf(10, i) + 1;
          let end = bytes.indexOf(10, i);
          if (end < 0) end = length;
          for (let k = counted; k < start; k++) if (bytes[k] === 10) line++;
          counted = start;
          result.lines.push(line);
          result.starts.push(start);
          result.ends.push(end);
          // The rest of the line is already a candidate; resume after it.
          i = end;
          offset = 0;
        }
      }
      return result;
    },
  };
}
