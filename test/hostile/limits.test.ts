import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readDatasetManifest } from '../../src/controls/datasetManifest.js';
import { discover } from '../../src/discover/index.js';
import { assertZipWithin, ZipRefused } from '../../src/io/index.js';
import { findExcessiveNesting } from '../../src/map/nestingGuard.js';
import { ragMap } from '../controls/fixtures.js';
import { runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';

// Classes 5, 6 and 7 of issue 11: files that hang or exhaust memory, regex blow-ups, the nesting guard. Each case
// ends in exit 2 with a message or in success; the generous timeouts only keep a regression from hanging CI.

const MB = 1024 * 1024;

describe('files that hang or exhaust memory', () => {
  it('refuses map parts that add up past the total limit before reading them all', async () => {
    const part = `# ${'x'.repeat(3 * MB)}\n`;
    const files: Record<string, string> = { 'trustmap.yaml': stringify(ragMap()) };
    for (let i = 0; i < 8; i++) files[`trustmap/part-${i}.yaml`] = part;
    const dir = await tempTree(files);
    const run = runCli(['validate', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/parts together are over the 16 MB limit/);
  }, 60_000);

  it('refuses a .trustmapignore that is a FIFO or a link to /dev/zero without hanging', async () => {
    const dir = await tempTree({ 'src/app.ts': "import OpenAI from 'openai';\n" });
    symlinkSync('/dev/zero', path.join(dir, '.gitignore'));
    execFileSync('mkfifo', [path.join(dir, 'src', '.trustmapignore')]);
    const report = await discover([dir]);
    expect(report.findings.map((finding) => finding.id)).toContain('openai');
  }, 60_000);

  it('refuses a workbook whose sheets expand past the limit before exceljs loads it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/worksheets/sheet1.xml', ' '.repeat(80 * MB));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.byteLength).toBeLessThan(MB);
    expect(() => assertZipWithin(bytes, { maxTotalBytes: 64 * MB, maxEntries: 100 })).toThrow(ZipRefused);
    const dir = await tempTree({ 'trustmap.yaml': stringify(ragMap()), 'bomb.xlsx': bytes });
    const run = runCli(['questionnaire', 'answer', 'bomb.xlsx', '--map', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bomb\.xlsx:1:1: not a readable XLSX workbook: it expands to more than 64 MB/);
  }, 60_000);

  it('refuses a CSV of far more rows than a questionnaire has, without loading them all', async () => {
    const rows = `Question,Answer\n${'Do you encrypt data at rest?,\n'.repeat(400_000)}`;
    const dir = await tempTree({ 'trustmap.yaml': stringify(ragMap()), 'many.csv': rows });
    const run = runCli(['questionnaire', 'answer', 'many.csv', '--map', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/many\.csv/);
  }, 60_000);
});

describe('regex blow-ups in discovery', () => {
  it('scans 1.5 MB single lines of adversarial shapes', async () => {
    const n = 750_000;
    const dir = await tempTree({
      '.env': `OPENAI_API_KEY=${'a-'.repeat(n)}\n`,
      'main.tf': `provider "${'a.'.repeat(n)}\n`,
      'go.mod': `require ${'a.'.repeat(n)}\n`,
      'src/host.ts': `const u = "https://${'x1.'.repeat(n / 2)}"; // api.openai.com\n`,
      'config.yaml': `password: ${'p@ss:'.repeat(n / 3)}\nurl: ${'postgres://u:'.repeat(n / 10)}\n`,
    });
    const report = await discover([dir]);
    expect(report.stats.files).toBeGreaterThanOrEqual(4);
  }, 120_000);
});

describe('the YAML nesting guard', () => {
  it('is not bypassed by an escaped backslash before a closing quote', () => {
    for (const opener of ['"\\\\"', '"a\\\\\\\\"', "'x'"]) {
      const text = `key: ${opener} ${'['.repeat(10_000)}`;
      expect(findExcessiveNesting(text, 64)).toBeGreaterThan(0);
    }
  });

  it('refuses a map that hides deep nesting behind `"\\\\"` with exit 2', async () => {
    const dir = await tempTree({ 'trustmap.yaml': `version: 1\nname: "\\\\" ${'['.repeat(200_000)}\n` });
    const run = runCli(['validate', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nests deeper than 64 levels/);
  }, 60_000);

  it('guards dataset manifests too', () => {
    expect(readDatasetManifest(`files: ${'['.repeat(100_000)}`)).toEqual({
      ok: false,
      problem: 'nests deeper than 64 levels',
    });
  });
});
