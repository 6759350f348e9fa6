import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  bundledDirectoryFile,
  checkDirectory,
  directoryJsonSchema,
  factsOf,
  loadDirectory,
  parseDirectory,
  pdfSafe,
} from '../../src/auditors/index.js';
import { InputError } from '../../src/errors/index.js';
import { ROOT } from '../helpers/runCli.js';
import { TODAY } from './fixtures.js';

describe('the bundled auditor directory', () => {
  const directory = loadDirectory(undefined, ROOT);

  it('validates and holds at least 15 firms across sizes', () => {
    expect(directory.bundled).toBe(true);
    expect(directory.firms.length).toBeGreaterThanOrEqual(15);
    expect(new Set(directory.firms.map((firm) => firm.size)).size).toBeGreaterThanOrEqual(3);
  });

  it('every fact has a public source and a checked date no later than the directory’s date', () => {
    expect(checkDirectory(directory, directory.checked)).toEqual([]);
    for (const firm of directory.firms)
      for (const [field, fact] of factsOf(firm)) {
        expect(fact.source, `${firm.id}.${field}`).toMatch(/^https?:\/\/\S+$/);
        expect(fact.checked, `${firm.id}.${field}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(fact.checked! <= directory.checked).toBe(true);
      }
  });

  it('the committed JSON Schema is the one generated from the zod schema', () => {
    const committed = JSON.parse(
      readFileSync(path.join(path.dirname(bundledDirectoryFile()), 'directory.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(directoryJsonSchema());
  });
});

describe('reading a directory', () => {
  it('reports shape problems with file:line and refuses duplicate ids', () => {
    const bad = `version: 1\nname: x\nsource: y\nchecked: ${TODAY}\nfirms:\n  - { id: a, name: A, cpaFirm: { value: yes please } }\n`;
    expect(() => parseDirectory('bad.yaml', bad)).toThrow(InputError);
    try {
      parseDirectory('bad.yaml', bad);
    } catch (error) {
      expect((error as InputError).problems[0]?.location).toMatchObject({ file: 'bad.yaml', line: 6 });
    }
    const twice = `version: 1\nname: x\nsource: y\nchecked: ${TODAY}\nfirms:\n  - { id: a, name: A }\n  - { id: a, name: B }\n`;
    expect(() => parseDirectory('twice.yaml', twice)).toThrow(/appears twice/);
  });

  it('flags a fact dated in the future as ignored', () => {
    const text = `version: 1\nname: x\nsource: y\nchecked: ${TODAY}\nfirms:\n  - id: a\n    name: A\n    cpaFirm: { value: true, source: "https://a.example", checked: 2031-01-01 }\n`;
    expect(checkDirectory(parseDirectory('f.yaml', text), TODAY)).toEqual([
      { firm: 'a', line: 6, field: 'cpaFirm', problem: 'future-date' },
    ]);
  });

  it('makes any text safe for the PDF fonts', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const safe = pdfSafe('Zürich ’quotes’ 日本 \u0007 emoji 🚀', font);
    expect(() => font.encodeText(safe)).not.toThrow();
    expect(safe).toContain('Zürich');
    expect(safe).not.toContain('日');
  });
});
