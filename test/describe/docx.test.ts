import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { describeSystem, renderDescriptionDocx, type SystemDescription } from '../../src/describe/index.js';
import { loadMap } from '../../src/map/index.js';
import { buildModel } from '../../src/model/index.js';
import { ROOT } from '../helpers/runCli.js';
import { companyYaml, modelFrom, NOW } from '../scope/profiles.js';

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing from the .docx`);
    return file.async('string');
  };
  return { zip, document: await read('word/document.xml'), styles: await read('word/styles.xml') };
}

/** The visible text of each paragraph with the given Word style. */
function styled(document: string, style: string): string[] {
  const paragraphs = document.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? [];
  return paragraphs
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

describe('renderDescriptionDocx', () => {
  it('writes a Word document with real heading styles, tables and the component names', async () => {
    const model = buildModel(await loadMap(path.join(ROOT, 'examples/acme-ai')), { now: NOW });
    const bytes = await renderDescriptionDocx(describeSystem(model));
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a ZIP container
    // Reproducible: the same description gives the same bytes (no clock, no process-wide counters).
    expect(Buffer.from(await renderDescriptionDocx(describeSystem(model))).equals(Buffer.from(bytes))).toBe(
      true,
    );
    const { zip, document, styles } = await open(bytes);
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    expect(XMLValidator.validate(document)).toBe(true);
    expect(styled(document, 'Title')).toEqual(['Acme AI: system description (draft)']);
    expect(styled(document, 'Heading1')).toEqual([
      'Contents',
      '1. Services provided',
      '2. Principal service commitments and system requirements',
      '3. Components of the system',
      '4. System boundary',
      '5. System incidents',
      '6. Significant changes during the period',
      '7. Control environment, risk assessment, information and communication, and monitoring',
      '8. Applicable trust services criteria and related controls',
      '9. Criteria not relevant to the system',
      '10. Subservice organisations and complementary controls',
      '11. AI inference, retrieval and training paths',
    ]);
    expect(styled(document, 'Heading2')).toEqual(
      expect.arrayContaining(['Infrastructure', 'Software', 'Training path']),
    );
    for (const name of ['DocuMind API', 'Document chunk index', 'Fine-tuning pipeline', 'LLM request log'])
      expect(document).toContain(`>${name}<`);
    expect(document.match(/<w:tbl>/g)?.length).toBe(5);
    expect(document).toContain('<w:tblHeader/>');
    // Layout: fixed column widths that fill the text width, rows that never split, one font, no code spans.
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
    const grids = [...document.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/gs)].map((grid) =>
      [...(grid[1] ?? '').matchAll(/w:w="(\d+)"/g)].reduce((sum, width) => sum + Number(width[1]), 0),
    );
    for (const total of grids) expect(total).toBe(9638);
    expect(document.match(/<w:tr>/g)?.length).toBe(document.match(/<w:cantSplit\/>/g)?.length);
    expect(styles).toContain('w:ascii="Arial"');
    expect(document.match(/<w:t[^>]*>[^<]*`[^<]*<\/w:t>/g)).toBeNull();
    // Contents with page references, and a footer with the page number and count.
    expect(document).toContain('PAGEREF s1_services');
    const footer = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/footer\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(footer.join('')).toMatch(/PAGE.*NUMPAGES/s);
    // The source of each statement is a run in our own character style, which Word lists for editing.
    expect(styles).toContain('w:styleId="TrustmapSource"');
    expect(document).toContain('<w:rStyle w:val="TrustmapSource"/>');
    expect(document.replace(/\u200B/g, '')).toContain(
      `examples/acme-ai/trustmap.yaml:${model.map.source.locations['components/api']!.line}`,
    );
  });

  it('escapes hostile map text in the XML', async () => {
    const yaml = companyYaml('name: "<script>alert(1)</script> & Co"\nstage: seed').replace(
      'name: Product API',
      `name: "]]></w:t></w:r><w:r><w:t>injected</w:t> \\"quoted\\" 'single'"`,
    );
    const { document } = await open(await renderDescriptionDocx(describeSystem(modelFrom(yaml))));
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).not.toContain('<script>');
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co: system description (draft)');
    expect(document).not.toContain('<w:t>injected</w:t>');
    expect(document).toContain('&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;injected');
  });

  it('replaces characters XML cannot carry, so Word still opens the file', async () => {
    const description: SystemDescription = {
      organization: 'Bell\u0007 Co',
      asOf: '2026-11-26',
      sections: [
        {
          id: 'services',
          title: 'Services \u0000provided',
          blocks: [
            {
              kind: 'paragraph',
              statement: { text: 'Lone surrogate \uD800 and form feed \u000C here', sources: [] },
            },
            {
              kind: 'table',
              table: {
                columns: ['A\u0001'],
                rows: [{ cells: ['cell \u001F'], sources: [{ kind: 'map', pointer: 'x' }] }],
              },
            },
          ],
        },
      ],
    };
    const { document } = await open(await renderDescriptionDocx(description));
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(styled(document, 'Title')).toEqual(['Bell\uFFFD Co: system description (draft)']);
    expect(document).toContain('Lone surrogate \uFFFD and form feed \uFFFD here');
  });
});
