/**
 * Finds where a YAML text nests deeper than `max` levels, with one linear pass and no parser.
 * The YAML parser recurses per level; on hostile input (`[[[[…`, `- - - - …`) it can exhaust the stack deep
 * inside V8, where not every failure is a catchable error, so we refuse such text before parsing.
 * The count is an upper-bound estimate: block indentation levels, sequence/mapping indicators on a line, and
 * open flow collections, ignoring quoted text and comments.
 * @returns the offset of the first character past the limit, or -1.
 */
export function findExcessiveNesting(text: string, max: number): number {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  while (i < text.length) {
    // Start of a line: measure indentation and leading block indicators.
    let indent = 0;
    while (text[i] === ' ') {
      indent++;
      i++;
    }
    if (flow === 0 && text[i] !== '\n' && text[i] !== '\r' && text[i] !== '#' && i < text.length) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let indicators = 0;
    while ((text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
      indicators++;
      i += 2;
      while (text[i] === ' ') i++;
    }
    let atNodeStart = true;
    let quote = '';
    for (; i < text.length && text[i] !== '\n'; i++) {
      const c = text[i]!;
      if (quote) {
        // In double quotes a backslash escapes the next character, whatever it is: `"\\"` ends at its third
        // character. Looking back one character instead read it as still open, and the rest of the line
        // (say `[[[[…`) went uncounted.
        if (quote === '"' && c === '\\') i++;
        else if (c === quote) quote = '';
        continue;
      }
      if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
        while (i < text.length && text[i] !== '\n') i++;
        break;
      }
      if ((c === '"' || c === "'") && atNodeStart) quote = c;
      else if ((c === '[' || c === '{') && (atNodeStart || flow > 0)) flow++;
      else if ((c === ']' || c === '}') && flow > 0) flow--;
      if (indents.length + indicators + flow > max) return i;
      if (c === ':' || c === ',' || c === '[' || c === '{' || c === '-') atNodeStart = true;
      else if (c !== ' ' && c !== '\t' && c !== '\r') atNodeStart = false;
    }
    if (indents.length + indicators + flow > max) return Math.min(i, text.length - 1);
    i++;
  }
  return -1;
}
