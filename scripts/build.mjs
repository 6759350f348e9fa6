// Bundles our own sources into dist/ with esbuild; dependencies stay external, except the small CommonJS packages
// that every `discover` start loads (ignore, picocolors, commander): Node resolves a package an ES module imports
// through its exports map and runs its export lexer over the CommonJS source at every start (over ignore's 50 KB,
// 10-70 ms on this machine); bundled, they need neither.
// Type checking is separate (`npm run typecheck`): esbuild only strips types, which keeps the build under a second.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const BUNDLED = new Set(['ignore', 'picocolors', 'commander']);
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

// The scan tables of the built-in catalog (the keyword automaton and the compiled catalog), built here instead of
// at every start (~30 ms of code that runs once). Made first, so that the bundle can carry the id of the file
// (`define`): a reader in a bundle of another build, or started while this one writes, finds another id and
// builds its own tables.
const generator = path.resolve('node_modules/.cache/trustmap-build/scan-tables.mjs');
mkdirSync(path.dirname(generator), { recursive: true });
await build({
  stdin: {
    contents: `
      export { PROVIDERS } from './src/discover/catalog/index.ts';
      export { scanTablesImage } from './src/discover/scan/scanTables.ts';`,
    resolveDir: '.',
    loader: 'ts',
  },
  outfile: generator,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { PROVIDERS, scanTablesImage } = await import(`${pathToFileURL(generator).href}?${Date.now()}`);
const tablesId = createHash('sha256').update(scanTablesImage(PROVIDERS)).digest('hex').slice(0, 16);
const tables = scanTablesImage(PROVIDERS, tablesId);

// Commander requires `node:child_process` when it loads, for executable subcommands, which Trustmap has none of;
// that module brings `net`, `dgram` and the stream classes with it (~12 million instructions, 4 ms, at every start).
// It is required on first use instead. The build fails if commander's source no longer has the line.
const CHILD_PROCESS = "const childProcess = require('node:child_process');";
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(CHILD_PROCESS))
        throw new Error(`build: ${args.path} no longer has: ${CHILD_PROCESS}`);
      const lazy =
        "let childProcessModule; const childProcess = { spawn: (...args) => (childProcessModule ??= require('node:child_process')).spawn(...args) };";
      return { contents: source.replace(CHILD_PROCESS, lazy), loader: 'js' };
    });
  },
};

// `trustmap discover` as one CommonJS script (the command, its engine, commander), which the CLI compiles with a
// V8 code cache (src/cli/cachedDiscover.ts): Node 20 caches no ES module's compiled code. Its `import()` calls
// become `require` (a script compiled with cached data cannot run `import()` on Node 20); the helper-thread pool,
// whose threads start the ES chunk that holds it, comes from the ES build through `__trustmapHost`, which also
// stands for `import.meta.url`. The name carries the content hash, the key of the cache.
const fromHost = {
  name: 'from-host',
  setup(build) {
    build.onResolve({ filter: /[\\/]loadParallel\.js$/ }, () => ({
      path: 'loadParallel',
      namespace: 'host',
    }));
    build.onLoad({ filter: /.*/, namespace: 'host' }, (args) => ({
      contents: `module.exports = __trustmapHost.modules.${args.path};`,
      loader: 'js',
    }));
  },
};
const discoverBundle = await build({
  entryPoints: ['src/cli/discoverMain.ts'],
  write: false,
  outfile: 'dist/discover-cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  external,
  plugins: [lazyChildProcess, fromHost],
  define: {
    __TRUSTMAP_SCAN_TABLES_ID__: JSON.stringify(tablesId),
    'import.meta.url': '__trustmapHost.url',
  },
  metafile: true,
  logLevel: 'warning',
});
const discoverSource = discoverBundle.outputFiles[0].contents;
if (/\bimport\(/.test(Buffer.from(discoverSource).toString('utf8')))
  throw new Error(
    'build: the discover bundle still calls import(), which fails under a code cache on Node 20',
  );
const discoverFile = `discover-cli-${createHash('sha256').update(discoverSource).digest('hex').slice(0, 16)}.cjs`;
mkdirSync('dist', { recursive: true });
writeFileSync(`dist/${discoverFile}.tmp`, discoverSource);
renameSync(`dist/${discoverFile}.tmp`, `dist/${discoverFile}`);

const result = await build({
  // The helper-thread pool is an entry of its own: the discover bundle's host imports it by that path.
  entryPoints: ['src/index.ts', 'src/cli/main.ts', 'src/discover/scan/parallel.ts'],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [lazyChildProcess],
  // Bundled CommonJS code (commander) requires Node's own modules: give each chunk a `require` to do it with.
  banner: {
    js: "import { createRequire as __trustmapRequire } from 'node:module';\nconst require = __trustmapRequire(import.meta.url);",
  },
  // The discover bundle's name carries the discovery engine's content hash: what a cached discovery report was made
  // by (src/questionnaire/discoveryCache.ts), so a report of another build is not reused.
  define: {
    __TRUSTMAP_SCAN_TABLES_ID__: JSON.stringify(tablesId),
    __TRUSTMAP_DISCOVER_BUNDLE__: JSON.stringify(discoverFile),
  },
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

// The bundle's host, which bin/trustmap.js (CommonJS) requires for `discover`: CommonJS as well, so that a
// `discover` run never starts Node's ES module loader (~20 million instructions). It imports the pool's ES entry
// only when a large tree needs helper threads.
const hostFile = path.resolve('dist/cli/cachedDiscover.cjs');
await build({
  entryPoints: ['src/cli/cachedDiscover.ts'],
  outfile: hostFile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [
    {
      name: 'pool-from-es-build',
      setup(build) {
        build.onResolve({ filter: /^\.\/parallel\.js$/ }, () => ({
          path: '../discover/scan/parallel.js',
          external: true,
        }));
      },
    },
  ],
  banner: { js: 'const __trustmapSelf = require("node:url").pathToFileURL(__filename).href;' },
  define: {
    __TRUSTMAP_DISCOVER_BUNDLE__: JSON.stringify(discoverFile),
    'import.meta.url': '__trustmapSelf',
  },
  logLevel: 'warning',
});

// Chunk names carry content hashes: without this, every build would leave the last one's chunks behind (and
// `npm pack` would ship them). Only files this build did not write are removed, after it wrote its own, so a
// CLI started meanwhile (tests build while others run) never finds a chunk of the current build missing;
// dist/types (the declarations `npm pack` adds) is left alone.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(file)));
written.add(path.resolve('dist', discoverFile));
written.add(hostFile);
for (const entry of readdirSync('dist', { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !/\.js(\.map)?$|\.cjs$/.test(entry.name)) continue;
  const file = path.resolve(entry.parentPath ?? entry.path, entry.name);
  if (file.startsWith(path.resolve('dist/types'))) continue;
  if (!written.has(file)) rmSync(file);
}

const reader = Object.entries(result.metafile.outputs).find(([, output]) =>
  Object.keys(output.inputs).includes('src/discover/scan/scanTables.ts'),
);
if (!reader) throw new Error('build: no chunk holds src/discover/scan/scanTables.ts');
const tablesFile = path.join(path.dirname(reader[0]), 'discover-tables.bin');
writeFileSync(`${tablesFile}.tmp`, tables);
renameSync(`${tablesFile}.tmp`, tablesFile);
// The keyword table of earlier builds (now part of the tables file).
rmSync(path.join(path.dirname(reader[0]), 'discover-keywords.bin'), { force: true });
