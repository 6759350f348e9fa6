/** WCAG 2.1 contrast helpers for brand colours written as `#rrggbb`. */

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG defines it. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Contrast ratio between two colours, from 1 to 21.
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** AA for normal text. */
export const AA_TEXT = 4.5;

/**
 * The colour itself when it reaches `ratio` against `background`, else the same hue darkened (on a light
 * background) or lightened (on a dark one, for dark mode) step by step until it does. Used for brand colours
 * that appear as text or behind text.
 * @example readableOn('#ffcc00', '#ffffff') // a darker amber with at least 4.5:1 on white
 * @example readableOn('#1f4e79', '#12161f') // a lighter blue readable on a dark page
 */
export function readableOn(color: string, background = '#ffffff', ratio = AA_TEXT): string {
  const lighten = luminance(background) < 0.2;
  let rgb = channels(color);
  let current = toHex(rgb);
  for (let step = 0; step < 100 && contrastRatio(current, background) < ratio; step++) {
    rgb = rgb.map((c) => (lighten ? c + (255 - c) * 0.08 : c * 0.95)) as [number, number, number];
    current = toHex(rgb);
  }
  return current;
}
