import type { CompiledCatalog } from '../catalog/compile.js';
import type { FileKind } from '../scan/fileKind.js';
import { lineAt, lineStarts, lineText, type ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import { slugProvider } from './integrations.js';

/** The detail of a model named where a vendor's own client class is built (`new ChatOpenAI({ model: "o1" })`). */
export const CONSTRUCTED_MODEL_DETAIL = "a model named where the vendor's client is built";

/** A class built with arguments: JavaScript's `new ChatOpenAI({`, Python's `ChatOpenAI(`. */
const JS_NEW = /\bnew\s+([A-Z][A-Za-z0-9]{2,60})\s*\(\s*\{/g;
const PY_CALL = /(?<![\w.])([A-Z][A-Za-z0-9]{2,60})\s*\(/g;
/** The model a call's options name as a literal (`model: "o1"`, `modelName: 'gpt-4o'`, `model="o1"`). */
const JS_MODEL = /(?:^|[{,\s])model(?:Name)?\s*:\s*["'`]([^"'`\s$]{2,80})["'`]/;
const PY_MODEL = /(?:^|[(,\s])model(?:_name)?\s*=\s*["']([^"'\s{]{2,80})["']/;
/** Options pointing the client elsewhere: then the model is another server's (a borrowed client), not the vendor's. */
const ELSEWHERE = /\b(?:base_?[uU][rR][lL]|basePath|configuration|endpoint|openai_api_base|api_base|host)\b/;
/** Class names that say a company or an English word, not one service (as `frameworkClasses.ts`). */
const VAGUE = new Set(['google', 'aws', 'azure', 'you', 'writer', 'together', 'huggingface']);

/**
 * The models a file names where it builds a model vendor's own client class with a literal model and nothing pointing
 * it elsewhere: social-media-agent builds `new ChatOpenAI({ model: "o1", streaming: false })` in seven files
 * (`group-tweets-by-content.ts:69`, `generate-report.ts:81`), no setting choosing it, and was proposed "when configured
 * as the model provider". Only classes of a vendor the file imports; `o1`, no model the catalog knows by its name alone,
 * counts here because the class names its vendor. Each is a `model-id` hit with `CONSTRUCTED_MODEL_DETAIL`, which
 * makes it a task of its own (`merge.ts`). Pure.
 * @example constructedModels('import { ChatOpenAI } from "@langchain/openai";\nnew ChatOpenAI({ model: "o1" });', 'js', 'a.ts', catalog, new Set(['openai']))
 */
export function constructedModels(
  text: string,
  kind: FileKind,
  file: string,
  catalog: CompiledCatalog,
  imported: ReadonlySet<string>,
): ProviderHit[] {
  if ((kind !== 'js' && kind !== 'python') || imported.size === 0) return [];
  const hits: ProviderHit[] = [];
  let starts: number[] | undefined;
  for (const match of text.matchAll(kind === 'js' ? JS_NEW : PY_CALL)) {
    const name = match[1]!;
    const provider =
      catalog.integrations.classes.get(name) ?? slugProvider(catalog.integrations.slugs, name, VAGUE, true);
    const entry = provider ? catalog.providers.get(provider) : undefined;
    if (!entry || !imported.has(entry.id) || (entry.category !== 'llm-api' && entry.serves !== 'models'))
      continue;
    const open = match.index + match[0].length;
    const close = text.indexOf(kind === 'js' ? '}' : ')', open);
    const options = text.slice(open, close < 0 ? open + 400 : Math.min(close, open + 400));
    const model = (kind === 'js' ? JS_MODEL : PY_MODEL).exec(options);
    if (!model || ELSEWHERE.test(options)) continue;
    starts ??= lineStarts(text);
    const { line, col } = lineAt(starts, open + model.index + model[0].indexOf(model[1]!));
    hits.push({
      provider: entry.id,
      evidence: {
        file,
        line,
        col,
        signal: 'model-id',
        snippet: cleanSnippet(lineText(text, starts, line), col - 1),
        detail: CONSTRUCTED_MODEL_DETAIL,
      },
    });
  }
  return hits;
}
