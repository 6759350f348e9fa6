import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { companyYaml } from '../scope/profiles.js';

const env = { TRUSTMAP_NOW: '2026-11-26T12:00:00Z' };

describe('trustmap describe', () => {
  it('prints the Markdown draft of the example company, with the failing checks as reviewer notes', () => {
    const run = runCli(['describe', 'examples/acme-ai'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      '# Acme AI: system description (draft)',
      '',
      'Draft as of 2026-11-26, written by Trustmap from the system map. Each statement cites where it comes from; parts marked “to be written by the company” have no fact behind them yet. Edit freely before it goes to the auditor.',
    ]);
    expect(run.stdout).toContain('## Notes for reviewers (remove before issuing)');
    // Kept 90 days is one gap, led by the deletion check; the retention check is folded into it.
    expect(run.stdout).toMatch(/\| Deletion coverage \| fail \| high \| component prompt-logs \|/);
  });

  it('writes a .docx atomically with --out', async () => {
    const dir = await tempTree({ 'trustmap.yaml': companyYaml('name: Small Co\nstage: seed') });
    const run = runCli(['describe', '--format', 'docx', '--out', 'system-description.docx'], {
      cwd: dir,
      env,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('✓ wrote system-description.docx (12 sections)\n');
    const zip = await JSZip.loadAsync(await readFile(path.join(dir, 'system-description.docx')));
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('>Small Co: system description (draft)<');
    expect(document).toContain('>Vector index<');
  });

  it('refuses docx on standard output, and an unwritable --out, with exit 2', async () => {
    const dir = await tempTree({ 'trustmap.yaml': companyYaml('name: Small Co\nstage: seed') });
    const toStdout = runCli(['describe', '--format', 'docx'], { cwd: dir, env });
    expect(toStdout.code).toBe(2);
    expect(toStdout.stderr).toBe(
      'error --format docx writes a binary file\n  hint: pass --out system-description.docx\n',
    );
    const missing = runCli(['describe', '--out', 'no/such/folder/x.md'], { cwd: dir, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'error cannot write no/such/folder/x.md: ENOENT\n  hint: check that the folder exists and is writable\n',
    );
  });
});
