/**
 * The title a README gives the product: its first heading outside code blocks (`# Make Real`, `## Make Real`, a
 * Setext heading, an HTML `<h1>`), without images, links, emoji and a subtitle after a dash, colon or parenthesis
 * (`LocalGPT - Private Document Intelligence Platform` → `LocalGPT`). Undefined where it has none in Latin letters.
 * Pure.
 * @example readmeTitle('## Make Real\n\nTry it out') // 'Make Real'
 */
export function readmeTitle(text: string): string | undefined {
  // Shell comments in code blocks (`# on linux or macos`) read as headings: blanked first.
  const prose = text
    .slice(0, 20_000)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    // A heading is short: long lines cut first, so the lazy heading pattern stays linear on hostile text.
    .replace(/^([^\n]{300})[^\n]+/gm, '$1');
  const heading =
    /^#{1,3}[ \t]+(.+?)[ \t#]*$|^([^\n<>#]+)\n(?:=+|-{3,})[ \t]*$|<h[12][^>]*>([\s\S]{1,300}?)<\/h[12]>/im.exec(
      prose,
    );
  const raw = heading?.[1] ?? heading?.[2] ?? heading?.[3];
  if (!raw) return undefined;
  const title = raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s.&'+-]/gu, ' ')
    .split(/\s[-–—:|]\s|\s\(|:\s/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  // A step or a section of a tutorial is no product's title ("Step 1: Setting Up Your Next.js Application").
  if (
    /^(?:step|part|chapter|section)\s*\d|^(?:introduction|overview|getting started|installation|setup|table of contents|quick ?start|demo|features|usage)\b/i.test(
      title,
    )
  )
    return undefined;
  return /[A-Za-z]/.test(title) && title.length <= 60 ? title : undefined;
}

/** A name's words (`draw-a-ui` → draw, a, ui; `LocalGPT` → local, gpt) and the name squashed to letters and digits. */
function wordsOf(name: string): { words: Set<string>; squashed: string } {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return {
    words: new Set(spaced.split(/[^a-z0-9]+/).filter((word) => word.length >= 3)),
    squashed: spaced.replace(/[^a-z0-9]/g, ''),
  };
}

/**
 * Folder names that say nothing of the product: a copy checked out as `app` or `repo` agrees with any title holding
 * those letters (pinecone-vercel-starter, copied to `app`, was named "Step 1 Setting Up Your Next.js Application").
 */
const GENERIC_FOLDERS = new Set([
  'app',
  'apps',
  'repo',
  'src',
  'code',
  'project',
  'main',
  'web',
  'site',
  'service',
]);

/** Whether two names name the same thing: a word in common, or one squashed within the other (five letters or more). */
export function sameName(a: string, b: string): boolean {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (!left.squashed || !right.squashed) return false;
  if (GENERIC_FOLDERS.has(left.squashed) || GENERIC_FOLDERS.has(right.squashed)) return false;
  const within = (outer: string, inner: string) => inner.length >= 5 && outer.includes(inner);
  return (
    [...left.words].some((word) => right.words.has(word)) ||
    within(left.squashed, right.squashed) ||
    within(right.squashed, left.squashed)
  );
}
