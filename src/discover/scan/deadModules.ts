import type { PathClass } from '../proof/pathClass.js';
import type { FileKind } from './fileKind.js';
import type { ProviderHit } from './hits.js';

/** How a proof in a module only a commented-out import reaches says so (appended to its detail). */
export const DEAD_MODULE_DETAIL = 'in a module only a commented-out import reaches';

const IMPORT = Buffer.from('import');
const REQUIRE = Buffer.from('require(');
const decoder = new TextDecoder('utf-8', { fatal: false });

/** A commented-out line's marker, by language: `#` in Python, `//`, `/*` or `*` in JavaScript and TypeScript. */
const MARKER: Partial<Record<FileKind, RegExp>> = {
  python: /^\s*#+\s*/,
  js: /^\s*(?:\/\/+|\/\*+|\*+)\s*/,
};
/** Python's `from a.b import c, d` and `import a.b`: the modules a line names. */
const PY_FROM = /^from\s+([\w.]+)\s+import\s+\(?\s*([\w\s,]+)/;
const PY_IMPORT = /^import\s+([\w.]+)/;
/** JavaScript's `… from './x'`, `import './x'`, `require('./x')`, `import('./x')`: the path. */
const JS_PATH = /(?:\bfrom\s+|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'`]([^"'`\s]{1,300})["'`]/;

/** A module's name as an import names it: a Python module's last part, a JavaScript path's file name bare. */
export const moduleStem = (file: string): string => {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
};

/**
 * The modules the commented-out imports of a Python or JavaScript file name (`# from ai_hawk.llm.llm_manager import
 * GPTAnswerer`: `llm_manager`, `GPTAnswerer`; `// import { x } from './llmManager'`: `llmManager`). Found by the bytes
 * of `import` and `require(`, so a file with none costs one search each.
 * @example commentedImports(Buffer.from('# from app.llm import ask\n'), 'python') // ['llm', 'ask']
 */
export function commentedImports(bytes: Uint8Array, kind: FileKind): string[] {
  const marker = MARKER[kind];
  if (!marker) return [];
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const names: string[] = [];
  for (const word of kind === 'js' ? [IMPORT, REQUIRE] : [IMPORT]) {
    // Each line once, its start looked for no further back than the last line's end: linear on a hostile line of
    // `import import …`.
    let lineEnd = -1;
    for (
      let at = buffer.indexOf(word);
      at >= 0;
      at = buffer.indexOf(word, Math.max(at + word.length, lineEnd + 1))
    ) {
      const start = Math.max(lineEnd + 1, buffer.lastIndexOf(10, at) + 1);
      const newline = buffer.indexOf(10, at);
      const end = newline < 0 ? buffer.length : newline;
      lineEnd = end;
      if (end - start > 400) continue;
      const line = decoder.decode(buffer.subarray(start, end));
      const mark = marker.exec(line);
      if (!mark) continue;
      const code = line.slice(mark[0].length).trim();
      if (kind === 'python') {
        const from = PY_FROM.exec(code);
        const plain = from ? undefined : PY_IMPORT.exec(code);
        const module = from?.[1] ?? plain?.[1];
        if (!module) continue;
        names.push(module.slice(module.lastIndexOf('.') + 1));
        for (const name of from?.[2]?.split(',') ?? [])
          if (name.trim()) names.push(name.trim().split(/\s/)[0]!);
      } else {
        const path = JS_PATH.exec(code)?.[1];
        if (path?.startsWith('.')) names.push(moduleStem(path));
      }
    }
  }
  return names.filter(Boolean);
}

/** A file of the scanned tree: where it is, its name, and the class its path has, if any. */
export interface ModuleCandidate {
  relative: string;
  name: string;
  pathClass?: PathClass;
}

/** A line that is a comment (the line comments of the languages read, and a block comment's lines). */
const COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|<!--|--)/;
/** Module names read as live everywhere: a package's own file (`__init__`, `index`) is named by its folder. */
const PACKAGE_FILE = /^(?:__init__|__main__|index|mod)$/;
const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * The production Python and JavaScript modules proving some provider that only commented-out imports name: a module
 * whose name a commented-out import gives (`commentedImports`) and that no line of any other file of the tree names
 * outside a comment (an import, a path, a string: anything that might load it). AIHawk's `src/libs/llm_manager.py`,
 * reached by nothing since `main.py` commented out `# from ai_hawk.llm.llm_manager import GPTAnswerer`, made Anthropic,
 * Gemini, Ollama, Perplexity and Hugging Face vendors it calls. Reads the tree's other files only where such a module
 * exists; `read` gives a file's text, or undefined when it cannot be read.
 * @example deadModules(files, hits, new Set(['llm_manager']), fileKindOf, read) // Set { 'src/libs/llm_manager.py' }
 */
export function deadModules<File extends ModuleCandidate>(
  files: readonly File[],
  hits: readonly ProviderHit[],
  commented: ReadonlySet<string>,
  kindOf: (name: string) => FileKind | undefined,
  read: (file: File) => string | undefined,
): Set<string> {
  if (commented.size === 0) return new Set();
  const proving = new Set(
    hits.filter((hit) => hit.evidence.proofClass === 'code').map((hit) => hit.evidence.file),
  );
  const candidates = files.filter((file) => {
    const kind = kindOf(file.name);
    const stem = moduleStem(file.relative);
    return (
      !file.pathClass &&
      (kind === 'python' || kind === 'js') &&
      proving.has(file.relative) &&
      commented.has(stem) &&
      !PACKAGE_FILE.test(stem)
    );
  });
  if (candidates.length === 0) return new Set();
  const stems = new Set(candidates.map((file) => moduleStem(file.relative)));
  const own = new Set(candidates.map((file) => file.relative));
  const live = new Set<string>();
  const named = new RegExp(`(?<![\\w$-])(${[...stems].map(escaped).join('|')})(?![\\w$-])`, 'g');
  // Nearest first: a module's importers mostly sit beside it, and the search stops once every module is found named.
  const folders = candidates.map((file) => file.relative.split('/').slice(0, -1));
  const nearness = (file: File) => {
    const parts = file.relative.split('/');
    return Math.max(
      ...folders.map((folder) => {
        let shared = 0;
        while (shared < folder.length && folder[shared] === parts[shared]) shared++;
        return shared;
      }),
    );
  };
  const ordered = files
    .map((file) => ({ file, near: nearness(file) }))
    .sort((a, b) => b.near - a.near)
    .map(({ file }) => file);
  for (const file of ordered) {
    if (live.size === stems.size) break;
    const text = read(file);
    if (!text) continue;
    // Each line judged once, however often it names a module (linear on a hostile line of one name repeated).
    let lineEnd = -1;
    let comment = false;
    for (const match of text.matchAll(named)) {
      const stem = match[1]!;
      if (live.has(stem)) continue;
      // The module's own file names itself (a logger's name, its `__main__` block).
      if (own.has(file.relative) && moduleStem(file.relative) === stem) continue;
      if (match.index > lineEnd) {
        const start = Math.max(lineEnd + 1, text.lastIndexOf('\n', match.index) + 1);
        const end = text.indexOf('\n', match.index);
        lineEnd = end < 0 ? text.length : end;
        comment = COMMENT_LINE.test(text.slice(start, Math.min(lineEnd, start + 200)));
      }
      if (!comment) live.add(stem);
    }
  }
  return new Set(
    candidates.filter((file) => !live.has(moduleStem(file.relative))).map((file) => file.relative),
  );
}
