/**
 * Lines inside Markdown code fences in a source file (1-based, the fence lines excluded): a sample shown to users
 * (`message='```python … ```'` in a UI component, a prompt's example, a README rendered from a string) is text
 * the app displays, not code it runs, so what it names is an example. A fence with no closing one marks nothing.
 * @example fencedLines('const doc = `\n```python\nclient = OpenAI(base_url="https://x")\n```\n`;') // Set { 3 }
 */
// A fence line: one that starts with the fence (```python, ```'/>), or a string that opens with one at the end
// of a line (message='```python). Code that looks for fences (`line.startswith("```")`) is neither.
const FENCE_LINE = /^\s*```|["'`]```[\w+.-]*\s*$/;

export function fencedLines(text: string): Set<number> | undefined {
  if (!text.includes('```')) return undefined;
  const lines = text.split('\n');
  const fenced = new Set<number>();
  let open: number | undefined;
  lines.forEach((line, index) => {
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

/** `text` with the given 1-based lines blanked (same lengths, so positions stay those of the file). */
export function blankLines(text: string, lines: ReadonlySet<number>): string {
  return text
    .split('\n')
    .map((line, index) => (lines.has(index + 1) ? ' '.repeat(line.length) : line))
    .join('\n');
}
