/**
 * Column widths for Word tables, in twentieths of a point (twips). Word's automatic layout squeezes a column
 * until it breaks words mid-word; we give each column at least the width of its longest word and share the rest
 * by how much text the column holds.
 */

/** A4 with 2 cm margins: 11906 − 2 × 1134 twips of text width. */
export const TEXT_WIDTH = 9638;

/** Average width of a character of 9 pt Arial in twips, rounded up so estimates err on the wide side. */
const CHAR = 105;
/** Left and right cell margins Word adds by default. */
const PADDING = 230;
/** No column is narrower than this, so short columns still read. */
const MIN = 700;

/** Longest run of characters a line cannot break inside: Word breaks at spaces, after hyphens, and at the
 * zero-width spaces the renderer puts after slashes. */
const longestWord = (text: string) =>
  Math.max(0, ...text.split(/[\s/\u200B]|(?<=-)/).map((word) => word.length));

/**
 * Widths that add up to `total` for rows of cell texts (the header first).
 * @example columnWidths([['Control', 'Finding'], ['TM-VEND-01', 'a long message …']])
 */
export function columnWidths(rows: readonly (readonly string[])[], total = TEXT_WIDTH): number[] {
  const count = Math.max(...rows.map((row) => row.length));
  const minimum: number[] = [];
  const weight: number[] = [];
  for (let column = 0; column < count; column += 1) {
    const texts = rows.map((row) => row[column] ?? '');
    // The header is bold, about a tenth wider than body text.
    const widest = Math.max(longestWord(texts[0] ?? '') * 1.1, ...texts.slice(1).map(longestWord));
    minimum.push(Math.max(MIN, Math.ceil(widest * CHAR + PADDING)));
    // Square root: a column of long prose should be wider, but not take everything from its neighbours.
    weight.push(
      Math.sqrt(texts.reduce((sum, text) => sum + Math.min(text.length, 400), 0) / texts.length + 1),
    );
  }
  const floor = minimum.reduce((sum, width) => sum + width, 0);
  const fill = (widths: number[]) => {
    widths[widths.length - 1] =
      (widths.at(-1) as number) + total - widths.reduce((sum, width) => sum + width, 0);
    return widths;
  };
  if (floor >= total) return fill(minimum.map((width) => Math.floor((width / floor) * total)));
  const spare = total - floor;
  const weights = weight.reduce((sum, value) => sum + value, 0);
  const widths = minimum.map((width, column) =>
    Math.floor(width + (spare * (weight[column] as number)) / weights),
  );
  widths[widths.length - 1] =
    (widths.at(-1) as number) + total - widths.reduce((sum, width) => sum + width, 0);
  return widths;
}
