/**
 * `npm run bench:discover`: builds deterministic synthetic repositories at several sizes and measures
 * `trustmap discover` on them (files/s, MB/s, peak RSS, wall time including Node start-up), next to `rg`
 * with the same keywords when ripgrep is installed. Benchmarks, not tests: nothing here fails on time.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFixture } from './discoverFixture.js';

const SIZES = [
  { label: '300 files', files: 300, averageBytes: 10_000 },
  { label: '5k files', files: 5_000, averageBytes: 10_000 },
  { label: '50k files', files: 50_000, averageBytes: 10_000 },
];
const BIN = path.resolve('bin/trustmap.js');
const RUNS = 3;

interface Measured {
  wallMs: number;
  rssMb: number;
  files: number;
  skipped: number;
  findings: number;
}

/** Runs the real CLI once; peak RSS comes from the child's own resource usage, printed on exit. */
function runCli(root: string): Measured {
  const script = `process.on('exit',()=>{process.stderr.write('\\nRSS '+process.resourceUsage().maxRSS+'\\n')});process.argv.splice(1,0,${JSON.stringify(BIN)});await import(${JSON.stringify(BIN)});`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, 'discover', root, '--format', 'json', '--fail-on', 'none'], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`discover failed (${result.status}): ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { stats: { files: number }; skipped: unknown[]; findings: unknown[] };
  const rss = Number(/RSS (\d+)/.exec(result.stderr)?.[1] ?? 0);
  return { wallMs, rssMb: rss / 1024, files: report.stats.files, skipped: report.skipped.length, findings: report.findings.length };
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
  spawnSync('rg', ['--count-matches', '--ignore-case', '--fixed-strings', '--file', patternFile, '--threads', '2', root], {
    maxBuffer: 1 << 30,
  });
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const only = process.argv[2];
  const rg = hasRipgrep();
  const patternFile = path.join(tmpdir(), 'trustmap-bench-keywords.txt');
  if (rg) writeFileSync(patternFile, `${(await keywords()).join('\n')}\n`);
  console.log(`trustmap discover benchmark (node ${process.version}, ${RUNS} runs each, median; warm page cache)`);
  console.log(rg ? 'rg: installed, same keywords as fixed strings, 2 threads' : 'rg: not installed (apt-get install ripgrep to compare)');
  console.log('');
  console.log('size        files    MB      wall ms  files/s   MB/s    peak RSS MB  us/file  rg ms   ratio');
  for (const size of SIZES) {
    if (only && !size.label.startsWith(only)) continue;
    const root = path.join(tmpdir(), `trustmap-bench-${size.files}`);
    const built = await buildFixture(root, size);
    runCli(root);
    const runs = Array.from({ length: RUNS }, () => runCli(root));
    const wall = median(runs.map((r) => r.wallMs));
    const rss = Math.max(...runs.map((r) => r.rssMb));
    const mb = built.bytes / 1e6;
    const rgMs = rg ? median(Array.from({ length: RUNS }, () => runRipgrep(root, patternFile))) : undefined;
    console.log(
      [
        size.label.padEnd(10),
        String(built.files).padStart(6),
        mb.toFixed(1).padStart(7),
        wall.toFixed(0).padStart(10),
        ((built.files / wall) * 1000).toFixed(0).padStart(8),
        ((mb / wall) * 1000).toFixed(1).padStart(7),
        rss.toFixed(0).padStart(12),
        ((wall * 1000) / built.files).toFixed(0).padStart(8),
        (rgMs === undefined ? '-' : rgMs.toFixed(0)).padStart(6),
        (rgMs === undefined ? '-' : `${(wall / rgMs).toFixed(1)}x`).padStart(7),
      ].join(' '),
    );
    console.log(`            (${runs[0]!.files} files read, ${runs[0]!.skipped} skipped, ${runs[0]!.findings} providers found)`);
  }
}

await main();
