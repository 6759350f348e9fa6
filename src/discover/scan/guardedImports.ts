import { moduleStem } from './deadModules.js';
import type { ProviderHit } from './hits.js';
import type { FileTask } from './processFiles.js';
import { eachImportOf } from './pythonImports.js';

/** How a store's proof in code only a caught import reaches says so (appended to its detail). */
export const GUARDED_IMPORT_DETAIL =
  'imported only where a failed import is caught, with the app going on without it';

/** A Python `if TYPE_CHECKING:` line (or `typing.TYPE_CHECKING`), with its indent. */
const TYPE_CHECKING = /^([ \t]*)if\s+(?:typing\.)?TYPE_CHECKING\s*:\s*(?:#.*)?$/;
/** A Python `try:` line, with its indent. */
const TRY = /^([ \t]*)try\s*:\s*(?:#.*)?$/;
/**
 * An `except` that catches a missing package: a bare one, `ImportError`, `ModuleNotFoundError` or `Exception`, alone or in
 * a tuple.
 */
const CATCHES_IMPORT =
  /^except\s*(?::|\(?[\w\s,.]*\b(?:ImportError|ModuleNotFoundError|Exception|BaseException)\b[\w\s,.]*\)?\s*(?:as\s+\w+\s*)?:)/;
/** A line of an `except` body that raises again: the package is required, and its absence an error said better. */
const RAISES = /^\s*raise\b/;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/**
 * The lines (1-based) of a Python file that sit under `if TYPE_CHECKING:` (never run), or in the body of a `try:` whose
 * failed import the code survives: an
 * `except` catching `ImportError` (or a bare one, or `Exception`) whose body does not raise again, so the app goes on
 * without the module (gpt_academic's `Rag_Interface.py:53-59`: Milvus's worker tried, LlamaIndex's simple store used
 * where it fails; `Vectorstore_QA.py:36-46`: FAISS's module tried, and an install message where it fails). Linear.
 * @example guardedLines('try:\n    import pymilvus\nexcept ImportError:\n    pymilvus = None\n') // Set { 2 }
 */
export function guardedLines(text: string): Set<number> {
  const lines = text.split('\n');
  const guarded = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    // An import only a type checker reads never runs: it reaches the store no more than a caught one (paper-qa's
    // `if TYPE_CHECKING:` import of Qdrant's types beside its guarded client import).
    const typing = TYPE_CHECKING.exec(lines[i]!);
    if (typing) {
      let end = i + 1;
      while (end < lines.length && (!lines[end]!.trim() || indentOf(lines[end]!) > typing[1]!.length)) end++;
      for (let line = i + 1; line < end; line++) guarded.add(line + 1);
      continue;
    }
    const opening = TRY.exec(lines[i]!);
    if (!opening) continue;
    const indent = opening[1]!.length;
    // The body: the lines indented deeper (blank lines and comments kept), up to the clause at the `try`'s indent.
    let end = i + 1;
    while (end < lines.length && (!lines[end]!.trim() || indentOf(lines[end]!) > indent)) end++;
    let clause = end;
    let survives = false;
    // Each clause at the same indent: `except …:` and its body, until `else`, `finally` or other code.
    while (clause < lines.length && indentOf(lines[clause]!) === indent) {
      const head = lines[clause]!.trim();
      if (!head.startsWith('except')) break;
      let after = clause + 1;
      while (after < lines.length && (!lines[after]!.trim() || indentOf(lines[after]!) > indent)) after++;
      if (CATCHES_IMPORT.test(head) && !lines.slice(clause + 1, after).some((line) => RAISES.test(line)))
        survives = true;
      clause = after;
    }
    if (!survives) continue;
    for (let line = i + 1; line < end; line++) guarded.add(line + 1);
  }
  return guarded;
}

/**
 * Marks the code proofs of stores (`isStore`) that only a caught import reaches: the store's own import inside such a
 * `try:`, or a Python module proving it that every other file imports only inside one. Not a store the manifests declare
 * (installed, so the import never fails) nor one proved in files that are not Python. Reads the tree's other Python files
 * only where a module is left to judge; `read` gives a file's text, or undefined when it cannot be read.
 */
export function markGuardedStores(
  tasks: readonly FileTask[],
  hits: readonly ProviderHit[],
  isStore: (provider: string) => boolean,
  read: (task: FileTask) => string | undefined,
): void {
  const declared = new Set(
    hits
      .filter((hit) => hit.evidence.signal === 'manifest' && hit.evidence.proofClass === 'lockfile-direct')
      .map((hit) => hit.provider),
  );
  const proofs = hits.filter(
    (hit) =>
      isStore(hit.provider) &&
      !declared.has(hit.provider) &&
      hit.evidence.proofClass === 'code' &&
      hit.evidence.file.endsWith('.py'),
  );
  if (proofs.length === 0) return;
  const byFile = new Map<string, ProviderHit[]>();
  for (const hit of proofs) byFile.set(hit.evidence.file, [...(byFile.get(hit.evidence.file) ?? []), hit]);
  const python = tasks.filter((task) => task.name.endsWith('.py') && !task.pathClass);
  const guardedFiles = new Set<string>();
  const stems = new Map<string, string>();
  for (const task of python) {
    const found = byFile.get(task.relative);
    if (!found) continue;
    const text = read(task);
    if (!text) continue;
    const inTry = guardedLines(text);
    // The store's own import under the guard: those proofs only.
    for (const hit of found) if (hit.evidence.signal === 'import' && inTry.has(hit.evidence.line)) mark(hit);
    const stem = moduleStem(task.relative);
    if (stem !== '__init__' && stem !== '__main__') stems.set(stem, task.relative);
  }
  if (stems.size === 0) return;
  // Each module's importers: guarded only, or some import outside a guard (then it is reached for sure).
  const reached = new Set<string>();
  const guardedBy = new Set<string>();
  // The guarded lines of the file being read (files are read one after another).
  let current: { text: string; lines: Set<number> } | undefined;
  eachImportOf(
    tasks,
    stems,
    read,
    (stem, text, line) => {
      if (reached.has(stem)) return;
      if (current?.text !== text) current = { text, lines: guardedLines(text) };
      if (current.lines.has(line)) guardedBy.add(stem);
      else reached.add(stem);
    },
    () => reached.size === stems.size,
  );
  for (const [stem, file] of stems) if (guardedBy.has(stem) && !reached.has(stem)) guardedFiles.add(file);
  for (const file of guardedFiles) for (const hit of byFile.get(file) ?? []) mark(hit);
}

function mark(hit: ProviderHit): void {
  const { evidence } = hit;
  if (evidence.detail?.includes(GUARDED_IMPORT_DETAIL)) return;
  evidence.detail = evidence.detail ? `${evidence.detail}; ${GUARDED_IMPORT_DETAIL}` : GUARDED_IMPORT_DETAIL;
}
