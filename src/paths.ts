import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of Trustmap's own package (where `examples/` and `trustmap.schema.json` live). Found by walking up
 * from this module, because bundled and source layouts sit at different depths.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'trustmap') {
      cached = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the trustmap package folder');
    dir = parent;
  }
}

/** The bundled example company. */
export function exampleDir(): string {
  return path.join(packageRoot(), 'examples', 'acme-ai');
}
