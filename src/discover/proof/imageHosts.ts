/**
 * Where a page may load images from: Next.js's `images.remotePatterns` and `images.domains`, and the same settings
 * of Nuxt Image and Astro (`image: { domains, remotePatterns }`). A host listed there lets the browser show a picture
 * kept on it; the app sends it nothing (chat-llamaindex allows `*.public.blob.vercel-storage.com` and never imports
 * `@vercel/blob`: proposed as a sub-processor receiving customer documents).
 */
const IMAGE_LIST = /\b(?:remotePatterns|images?\s*:\s*\{[^{}]*?\bdomains)\s*:\s*\[/g;

/**
 * The 1-based lines inside an image allow-list (see {@link IMAGE_LIST}), the list's own first line included: what
 * they name is data. Undefined when the file has none.
 * @example imageHostLines('images: {\n  remotePatterns: [\n    { hostname: "x.blob.vercel-storage.com" },\n  ],\n}') // Set { 2, 3, 4 }
 */
export function imageHostLines(text: string): Set<number> | undefined {
  if (!text.includes('remotePatterns') && !text.includes('domains')) return undefined;
  const lines = new Set<number>();
  IMAGE_LIST.lastIndex = 0;
  for (const match of text.matchAll(IMAGE_LIST)) {
    const open = match.index + match[0].length - 1;
    let depth = 0;
    let end = open;
    for (; end < text.length; end++) {
      if (text[end] === '[') depth++;
      else if (text[end] === ']' && --depth === 0) break;
    }
    // An unclosed list marks nothing.
    if (end === text.length) continue;
    for (let line = lineOf(text, open), last = lineOf(text, end); line <= last; line++) lines.add(line);
  }
  return lines.size ? lines : undefined;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
