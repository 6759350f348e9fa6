// Bundles our own sources into dist/ with esbuild; dependencies stay external.
// Type checking is separate (`npm run typecheck`): esbuild only strips types, which keeps the build under a second.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['src/index.ts', 'src/cli/main.ts'],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

// Chunk names carry content hashes: without this, every build would leave the last one's chunks behind (and
// `npm pack` would ship them). Only files this build did not write are removed, after it wrote its own, so a
// CLI started meanwhile (tests build while others run) never finds a chunk of the current build missing;
// dist/types (the declarations `npm pack` adds) is left alone.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(file)));
for (const entry of readdirSync('dist', { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !/\.js(\.map)?$/.test(entry.name)) continue;
  const file = path.resolve(entry.parentPath ?? entry.path, entry.name);
  if (file.startsWith(path.resolve('dist/types'))) continue;
  if (!written.has(file)) rmSync(file);
}
