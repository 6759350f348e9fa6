import { stringBlockLines } from './fences.js';

/**
 * Lines of a prompt the app sends a model (1-based, from the string's opening line to its closing one): a multi-line
 * template literal or triple-quoted string in a file of prompts (under a `prompts/` folder, or named `…prompt.ts`,
 * `prompts.py`), or one bound to a name that calls it a prompt (`SYSTEM_PROMPT = \``, `systemPrompt: """`). What it
 * names teaches a model how to write code (dyad's `src/prompts/supabase_prompt.ts`: Supabase Auth's login page, SQL
 * with row-level security policies); it is text, not code the app runs.
 * @example promptLines('export const SYSTEM_PROMPT = `\nCREATE POLICY p ON t USING (true);\n`;', 'src/a.ts') // Set { 1, 2, 3 }
 */
export function promptLines(text: string, file: string): Set<number> | undefined {
  const promptFile = PROMPT_FILE.test(file);
  // Most files neither hold prompts nor name one: the file is not split into lines.
  if (!promptFile && !PROMPT_NAME.test(text)) return undefined;
  return stringBlockLines(text.split('\n'), promptFile ? STRING_OPEN : NAMED_OPEN);
}

// A folder of prompts, or a file named for them (`supabase_prompt.ts`, `prompts.py`, `systemPrompts.js`).
const PROMPT_FILE =
  /(?:^|\/)prompts?\/|(?:^|\/)(?:[\w-]*[_-])?prompts?\.(?:[cm]?[jt]sx?|py)$|[a-z]Prompts?\.[cm]?[jt]sx?$/;

// A string opened at the end of a line, after an assignment, a `return`, an argument or a branch: its content starts on
// the next line. Code that opens a string mid-line and closes it on the same one is left alone.
const STRING_OPEN = /(?:[=(,:?]|\breturn)\s*(?:[frbu]{1,2}(?=["']))?(`|"""|''')\s*\\?$/i;

// The same string bound to a name that calls it a prompt: `SYSTEM_PROMPT = `, `systemPrompt: `, `prompt_template = f"""`.
// Matched from the word `prompt` on, with no `\w*` before it: on a line of one long word (a 600 KB literal) that would
// be tried from every position.
const NAMED_OPEN =
  /(?:prompt|PROMPT|Prompt)\w*\s*(?::\s*[\w.[\]|]+\s*)?[=:]\s*(?:[frbu]{1,2}(?=["']))?(`|"""|''')\s*\\?$/;
const PROMPT_NAME = new RegExp(NAMED_OPEN.source, 'm');
