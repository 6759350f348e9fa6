import type { ProviderHit } from '../scan/hits.js';
import { DEFAULT_CHOICE_DETAIL } from './providerTypes.js';

/** How a proof says a vendor is a request body's field default, not the app's default choice. */
export const REQUEST_FIELD_DETAIL = "a request body's field default";

/**
 * A Python class that is one API call's body or reply (`ChatRequest`, `SummaryPayload`, `CompletionBody`,
 * `ModelResponse`): its field defaults are what a caller leaves out of one request, not the configuration's default.
 */
const REQUEST_CLASS = /(?:Request|Response|Payload|Body|Params|Input)$/;
const PY_CLASS_LINE = /^[ \t]*class\s+(\w+)\s*[(:]/;
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/**
 * The name of the Python class whose body holds line `line` (1-based) of `lines`, if the line is a field of one: the
 * first line above with less indentation, read as a class header.
 * @example enclosingClass(['class ChatRequest(BaseModel):', '    provider: str = "openai"'], 2) // 'ChatRequest'
 */
export function enclosingClass(lines: readonly string[], line: number): string | undefined {
  const own = lines[line - 1];
  if (own === undefined) return undefined;
  const depth = indentOf(own);
  if (depth === 0) return undefined;
  for (let i = line - 2; i >= 0 && line - i < 400; i--) {
    const above = lines[i]!;
    if (above.trim() === '' || above.trimStart().startsWith('#')) continue;
    if (indentOf(above) < depth) return PY_CLASS_LINE.exec(above)?.[1];
  }
  return undefined;
}

/**
 * Marks a vendor given as a field's default in a request or reply model (`class ChatRequest(BaseModel): provider: str =
 * "openai"`) as such (`REQUEST_FIELD_DETAIL`): what one request uses when its caller names no provider, not the
 * configuration's default choice, which made the vendor "every request reaches it unless an operator configures
 * another". The proof still shows the code names it. Python only.
 */
export function markRequestFields(hits: ProviderHit[], codeText: string): void {
  let lines: string[] | undefined;
  for (const hit of hits) {
    const { signal, detail } = hit.evidence;
    // A model's name too (`model: str = Field(default="gpt-4o")`), which a setting saying "default" makes the default.
    if (!detail?.startsWith(DEFAULT_CHOICE_DETAIL) && !(signal === 'model-id' && !detail)) continue;
    lines ??= codeText.split('\n');
    const owner = enclosingClass(lines, hit.evidence.line);
    if (owner && REQUEST_CLASS.test(owner)) hit.evidence.detail = `${REQUEST_FIELD_DETAIL} (${owner})`;
  }
}
