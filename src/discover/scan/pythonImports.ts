import type { FileTask } from './processFiles.js';

/** Python's `from a.b.c import d` and `import a.b.c`: the module a line imports, with the names it takes. */
const PY_IMPORT_LINE = /^\s*(?:from\s+([\w.]+)\s+import\s+\(?\s*([\w\s,]+)|import\s+([\w.]+))/;

/**
 * The stems a Python line imports by (`from app.rag import milvus_worker`: `rag`, `milvus_worker`), or none where it is
 * no import.
 * @example importedStems('from .com_taichu import TaichuChatInit') // ['com_taichu', 'TaichuChatInit']
 */
export function importedStems(line: string): string[] {
  const match = PY_IMPORT_LINE.exec(line);
  if (!match) return [];
  const module = match[1] ?? match[3]!;
  const names = (match[2] ?? '')
    .split(',')
    .map((name) => name.trim().split(/\s/)[0]!)
    .filter(Boolean);
  return [module.slice(module.lastIndexOf('.') + 1), ...names];
}

/**
 * Calls `each` with every import line of the tree's production Python files that names one of `stems` (a module's
 * name, from another file than its own: `own`), with the file's text and the line's number (1-based), until `done`
 * says every module is judged. Reads the files one by one; `read` gives a file's text, or undefined.
 */
export function eachImportOf(
  tasks: readonly FileTask[],
  own: ReadonlyMap<string, string>,
  read: (task: FileTask) => string | undefined,
  each: (stem: string, text: string, line: number) => void,
  done: () => boolean,
): void {
  for (const task of tasks) {
    if (done()) return;
    if (!task.name.endsWith('.py') || task.pathClass) continue;
    const text = read(task);
    if (!text?.includes('import')) continue;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.includes('import')) continue;
      for (const stem of importedStems(lines[i]!)) {
        const file = own.get(stem);
        if (file && file !== task.relative) each(stem, text, i + 1);
      }
    }
  }
}
