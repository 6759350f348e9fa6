/**
 * `npm run bench:discover`: builds deterministic synthetic repositories at several sizes and measures
 * `trustmap discover` on them (files/s, MB/s, peak RSS, wall time including Node start-up), next to `rg`
 * with the same keywords when ripgrep is installed. Benchmarks, not tests: nothing here fails on time.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { buildFixture } from './discoverFixture.js';

const SIZES = [
  { label: '300 files', files: 300, averageBytes: 10_000 },
  { label: '5k files', files: 5_000, averageBytes: 10_000 },
  { label: '50k files', files: 50_000, averageBytes: 10_000 },
];
const BIN = path.resolve('bin/trustmap.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Measured {
  /** Median over the runs (after one warm-up run). */
  wallMs: number;
  rssMb: number;
  files: number;
  skipped: number;
  findings: number;
}

/** Runs a node program once; peak RSS comes from the child's own resource usage, printed on exit. */
function runNode(entry: string, args: string[]): Measured {
  const wrapper = path.resolve('node_modules/.cache/trustmap-bench/measure.mjs');
  mkdirSync(path.dirname(wrapper), { recursive: true });
  writeFileSync(
    wrapper,
    "process.on('exit', () => process.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS + '\\n'));\n" +
      'const entry = process.argv[2];\nprocess.argv.splice(2, 1);\nprocess.argv[1] = entry;\nawait import(entry);\n',
  );
  const started = performance.now();
  const result = spawnSync(process.execPath, [wrapper, entry, ...args], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`discover failed (${result.status}): ${result.stderr}`);
  const report = JSON.parse(result.stdout) as {
    stats: { files: number };
    skipped: unknown[];
    findings: unknown[];
  };
  const rss = Number(/RSS (\d+)/.exec(result.stderr)?.[1] ?? 0);
  return {
    wallMs,
    rssMb: rss / 1024,
    files: report.stats.files,
    skipped: report.skipped.length,
    findings: report.findings.length,
  };
}

const runCli = (root: string, extra: string[] = []) =>
  runNode(BIN, ['discover', root, '--format', 'json', '--fail-on', 'none', ...extra]);

/**
 * Bundles bench/discoverEntry.ts (the engine without the rest of the CLI) into a temporary file, with the build's
 * scan tables beside it and their id in the bundle, as `npm run build` does for the CLI.
 */
async function leanEntry(): Promise<string> {
  const { build } = await import('esbuild');
  const { readKeywordImage } = await import('../src/discover/scan/keywordImage.js');
  const { SCAN_TABLES_FILE } = await import('../src/discover/scan/scanTables.js');
  // Inside the repository so that the bundle resolves its dependencies from node_modules.
  const outfile = path.resolve('node_modules/.cache/trustmap-bench/discover-entry.mjs');
  const tables = readFileSync(path.resolve('dist', SCAN_TABLES_FILE));
  mkdirSync(path.dirname(outfile), { recursive: true });
  copyFileSync(path.resolve('dist', SCAN_TABLES_FILE), path.join(path.dirname(outfile), SCAN_TABLES_FILE));
  await build({
    entryPoints: [path.resolve('bench/discoverEntry.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    define: { __TRUSTMAP_SCAN_TABLES_ID__: JSON.stringify(readKeywordImage(tables)?.id ?? '') },
    logLevel: 'warning',
  });
  return outfile;
}

function hasRipgrep(): boolean {
  return spawnSync('rg', ['--version']).status === 0;
}

async function keywords(): Promise<string[]> {
  const { compileCatalog, PROVIDERS } = await import('../src/discover/index.js');
  return compileCatalog(PROVIDERS).keywords.map((keyword) => keyword.text);
}

function runRipgrep(root: string, patternFile: string): number {
  const started = performance.now();
  spawnSync(
    'rg',
    ['--count-matches', '--ignore-case', '--fixed-strings', '--file', patternFile, '--threads', '2', root],
    {
      maxBuffer: 1 << 30,
    },
  );
  return performance.now() - started;
}

/** Bare Node start-up (`node -e ''`): the floor under any CLI written for Node, measured in the same run. */
function runBareNode(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '']);
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(run: () => Measured): Measured & { wallMs: number } {
  run();
  const runs = Array.from({ length: RUNS }, run);
  return {
    ...runs[0]!,
    wallMs: median(runs.map((r) => r.wallMs)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
  };
}

function row(label: string, files: number, mb: number, measured: Measured, rgMs?: number): string {
  const wall = measured.wallMs;
  return [
    label.padEnd(24),
    String(files).padStart(6),
    mb.toFixed(1).padStart(7),
    wall.toFixed(0).padStart(8),
    ((files / wall) * 1000).toFixed(0).padStart(8),
    ((mb / wall) * 1000).toFixed(1).padStart(7),
    measured.rssMb.toFixed(0).padStart(8),
    ((wall * 1000) / files).toFixed(0).padStart(8),
    (rgMs === undefined ? '-' : rgMs.toFixed(0)).padStart(7),
    (rgMs === undefined ? '-' : `${(wall / rgMs).toFixed(1)}x`).padStart(7),
  ].join(' ');
}

/** Files and bytes under a real tree, counted the way rg sees it (respecting .gitignore). */
function treeSize(root: string): { files: number; mb: number } {
  const listed = spawnSync('rg', ['--files', root], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const files = listed.stdout.split('\n').filter(Boolean);
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // Vanished or unreadable: not counted.
    }
  }
  return { files: files.length, mb: bytes / 1e6 };
}

function hasCdxgen(): boolean {
  return spawnSync('cdxgen', ['--version']).status === 0;
}

/**
 * Real-repository mode: `npm run bench:discover -- <path>...`. For each tree, in the same run: the median of
 * `trustmap discover` through the CLI (Node start-up included), of the engine alone, and of `rg` with the
 * catalog's keywords, then the ratio; cdxgen too when it is installed.
 */
async function realRepositories(roots: string[]): Promise<void> {
  const rg = hasRipgrep();
  const patternFile = path.join(tmpdir(), 'trustmap-bench-keywords.txt');
  if (rg) writeFileSync(patternFile, `${(await keywords()).join('\n')}\n`);
  const lean = await leanEntry();
  const cdxgen = hasCdxgen();
  console.log(
    `trustmap discover on real trees (node ${process.version}, ${RUNS} runs each after a warm-up, median)`,
  );
  console.log(
    `machine: ${availableParallelism()} cores, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  console.log(rg ? 'rg: same keywords as fixed strings, case-insensitive, 2 threads' : 'rg: not installed');
  console.log(cdxgen ? 'cdxgen: installed' : 'cdxgen: not installed (npm i -g @cyclonedx/cdxgen to compare)');
  console.log('');
  console.log(
    'tree                      files      MB   CLI ms engine ms    rg ms  node ms  CLI/rg engine/rg CLI/node  providers',
  );
  for (const root of roots) {
    const { files, mb } = treeSize(root);
    const rgMs = rg ? median(Array.from({ length: RUNS }, () => runRipgrep(root, patternFile))) : Number.NaN;
    const bare = median(Array.from({ length: RUNS }, runBareNode));
    const cli = measure(() => runCli(root));
    const engine = measure(() => runNode(lean, [root]));
    const rgAgain = rg
      ? median(Array.from({ length: RUNS }, () => runRipgrep(root, patternFile)))
      : Number.NaN;
    const rgBest = Math.min(rgMs, rgAgain);
    console.log(
      [
        path.basename(root).padEnd(24),
        String(files).padStart(6),
        mb.toFixed(1).padStart(7),
        cli.wallMs.toFixed(0).padStart(8),
        engine.wallMs.toFixed(0).padStart(9),
        (rg ? rgBest.toFixed(0) : '-').padStart(8),
        bare.toFixed(0).padStart(8),
        (rg ? `${(cli.wallMs / rgBest).toFixed(1)}x` : '-').padStart(7),
        (rg ? `${(engine.wallMs / rgBest).toFixed(1)}x` : '-').padStart(9),
        `${(cli.wallMs / bare).toFixed(1)}x`.padStart(8),
        String(cli.findings).padStart(10),
      ].join(' '),
    );
    if (cdxgen) {
      const started = performance.now();
      spawnSync('cdxgen', ['-o', path.join(tmpdir(), 'trustmap-bench-cdxgen.json'), root], {
        maxBuffer: 1 << 30,
      });
      console.log(`  cdxgen: ${(performance.now() - started).toFixed(0)} ms (one run)`);
    }
  }
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const trees = process.argv.slice(2).filter((arg) => existsSync(arg) && statSync(arg).isDirectory());
  if (trees.length) return realRepositories(trees.map((tree) => path.resolve(tree)));
  const rg = hasRipgrep();
  const patternFile = path.join(tmpdir(), 'trustmap-bench-keywords.txt');
  if (rg) writeFileSync(patternFile, `${(await keywords()).join('\n')}\n`);
  console.log(
    `trustmap discover benchmark (node ${process.version}, ${RUNS} runs each, median; warm page cache)`,
  );
  console.log(
    rg
      ? 'rg: installed, same keywords as fixed strings, 2 threads'
      : 'rg: not installed (apt-get install ripgrep to compare)',
  );
  console.log('');
  const lean = await leanEntry();
  console.log(
    `machine: ${availableParallelism()} cores, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  // Node reads these certificates at every start, before any script: part of `node -e ''` and of every CLI run.
  console.log(
    `NODE_EXTRA_CA_CERTS: ${process.env.NODE_EXTRA_CA_CERTS ? `set (${process.env.NODE_EXTRA_CA_CERTS})` : 'unset'}`,
  );
  console.log('');
  console.log(
    'run                       files      MB  wall ms  files/s    MB/s  RSS MB  us/file   rg ms  vs rg',
  );
  for (const size of SIZES) {
    if (only && !size.label.startsWith(only)) continue;
    const root = path.join(tmpdir(), `trustmap-bench-${size.files}`);
    const built = await buildFixture(root, size);
    const mb = built.bytes / 1e6;
    const rgMs = rg ? median(Array.from({ length: RUNS }, () => runRipgrep(root, patternFile))) : undefined;
    // Node's own start-up, measured around the CLI's runs (the load of a shared machine drifts), so the note can
    // say how much of the CLI's time is Node before any of our code runs.
    const bareRuns = Array.from({ length: RUNS }, runBareNode);
    const cli = measure(() => runCli(root));
    bareRuns.push(...Array.from({ length: RUNS }, runBareNode));
    const bare = median(bareRuns);
    console.log(row(`${size.label}: CLI`, built.files, mb, cli, rgMs));
    console.log(
      `  CLI ${cli.wallMs.toFixed(0)} ms, of which Node start-up (\`node -e ''\`, same run) ${bare.toFixed(0)} ms: ` +
        `${(cli.wallMs - bare).toFixed(0)} ms ours, ${(cli.wallMs / bare).toFixed(1)}x bare Node`,
    );
    console.log(
      row(
        `${size.label}: CLI, 1 thread`,
        built.files,
        mb,
        measure(() => runCli(root, ['--workers', '0'])),
      ),
    );
    console.log(
      row(
        `${size.label}: engine only`,
        built.files,
        mb,
        measure(() => runNode(lean, [root])),
      ),
    );
    console.log(`  (${cli.files} files read, ${cli.skipped} skipped, ${cli.findings} providers found)`);
  }
}

await main();
