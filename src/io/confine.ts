import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ReadRefused } from './readUserFile.js';

/**
 * Refuses `target` (a file or folder that may not exist yet) when its deepest existing ancestor, symlinks
 * followed, lies outside `root`: a repository whose `.trustmap/` is a symlink must not make Trustmap read or write
 * records elsewhere. Returns the target's real path as far as it exists.
 * @example assertInsideRoot(root, path.join(root, '.trustmap', 'evidence'), 'evidence folder');
 */
export function assertInsideRoot(root: string, target: string, what = 'folder'): string {
  const realRoot = realpathSync(root);
  let existing = path.resolve(root, target);
  const rest: string[] = [];
  for (;;) {
    try {
      const real = realpathSync(existing);
      const inside = path.relative(realRoot, real);
      if (inside.startsWith('..') || path.isAbsolute(inside)) {
        const shown = path.relative(process.cwd(), path.resolve(root, target)) || target;
        throw new ReadRefused(
          'outside-root',
          shown,
          `${what} resolves to ${real}, outside the project (${realRoot})`,
          'replace the symlink with a real folder inside the project',
        );
      }
      return path.join(real, ...rest.reverse());
    } catch (error) {
      if (error instanceof ReadRefused) throw error;
      // A dangling symlink would be followed by the write that comes next: refuse it, wherever it points.
      if (isSymlink(existing))
        throw new ReadRefused('outside-root', existing, `${what} is a dangling symlink`, 'remove it');
      const parent = path.dirname(existing);
      if (parent === existing) throw error;
      rest.push(path.basename(existing));
      existing = parent;
    }
  }
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
