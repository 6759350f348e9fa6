import type { PathClass } from '../proof/pathClass.js';
import { manifestKindOf } from './fileKind.js';

/**
 * Folders named as code kept after it was replaced (`legacy/`, `archive/`, `old/`), or kept beside the app before or
 * apart from it: `drafts/` (babyagi's `functionz/packs/drafts/`, which only its examples load, proposed a MySQL store
 * from `user_db.py:50`) and `solutions/` (llmware's example scripts, `solutions/gguf/model_catalog_registry.py:47`,
 * made a flow to OpenAI unconditional). Unlike `deprecated/` (an example by its name alone), these names also hold
 * live code (`api/legacy/` routes still served; anything-llm's Gmail plugin's `drafts/` actions, which its `index.js`
 * loads), so the name is a candidate only: the folder is retired where nothing served reaches it. So are a model's
 * training scripts the developers run by hand (`train/`, `training/`, `finetune/`): lollms-webui's
 * `lollms_core/train/train.py`, a LoRA fine-tuning script the app never runs, made Weights & Biases, which it sends
 * losses and metrics, a tracing service receiving prompts.
 */
const RETIRED_FOLDER =
  /^(?:legacy|archived?|obsolete|old|attic|drafts?|solutions|train|training|finetune|fine[_-]tun(?:e|ing))$/i;

/** The names of `RETIRED_FOLDER` that hold training scripts. */
const TRAINING_FOLDER = /^(?:train|training|finetune|fine[_-]tun(?:e|ing))$/i;
/** Files that run code or name what runs: source, scripts, build and container files. */
const RUNS_CODE =
  /\.(?:py|[cm]?[jt]sx?|vue|svelte|go|rb|java|kt|rs|php|cs|sh|bash|ps1|toml)$|^(?:Makefile|Dockerfile|Procfile|package\.json|(?:docker-)?compose\.ya?ml)$/i;

/** A file of the scanned tree: where it is, its name, and the class its path has, if any. */
export interface RetiredCandidate {
  relative: string;
  name: string;
  pathClass?: PathClass;
}

/**
 * Files whose naming of a folder says nothing of its use: packaging declares every package shipped, its tests
 * included (open_deep_research's `pyproject.toml` lists `legacy` beside `tests`), and lockfiles name packages only.
 */
const DECLARES_ONLY = /^(?:setup\.py|setup\.cfg)$/i;
const declaresOnly = (name: string) =>
  DECLARES_ONLY.test(name) || (manifestKindOf(name) !== undefined && manifestKindOf(name) !== 'package.json');

const COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|<!--)/;

/**
 * Whether a line reaches the folder `name` below `parent`: a path through it, from where it sits or relative
 * (`./legacy/graph`, `"src/legacy"`, `@/legacy`; not `data/legacy/`, another folder of that name), a module path
 * (`from legacy.utils import`, `from .legacy import`, `import com.acme.legacy.Api;`, `"pkg.legacy.mod"`), or its name
 * alone as a string (`os.path.join(root, "legacy")`). A string that only equals the name (`mode === "legacy"`) is read
 * as a reference too: a live folder wrongly retired loses real uses, a retired one read as live keeps the old state.
 * @example reachesFolder('from .legacy.graph import build', 'legacy', 'src') // true
 */
export function reachesFolder(line: string, name: string, parent: string | undefined): boolean {
  if (!line.includes(name) || COMMENT_LINE.test(line)) return false;
  // A retired folder's name is a plain word (`RETIRED_FOLDER`): nothing in it to escape.
  const n = name;
  const module = new RegExp(
    [
      String.raw`\b(?:from|import)\s+(?:[\w.]*\.)?${n}(?![\w-])`,
      String.raw`\bfrom\s+[\w.]+\s+import\s+(?:\(?\s*[\w\s,]*,\s*)?${n}\b`,
      String.raw`['"\`](?:[\w.]*\.)?${n}(?:\.[\w.]+)?['"\`]`,
    ].join('|'),
  );
  if (module.test(line)) return true;
  // The folder before the name in each path: none, `.`, `..`, an alias, or the folder it sits in.
  const before = [`.`, '..', '@', '~', ...(parent ? [parent] : [])];
  // Each place the name stands, and the path before it read backwards a bounded way: linear in the line, where a
  // pattern trying every separator as a path's start took seconds on a hostile line of `a/a/a/…`.
  for (let at = line.indexOf(n); at >= 0; at = line.indexOf(n, at + 1)) {
    const next = line[at + n.length];
    if (next !== undefined && !/[/\\'"`\s),;]/.test(next)) continue;
    const previous = line[at - 1];
    if (previous !== undefined && PATH_CHAR.test(previous)) continue;
    let start = at;
    while (
      start > 0 &&
      at - start < 300 &&
      (PATH_CHAR.test(line[start - 1]!) || SEPARATOR.test(line[start - 1]!))
    )
      start--;
    const prefix = line.slice(start, at);
    // A word with no path around it (`the legacy behaviour`) is no path.
    if (prefix === '' && next !== '/' && next !== '\\') continue;
    const segments = prefix.split(SEPARATOR).filter(Boolean);
    const last = segments[segments.length - 1];
    if (last === undefined || before.includes(last)) return true;
  }
  return false;
}

/** A character of a path's folder name, and a separator between folders. */
const PATH_CHAR = /[\w.@~-]/;
const SEPARATOR = /[/\\]/;

/** The outermost retired folder above `relative` (its path), if any. */
function retiredFolderOf(relative: string): { folder: string; name: string; parent?: string } | undefined {
  const parts = relative.split('/');
  for (let i = 0; i < parts.length - 1; i++)
    if (RETIRED_FOLDER.test(parts[i]!))
      return {
        folder: parts.slice(0, i + 1).join('/'),
        name: parts[i]!,
        ...(i > 0 ? { parent: parts[i - 1] } : {}),
      };
  return undefined;
}

/**
 * The retired folders among `files` that nothing served reaches: a folder named as retired (`legacy/`, `archive/`,
 * `old/`) that no production file outside it imports or names by path, and no live retired folder either
 * (open_deep_research's `src/legacy/`, its first version, imported by nothing its `langgraph.json` serves; LangBot's
 * `platform/sources/legacy/`, below the one level its adapter loader reads, and `templates/legacy/`, named only in
 * commented-out code). `read` gives a file's text, or undefined when it cannot be read.
 * @example unservedFolders(files, read) // Set { 'src/legacy' }
 */
export function unservedFolders<File extends RetiredCandidate>(
  files: readonly File[],
  read: (file: File) => string | undefined,
): Set<string> {
  const folders = new Map<string, { name: string; parent?: string }>();
  for (const file of files) {
    const retired = !file.pathClass && retiredFolderOf(file.relative);
    if (retired) folders.set(retired.folder, retired);
  }
  if (folders.size === 0) return new Set();
  const inside = (file: RetiredCandidate) => retiredFolderOf(file.relative)?.folder;
  // Kept only where a text names a candidate: most files name none, and a large tree's texts would fill memory.
  const names = [...new Set([...folders.values()].map((folder) => folder.name))];
  const texts = new Map<File, string | undefined>();
  const textOf = (file: File) => {
    if (!texts.has(file)) {
      const text = read(file);
      texts.set(file, text && names.some((name) => text.includes(name)) ? text : undefined);
    }
    return texts.get(file);
  };
  const sources = files.filter(
    (file) => (!file.pathClass || file.pathClass === 'code') && !declaresOnly(file.name),
  );
  // Live folders reach others too: read again from each folder found live until none is added.
  const live = new Set<string>();
  let from = sources.filter((file) => inside(file) === undefined);
  while (from.length > 0) {
    const added: string[] = [];
    for (const [folder, { name, parent }] of folders) {
      if (live.has(folder)) continue;
      // A training folder's name is a common word (`split="train"`, "a corpus to train on"): only code, a script or a
      // build file reaches it, not data or prose (lollms-webui's personalities' YAML descriptions), and not the word
      // alone as a string (`split="train"`, a dataset's split).
      const training = TRAINING_FOLDER.test(name);
      const bare = training ? new RegExp(`(['"\`])${name}\\1`, 'g') : undefined;
      const reached = from.some((file) => {
        if (file.relative.startsWith(`${folder}/`)) return false;
        if (training && !RUNS_CODE.test(file.name)) return false;
        const text = textOf(file);
        return (
          text?.includes(name) === true &&
          text.split('\n').some((line) => reachesFolder(bare ? line.replace(bare, '') : line, name, parent))
        );
      });
      if (reached) {
        live.add(folder);
        added.push(folder);
      }
    }
    from = sources.filter((file) => added.includes(inside(file) ?? ''));
  }
  return new Set([...folders.keys()].filter((folder) => !live.has(folder)));
}
