/** Chunks of about this many characters fit eight of them, plus the question, in a small prompt. */
const CHUNK_CHARS = 1_500;
const OVERLAP_CHARS = 200;

/**
 * Splits a document into overlapping chunks on paragraph boundaries where possible, so a fact that
 * straddles two chunks is still retrievable from one of them.
 *
 * @example
 * chunkText('First paragraph.\n\nSecond paragraph.') // ['First paragraph.\n\nSecond paragraph.']
 */
export function chunkText(text: string): string[] {
  const normalised = text.replace(/\r\n/g, '\n').trim();
  if (normalised.length === 0) return [];
  const chunks: string[] = [];
  let start = 0;
  while (start < normalised.length) {
    let end = Math.min(start + CHUNK_CHARS, normalised.length);
    if (end < normalised.length) {
      const paragraph = normalised.lastIndexOf('\n\n', end);
      if (paragraph > start + CHUNK_CHARS / 2) end = paragraph;
    }
    chunks.push(normalised.slice(start, end).trim());
    if (end >= normalised.length) break;
    start = Math.max(end - OVERLAP_CHARS, start + 1);
  }
  return chunks.filter((chunk) => chunk.length > 0);
}
