/**
 * A Netlify file whose published folder belongs to a package the tree no longer has (hoppscotch's `netlify.toml`
 * publishes `packages/hoppscotch-web/dist`, and `packages/hoppscotch-web/` is gone): a stale recipe, which deploys
 * nothing, so it proves no use of the host. Read only where the file builds from its own folder (`base` unset, `/` or
 * `.`) and publishes a folder inside it; any other `base` is not judged.
 */

/** What a stale deployment file's proof says. */
export const STALE_DEPLOY_DETAIL = 'its published folder is in a package the tree does not have';

/** A `key = "value"` line of the `[build]` table of a TOML text. */
function buildSetting(text: string, key: string): string | undefined {
  const table = /^\s*\[build\]\s*$/m.exec(text);
  if (!table) return undefined;
  const rest = text.slice(table.index + table[0].length);
  const end = /^\s*\[/m.exec(rest);
  const body = end ? rest.slice(0, end.index) : rest;
  return new RegExp(`^\\s*${key}\\s*=\\s*["']([^"'\\n]*)["']`, 'm').exec(body)?.[1];
}

/**
 * The package folder, relative to the Netlify file's own folder, that its published folder is built in, where that
 * folder does not exist (`exists` is asked of a path relative to the file's folder); otherwise undefined. Pure.
 * @example missingPublishPackage('[build]\npublish = "packages/web/dist"\n', () => false) // 'packages/web'
 */
export function missingPublishPackage(text: string, exists: (folder: string) => boolean): string | undefined {
  const base = buildSetting(text, 'base');
  if (base !== undefined && !['', '/', '.', './'].includes(base.trim())) return undefined;
  const publish = buildSetting(text, 'publish')?.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  if (!publish || publish.startsWith('/') || publish.split('/').includes('..')) return undefined;
  // The output folder itself is built, not kept in the tree; the package it sits in is.
  const folder = publish.split('/').slice(0, -1).join('/');
  if (!folder || exists(folder)) return undefined;
  return folder;
}
