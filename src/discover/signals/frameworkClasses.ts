import type { CompiledCatalog } from '../catalog/compile.js';
import { REEXPORTING_MODULES } from '../catalog/integrations.js';
import type { FileKind } from '../scan/fileKind.js';
import { lineAt, lineStarts, lineText, type ProviderHit } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import { integrationProvider, slugProvider } from './integrations.js';

const JS_NAMED_IMPORT = /\bimport\s+(?:type\s+)?\{([^}]{0,2000})\}\s*from\s*["']([^"'\s]{1,300})["']/g;
const PY_FROM_IMPORT = /^[ \t]*from\s+([\w.]{1,200})\s+import\s+(\([^)]{0,2000}\)|[^\n#]{1,2000})/gm;
/** A class's name, not a function's or a constant's (`Settings`, `OpenAI`; not `GEMINI_MODEL`, `serviceContext`). */
const CLASS_NAME = /^[A-Z][A-Za-z0-9]+$/;
/** Slugs that, as a class's whole name, say a company or an English word, not one service. */
const VAGUE = new Set(['google', 'aws', 'azure', 'you', 'writer', 'together', 'huggingface']);

/**
 * Providers named by the classes a file imports from a framework's module that does not name the provider itself: a
 * module that re-exports its integrations (`import {\n  OpenAI,\n  Settings,\n} from "llamaindex"`) or, over several
 * lines, a kind of integration (`from langchain_community.chat_models import (\n    ChatAnthropic,\n)`). The line
 * scan sees only the line that names the module; these imports span lines. Comments are already blanked. Pure.
 * @example frameworkClassImports('import { Anthropic } from "llamaindex";', 'js', 'a.ts', catalog)[0].provider // 'anthropic'
 */
export function frameworkClassImports(
  text: string,
  kind: FileKind,
  file: string,
  catalog: CompiledCatalog,
): ProviderHit[] {
  if (kind !== 'js' && kind !== 'python') return [];
  const ecosystem = kind === 'js' ? 'npm' : 'python';
  const hits: ProviderHit[] = [];
  let starts: number[] | undefined;
  const found = (module: string, list: string, at: number) => {
    const root = REEXPORTING_MODULES.find(
      (entry) => entry.ecosystem === ecosystem && entry.module === module,
    );
    for (const part of list.matchAll(/[\w$]+(?:\s+as\s+[\w$]+)?/g)) {
      const name = part[0].split(/\s+/)[0]!;
      if (!CLASS_NAME.test(name)) continue;
      let provider: string | undefined;
      let framework: string | undefined;
      if (root) {
        provider =
          catalog.integrations.classes.get(name) ??
          slugProvider(catalog.integrations.slugs, name, VAGUE, true);
        framework = root.framework;
      } else if (ecosystem === 'python') {
        const through = integrationProvider(catalog, 'python', `${module}.${name}`);
        provider = through && (catalog.integrations.classes.get(name) ?? through.provider);
        framework = through?.framework;
      }
      if (!provider || !framework) continue;
      starts ??= lineStarts(text);
      const { line, col } = lineAt(starts, at + (part.index ?? 0));
      hits.push({
        provider,
        evidence: {
          file,
          line,
          col,
          signal: 'import',
          snippet: cleanSnippet(lineText(text, starts, line), col - 1),
          detail: `through ${catalog.providers.get(framework)?.name ?? framework} (${module}: ${name})`,
        },
      });
    }
  };
  if (kind === 'js')
    for (const match of text.matchAll(JS_NAMED_IMPORT))
      if (REEXPORTING_MODULES.some((entry) => entry.ecosystem === 'npm' && entry.module === match[2]))
        found(match[2]!, match[1]!, match.index + match[0].indexOf('{') + 1);
  if (kind === 'python')
    for (const match of text.matchAll(PY_FROM_IMPORT))
      found(match[1]!, match[2]!, match.index + match[0].length - match[2]!.length);
  return hits;
}
