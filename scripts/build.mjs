// Bundles our own sources into dist/ with esbuild; dependencies stay external.
// Type checking is separate (`npm run typecheck`): esbuild only strips types, which keeps the build under a second.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: without a clean folder, every build would leave the last one's chunks behind
// (and `npm pack` would ship them).
rmSync('dist', { recursive: true, force: true });

await build({
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
  logLevel: 'warning',
});
