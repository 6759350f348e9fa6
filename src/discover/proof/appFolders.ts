/**
 * Folder names that are an examples folder by convention and also an everyday word an app may name its own code by
 * (Tandoor, a recipe manager, keeps its whole Django app in `cookbook/`; the OpenAI Cookbook's `cookbook/` is
 * notebooks and samples).
 */
const DOMAIN_EXAMPLE_FOLDER = /^cookbooks?$/i;

/** Modules a Django app (or any Python application package) holds at its top: its configuration, models and views. */
const APP_MODULE = /^(?:apps|models|views|urls|admin)\.py$/;

/**
 * The folders among `files` (paths relative to the scanned root) named as examples by a word that is also a domain
 * word (`cookbook/`), which hold the app's own code: a Python package (`__init__.py`) with at least two of an
 * application's modules (`apps.py`, `models.py`, `views.py`, `urls.py`, `admin.py`) directly inside. Such a folder is
 * code; conventions below it (`cookbook/tests/`) still apply. One pass over the paths.
 * @example appPackageFolders(['cookbook/__init__.py', 'cookbook/apps.py', 'cookbook/models.py']) // Set { 'cookbook' }
 */
export function appPackageFolders(files: Iterable<string>): Set<string> {
  const modules = new Map<string, { init: boolean; app: number }>();
  for (const relative of files) {
    const slash = relative.lastIndexOf('/');
    if (slash < 0) continue;
    const folder = relative.slice(0, slash);
    const name = relative.slice(slash + 1);
    if (!DOMAIN_EXAMPLE_FOLDER.test(folder.slice(folder.lastIndexOf('/') + 1))) continue;
    const seen = modules.get(folder) ?? { init: false, app: 0 };
    if (name === '__init__.py') seen.init = true;
    else if (APP_MODULE.test(name)) seen.app++;
    modules.set(folder, seen);
  }
  const found = new Set<string>();
  for (const [folder, { init, app }] of modules) if (init && app >= 2) found.add(folder);
  return found;
}
