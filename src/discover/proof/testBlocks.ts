import { lineAt, lineStarts } from '../scan/hits.js';

const RUST_TEST_MODULE = /#\[cfg\(test\)\]\s*(?:#\[[^\]\n]*\]\s*)*(?:pub(?:\([^)\n]*\))?\s+)?mod\s+\w+\s*\{/g;

/**
 * Lines of Rust test modules (`#[cfg(test)] mod tests { … }`, 1-based): Rust keeps unit tests in the file they
 * test, so what they name (Tabby's `#[ignore]`d test reading `JINA_API_KEY`) is a test, not the app's code. The
 * module ends at its matching brace (braces in strings pair up in practice: `"{}"`).
 * @example rustTestLines('fn main() {}\n#[cfg(test)]\nmod tests {\n  fn t() {}\n}\n') // Set { 2, 3, 4, 5 }
 */
export function rustTestLines(text: string): Set<number> | undefined {
  if (!text.includes('#[cfg(test)]')) return undefined;
  const starts = lineStarts(text);
  const lines = new Set<number>();
  for (const match of text.matchAll(RUST_TEST_MODULE)) {
    let depth = 1;
    let at = match.index + match[0].length;
    for (; at < text.length && depth > 0; at++) {
      if (text[at] === '{') depth++;
      else if (text[at] === '}') depth--;
    }
    const first = lineAt(starts, match.index).line;
    const last = lineAt(starts, Math.min(at, text.length) - 1).line;
    for (let line = first; line <= last; line++) lines.add(line);
  }
  return lines.size ? lines : undefined;
}
