import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { csvText, escapeMarkdownText, spreadsheetText } from '../../src/core/encode.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { ragMap } from '../controls/fixtures.js';
import { ROOT, runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { companyMap, modelOf, resultsFor } from '../trust-center/fixtures.js';

// Classes 9, 10, 11 and the trust-center part of 12 of issue 11. Our variants: a tab-led DDE payload and a
// full-width `＝` in answers.yaml, reference-style links and autolinks in map values, `check | head -c 1`, and an
// SVG logo with an `onload` handler next to public `.xhtml` evidence.

describe('spreadsheet cells', () => {
  it('neutralises every formula start, full-width ones included, and leaves plain text alone', () => {
    for (const value of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '＝HYPERLINK("x")'])
      expect(spreadsheetText(value)).toBe(`'${value}`);
    expect(spreadsheetText('Yes, AES-256 at rest')).toBe('Yes, AES-256 at rest');
  });

  it("quotes a line break in a CSV cell whatever the file's line ending, so no cell starts a row", () => {
    const rows = [
      ['id', 'sources'],
      ['1', 'trustmap.yaml:3:1\ntrustmap.yaml:9:5'],
      ['2', 'a\rb'],
    ];
    for (const newline of ['\n', '\r\n'] as const) {
      const text = csvText(rows, { newline });
      // As a spreadsheet reads it: any unquoted line break ends a row.
      expect(parse(text, { record_delimiter: ['\r\n', '\n', '\r'] })).toEqual(rows);
      expect(text.endsWith(newline)).toBe(true);
    }
    expect(parse(csvText(rows, { delimiter: ';' }), { delimiter: ';' })).toEqual(rows);
  });

  it('writes an answered CSV whose answers from answers.yaml cannot run as formulas', async () => {
    const library = stringify({
      answers: [
        {
          id: 'enc',
          questions: ['Do you encrypt customer data at rest?'],
          answer: "\t=cmd|' /C calc'!A0",
        },
      ],
    });
    const dir = await tempTree({
      'trustmap.yaml': stringify(ragMap()),
      'answers.yaml': library,
      'buyer.csv': 'Question,Answer\nDo you encrypt customer data at rest?,\n',
    });
    const run = runCli(
      ['questionnaire', 'answer', 'buyer.csv', '--out', 'out.csv', '--map', '.', '--no-record'],
      {
        cwd: dir,
      },
    );
    expect(run.stderr).toBe('');
    const written = await readFile(path.join(dir, 'out.csv'), 'utf8');
    const cells = written.split(/[\n,]/).map((cell) => cell.replace(/^"|"$/g, ''));
    expect(cells.some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
    expect(written).toContain("'\t=cmd");
  }, 60_000);
});

describe('Markdown', () => {
  it('renders no link, image, reference definition, autolink, HTML or mention from map text', () => {
    const hostile =
      '[x](https://evil.example) ![p](https://t.example/p.png) [ref]: https://evil.example <img src=x> https://evil.example www.evil.example @acme/security | table';
    const out = escapeMarkdownText(hostile);
    expect(out).not.toMatch(/(?<!\\)\[|<img|https:\/\/|www\.|@acme/);
    expect(out).toContain('\\|');
    expect(escapeMarkdownText('uses `gpt-4o`')).toBe('uses `gpt-4o`');
  });
});

describe('closed stdout', () => {
  it('`trustmap check | head -c 1` ends without a stack trace or internal error', () => {
    const run = spawnSync(
      'sh',
      [
        '-c',
        `node "${path.join(ROOT, 'bin/trustmap.js')}" check examples/acme-ai --format json | head -c 1 >/dev/null; exit "\${PIPESTATUS:-0}"`,
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TRUSTMAP_NOW: '2026-11-26' } },
    );
    const direct = spawnSync('sh', ['-c', `node "${path.join(ROOT, 'bin/trustmap.js')}" schema | true`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    for (const result of [run, direct]) {
      expect(result.stderr).not.toMatch(/EPIPE|at .*\(|internal error/);
      expect(result.status).not.toBe(3);
    }
  }, 60_000);
});

describe('trust center', () => {
  it('never publishes an SVG logo or HTML evidence as a live page on the site', () => {
    const map = companyMap();
    map.evidence = [
      ...(map.evidence ?? []),
      { id: 'whitepaper', title: 'Whitepaper', path: 'docs/whitepaper.xhtml', visibility: 'public' },
    ];
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), {
      allowUnverified: true,
      logo: {
        name: 'logo.svg',
        bytes: new TextEncoder().encode(
          '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
        ),
      },
      documents: {
        whitepaper: {
          name: 'whitepaper.xhtml',
          bytes: new TextEncoder().encode('<html><script>alert(3)</script></html>'),
        },
      },
    });
    const names = Object.keys(site.files);
    expect(
      names.filter((name) => /\.(svg|x?html?|xml)$/i.test(name) && name.startsWith('documents/')),
    ).toEqual([]);
    expect(names.some((name) => name.startsWith('assets/logo'))).toBe(false);
    expect(names).toContain('documents/whitepaper.xhtml.txt');
    const text = (value: string | Uint8Array | undefined) =>
      typeof value === 'string' ? value : new TextDecoder().decode(value);
    const pages = names.filter((name) => name.endsWith('.html')).map((name) => text(site.files[name]));
    for (const page of pages) expect(page).not.toMatch(/<script>alert|onload="alert/);
  });
});
