import { moduleStem } from './deadModules.js';
import type { ProviderHit } from './hits.js';
import type { FileTask } from './processFiles.js';
import { eachImportOf } from './pythonImports.js';

/** How a proof under a library module's `__main__` guard says so (appended to its detail). */
export const MAIN_GUARD_DETAIL = 'under the `__main__` guard of a module the app imports: a demo run by hand';

/**
 * Names of entry points, whose guard starts the app, and which another module's import of a like-named object
 * (`from flask import app`) would seem to reach.
 */
const ENTRY_NAME =
  /^(?:__init__|__main__|main|app|run|server|serve|start|manage|cli|launch|wsgi|asgi|webui)$/;

/** The guard, at the top level of a module. */
const MAIN_GUARD = /^if\s+__name__\s*==\s*["']__main__["']\s*:/;

/**
 * The first line (1-based) of a Python file's top-level `if __name__ == "__main__":` block's body and the line after it,
 * or undefined where it has none.
 * @example mainBlock('import x\nif __name__ == "__main__":\n    x.run()\n') // { from: 3, to: 4 }
 */
export function mainBlock(text: string): { from: number; to: number } | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => MAIN_GUARD.test(line));
  if (at < 0) return undefined;
  let end = at + 1;
  while (end < lines.length && (!lines[end]!.trim() || /^[ \t]/.test(lines[end]!))) end++;
  return { from: at + 2, to: end + 1 };
}

/**
 * Classes as examples the code proofs that sit under the `__main__` guard of a Python module another module of the app
 * imports: the block runs only when someone runs the file by hand, a demo or a test of the module, never when the app
 * loads it (gpt_academic's `request_llms/com_taichu.py:56`, `zhipu.generate_chat(…, {'llm_model': 'glm-4'}, …)` under
 * the guard of a module `bridge_taichu.py` imports, made Zhipu a task "under no condition"). A module nothing imports
 * may be the app's entry point (`main.py`), whose guard starts the app: its proofs stay. Reads the tree's other Python
 * files only where such a proof exists; `read` gives a file's text, or undefined.
 */
export function retireMainGuards(
  tasks: readonly FileTask[],
  hits: readonly ProviderHit[],
  read: (task: FileTask) => string | undefined,
): void {
  const candidates = new Map<string, ProviderHit[]>();
  for (const hit of hits)
    if (hit.evidence.proofClass === 'code' && hit.evidence.file.endsWith('.py'))
      candidates.set(hit.evidence.file, [...(candidates.get(hit.evidence.file) ?? []), hit]);
  const underGuard = new Map<string, ProviderHit[]>();
  const stems = new Map<string, string>();
  for (const task of tasks) {
    const found = candidates.get(task.relative);
    if (!found || task.pathClass) continue;
    const stem = moduleStem(task.relative);
    if (ENTRY_NAME.test(stem)) continue;
    const text = read(task);
    const block = text?.includes('__main__') ? mainBlock(text) : undefined;
    if (!block) continue;
    const inside = found.filter((hit) => hit.evidence.line >= block.from && hit.evidence.line < block.to);
    if (inside.length === 0) continue;
    underGuard.set(task.relative, inside);
    stems.set(stem, task.relative);
  }
  if (stems.size === 0) return;
  const imported = new Set<string>();
  eachImportOf(
    tasks,
    stems,
    read,
    (stem) => imported.add(stem),
    () => imported.size === stems.size,
  );
  for (const [stem, file] of stems) {
    if (!imported.has(stem)) continue;
    for (const { evidence } of underGuard.get(file) ?? []) {
      evidence.proofClass = 'example';
      evidence.detail = evidence.detail ? `${evidence.detail}; ${MAIN_GUARD_DETAIL}` : MAIN_GUARD_DETAIL;
    }
  }
}
