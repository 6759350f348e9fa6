import type { PathClass } from '../proof/pathClass.js';
import { CODE_KINDS, type FileKind, fileKindOf } from './fileKind.js';

const CONFIG_KINDS: ReadonlySet<FileKind | undefined> = new Set<FileKind>(['yaml', 'json', 'toml', 'config']);

/**
 * Whether a settings file is named as a template a person copies and fills in: `.env.example`, `.example.env`,
 * `.env.sample`, or a settings file named as an example or template (`librechat.example.yaml`,
 * `settings.template.toml`). Not a "sample" settings file: devika copies its `sample.config.toml` to `config.toml` on
 * first start, so its values are the app's defaults.
 * @example isSettingsTemplate('toml', 'config.example.toml') // true
 */
export function isSettingsTemplate(kind: FileKind | undefined, name: string): boolean {
  return (
    (kind === 'env' && /example|sample|template|\.dist$/i.test(name)) ||
    (CONFIG_KINDS.has(kind) && /(?:^|[.\-_])(?:example|template)(?:[.\-_]|$)/i.test(name))
  );
}

/** A file of the scanned tree, as `templatesTheCodeLoads` reads it. */
export interface TemplateCandidate {
  relative: string;
  name: string;
  pathClass?: PathClass;
}

const production = (file: TemplateCandidate) => !file.pathClass || file.pathClass === 'code';

/**
 * The settings templates among `files` that the app's own code loads by their file name (OpenManus's
 * `app/config.py` falls back to `root / "config" / "config.example.toml"` when the user wrote no `config.toml`): not
 * a template only, but the app's shipped defaults, read like any settings file. Only settings files (YAML, JSON, TOML,
 * INI), not `.env` templates; the name must stand quoted or after a path separator in a production code file. Reads
 * the production code files only where such a template exists, and stops once every one is found.
 * `read` gives a file's text, or undefined when it cannot be read.
 * @example templatesTheCodeLoads(files, read) // Set { 'config/config.example.toml' }
 */
export function templatesTheCodeLoads<File extends TemplateCandidate>(
  files: readonly File[],
  read: (file: File) => string | undefined,
): Set<string> {
  const byName = new Map<string, string[]>();
  for (const file of files) {
    const kind = fileKindOf(file.name);
    if (kind === 'env' || !production(file) || !isSettingsTemplate(kind, file.name)) continue;
    byName.set(file.name, [...(byName.get(file.name) ?? []), file.relative]);
  }
  const loaded = new Set<string>();
  if (byName.size === 0) return loaded;
  for (const file of files) {
    if (byName.size === 0) break;
    if (!production(file) || !CODE_KINDS.has(fileKindOf(file.name) ?? '')) continue;
    const text = read(file);
    if (!text) continue;
    for (const [name, paths] of byName)
      if (namedAsFile(text, name)) {
        for (const relative of paths) loaded.add(relative);
        byName.delete(name);
      }
  }
  return loaded;
}

/** Whether `text` holds `name` as a file name: after a quote or a path separator, and before a quote. */
function namedAsFile(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if (before !== undefined && `'"\`/\\`.includes(before) && after !== undefined && `'"\``.includes(after))
      return true;
  }
  return false;
}
