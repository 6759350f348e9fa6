/**
 * Lines inside Markdown code fences in a source file (1-based, the fence lines excluded): a sample shown to users
 * (`message='```python … ```'` in a UI component, a prompt's example, a README rendered from a string) is text
 * the app displays, not code it runs, so what it names is an example. A fence with no closing one marks nothing.
 * @example fencedLines('const doc = `\n```python\nclient = OpenAI(base_url="https://x")\n```\n`;') // Set { 3 }
 */
// A fence line: one that starts with the fence (```python, ```'/>), or a string that opens with one at the end
// of a line (message='```python). Code that looks for fences (`line.startswith("```")`) is neither.
const FENCE_LINE = /^\s*```|["'`]```[\w+.-]*\s*$/;
const ESCAPED_FENCE = '\\`\\`\\`';

export function fencedLines(text: string): Set<number> | undefined {
  const samples = sampleLines(text);
  const escaped = text.includes(ESCAPED_FENCE);
  if (!escaped && !text.includes('```')) return samples;
  const lines = text.split('\n');
  const fenced = new Set<number>(samples);
  let open: number | undefined;
  lines.forEach((written, index) => {
    // Inside a template literal the fence is written escaped (dyad's prompts: \`\`\`tsx … \`\`\`).
    const line = escaped ? written.replaceAll('\\`', '`') : written;
    // An even count of fences on one line (```inline```) opens nothing.
    if (!FENCE_LINE.test(line) || (line.split('```').length - 1) % 2 === 0) return;
    if (open === undefined) open = index + 1;
    else {
      for (let inside = open + 1; inside <= index; inside++) fenced.add(inside);
      open = undefined;
    }
  });
  return fenced.size ? fenced : undefined;
}

/**
 * A string a name calls an example, a snippet, a sample or a demo, opened by a backtick or three quotes at the end of
 * an assignment: code shown to users (lunary's onboarding page, `const telemetryExample = \`import { openai } …
 * openai("gpt-5")`), not code the app runs.
 */
const SAMPLE_OPEN = /\b\w*(?:example|snippet|sample|demo)\w*\s*(?::\s*\w+\s*)?[=:]\s*(?:\w+\s*)?(`|"""|''')/i;

/** The 1-based lines of strings named as examples (`SAMPLE_OPEN`), from the opening line to the closing one. */
function sampleLines(text: string): Set<number> | undefined {
  // The opening itself, once over the file: most files that say "example" assign no string to such a name.
  if (!SAMPLE_OPEN.test(text)) return undefined;
  return stringBlockLines(text.split('\n'), SAMPLE_OPEN);
}

/**
 * The 1-based lines of the strings `opener` opens (its first group is the quote: a backtick or three quotes), from the
 * opening line to the closing one; a string closed on its opening line marks nothing. Shared by the named samples here
 * and the prompts of `promptText.ts`.
 */
export function stringBlockLines(lines: readonly string[], opener: RegExp): Set<number> | undefined {
  let found: Set<number> | undefined;
  for (let index = 0; index < lines.length; index++) {
    const open = opener.exec(lines[index]!);
    if (!open) continue;
    const quote = open[1]!;
    const rest = lines[index]!.slice(open.index + open[0].length);
    // Closed on its own line: a one-line string, nothing to mark beyond it.
    if (closes(rest, quote)) continue;
    let end = index + 1;
    while (end < lines.length && !closes(lines[end]!, quote)) end++;
    if (end >= lines.length) break;
    found ??= new Set();
    for (let line = index + 1; line <= end + 1; line++) found.add(line);
    index = end;
  }
  return found;
}

/** Whether a line holds the closing `quote` (not one escaped with a backslash). */
function closes(line: string, quote: string): boolean {
  for (let at = line.indexOf(quote); at >= 0; at = line.indexOf(quote, at + 1))
    if (line.charAt(at - 1) !== '\\') return true;
  return false;
}

/** `text` with the given 1-based lines blanked (same lengths, so positions stay those of the file). */
export function blankLines(text: string, lines: ReadonlySet<number>): string {
  return text
    .split('\n')
    .map((line, index) => (lines.has(index + 1) ? ' '.repeat(line.length) : line))
    .join('\n');
}
