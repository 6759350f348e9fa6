import type { CompiledCatalog } from '../catalog/compile.js';
import type { ProviderHit } from '../scan/hits.js';
import { lineAt, lineStarts, lineText } from '../scan/hits.js';
import { cleanSnippet } from '../scan/snippet.js';
import { pypiProvider } from './manifests.js';

/** The detail of an install hint: never a proof of use, only that the package is one the operator installs. */
export const INSTALL_HINT_DETAIL = 'an optional package the code tells the operator to install';

/** `pip install edge_tts`, wherever in a Python file (a docstring, a comment, an error message): the names after it. */
const PIP_INSTALL = /\b(?:pip3?|uv\s+pip|python3?\s+-m\s+pip)\s+install\s+([^\n"'`;&|#)]+)/g;
/** A handler of a missing module, on a line of its own: `except ImportError as error:`. */
const IMPORT_HANDLER =
  /^([ \t]*)except\b[^\n:]{0,120}\b(?:ImportError|ModuleNotFoundError)\b[^\n:]{0,120}:[ \t]*$/gm;
/** A name as a distribution or module could be written (`edge-tts`, `chromadb`). */
const NAME = /[A-Za-z][\w.-]*/g;
/** Lines of a handler read for the package it names. */
const HANDLER_LINES = 3;

/**
 * The packages a Python file tells the operator to install: after `pip install` (AstrBot's edge-tts source says `pip
 * install edge_tts` in its docstring), or named in the first lines of an `except ImportError` handler (AstrBot logs "可能未安装
 * chromadb 库" where its Chroma store fails to import). Such a package is optional: a project with a lockfile that does
 * not list it still runs the code around its import once the operator installs it, so the import is not judged
 * uninstallable (`uninstallable` in merge.ts). These hits prove no use themselves. `text` is the whole file. Pure,
 * linear in the file.
 * @example installHints('"""pip install edge_tts"""', 'tts.py', catalog)[0]?.provider // 'microsoft-edge-tts'
 */
export function installHints(text: string, file: string, catalog: CompiledCatalog): ProviderHit[] {
  const hits: ProviderHit[] = [];
  const seen = new Set<string>();
  let starts: number[] | undefined;
  const add = (name: string, index: number) => {
    const provider = pypiProvider(catalog, name.replace(/[.-]+$/, ''));
    if (!provider || seen.has(provider)) return;
    seen.add(provider);
    starts ??= lineStarts(text);
    const { line, col } = lineAt(starts, index);
    hits.push({
      provider,
      weak: true,
      evidence: {
        file,
        line,
        col,
        signal: 'manifest',
        snippet: cleanSnippet(lineText(text, starts, line), col - 1),
        detail: INSTALL_HINT_DETAIL,
        // An optional dependency, as a lockfile's optional entries are: installed where the operator chooses.
        proofClass: 'lockfile-optional',
      },
    });
  };
  for (const match of text.matchAll(PIP_INSTALL)) {
    const from = match.index + match[0].length - match[1]!.length;
    for (const name of match[1]!.matchAll(NAME)) add(name[0], from + name.index);
  }
  for (const match of text.matchAll(IMPORT_HANDLER)) {
    const indent = match[1]!.length;
    let at = match.index + match[0].length + 1;
    for (let read = 0; read < HANDLER_LINES && at < text.length; read++) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const body = text.slice(at, end);
      // The handler ends where its indentation does.
      if (body.trim() && body.length - body.trimStart().length <= indent) break;
      for (const name of body.matchAll(NAME)) add(name[0], at + name.index);
      at = end + 1;
    }
  }
  return hits;
}
