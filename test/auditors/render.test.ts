import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  buildRequestBrief,
  matchFirms,
  parseDirectory,
  renderBriefMarkdown,
  renderBriefPdf,
  renderMatchMarkdown,
  renderMatchText,
} from '../../src/auditors/index.js';
import { adviseScope } from '../../src/scope/index.js';
import { companyYaml, modelFrom } from '../scope/profiles.js';
import { profile, TODAY } from './fixtures.js';

const HOSTILE = `version: 1
name: "Evil <b>dir</b>"
source: "x | y"
checked: ${TODAY}
firms:
  - id: evil
    name: "# Evil | <script>alert(1)</script> [link](javascript:x) 日本 🚀"
    cpaFirm: { value: true, source: "https://evil.example/a", checked: ${TODAY}, note: "<img src=x onerror=alert(1)> **bold**" }
    deliverables:
      - { value: soc2-type1, source: "https://evil.example/b", checked: ${TODAY} }
`;

describe('rendering hostile directory text', () => {
  const result = matchFirms(parseDirectory('evil.yaml', HOSTILE), profile(), TODAY);

  it('Markdown escapes names, notes and the directory line', () => {
    const markdown = renderMatchMarkdown(result);
    expect(result.matches).toHaveLength(1);
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toMatch(/[^\\]\[link[^\\]*\]\(/); // brackets arrive escaped: no link
    expect(markdown).toContain('\\[link\\](javascript:x)');
    expect(markdown).toContain('&lt;script&gt;');
    expect(markdown).toMatch(/^## 1\. \\# Evil \\\| /m);
  });

  it('text and the PDF brief survive characters the PDF fonts cannot draw', async () => {
    expect(renderMatchText(result)).toContain('日本');
    const model = modelFrom(companyYaml('name: "Zürich <AI> 🚀"\nstage: seed'));
    const advice = adviseScope(model, [], {});
    const brief = buildRequestBrief(
      { ...result, profile: { ...result.profile, organization: 'Zürich <AI> 🚀' } },
      advice,
    );
    expect(renderBriefMarkdown(brief)).toContain('Zürich &lt;AI&gt;');
    const bytes = await renderBriefPdf(brief, new Date(`${TODAY}T12:00:00Z`));
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Audit request from Zürich <AI> ?');
    // Same input, same bytes: the dates inside are fixed to the given clock.
    expect(
      Buffer.from(await renderBriefPdf(brief, new Date(`${TODAY}T12:00:00Z`))).equals(Buffer.from(bytes)),
    ).toBe(true);
  });
});
