import { describe, expect, it } from 'vitest';
import { describeSystem, findAiPaths, renderDescriptionMarkdown } from '../../src/describe/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { DOCS, documentOnFile, tinyModel } from '../questionnaire/fixtures.js';

type ComponentEntry = NonNullable<SystemMapInput['components']>[number];

const ours: ComponentEntry = {
  id: 'app',
  name: 'App',
  kind: 'service',
  hosting: 'self-hosted',
  dataClasses: ['docs'],
};
/** The app on a vendor's platform (`host`), so that vendor holds physical access. */
const app: ComponentEntry = { ...ours, hosting: 'vendor', subprocessor: 'host' };
const vendor = (id: string, name: string, more: Record<string, unknown> = {}) => ({
  id,
  vendor: name,
  service: `${name} service`,
  purpose: 'serves the app',
  dataClasses: ['docs'],
  ...more,
});

describe('the description states what the map records, and no more (pdftochat)', () => {
  it('says an AI system is classed at a risk, and assessed only where an impact assessment is on record', () => {
    // pdftochat (ab8cfd0): "PDF chat assistant is assessed as limited risk" with no impact assessment on file.
    const system = {
      id: 'chat',
      name: 'PDF chat',
      purpose: 'answers questions about a PDF',
      role: ['deployer' as const],
      riskClass: 'limited' as const,
      components: ['app'],
    };
    const classed = renderDescriptionMarkdown(
      describeSystem(
        tinyModel({
          dataClasses: [DOCS],
          components: [ours],
          aiSystems: [system],
        }),
      ),
    );
    expect(classed).toContain('- PDF chat is classed as limited risk; no impact assessment is on record.');
    expect(classed).not.toContain('assessed as');
    const assessed = renderDescriptionMarkdown(
      describeSystem(
        tinyModel({
          dataClasses: [DOCS],
          components: [ours],
          aiSystems: [{ ...system, impactAssessment: 'aia' }],
          evidence: [documentOnFile('aia', 'AI impact assessment 2026', 'ai-impact-assessment')],
        }),
      ),
    );
    expect(assessed).toContain(
      '- PDF chat is classed as limited risk, assessed in AI impact assessment 2026 (2026-04-01).',
    );
  });

  it('states a carve-out only where the map sets `auditTreatment`, and asks for the choice elsewhere', () => {
    // pdftochat (ab8cfd0): "Outside the boundary (carve-out method): Together AI, Chroma, …" with no treatment written.
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [app],
      subprocessors: [
        vendor('host', 'HostCo', { auditTreatment: 'carve-out' }),
        vendor('llm', 'LLM Co'),
        vendor('store', 'StoreCo', { auditTreatment: 'inclusive' }),
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain(
      // Monitored only where its review is on record.
      'Outside the boundary (carve-out method): HostCo. They are subservice organisations: their controls are not described or tested here.',
    );
    expect(markdown).toContain('Included in the boundary (inclusive method): StoreCo.');
    expect(markdown).toContain(
      '**To be written by the company:** Choose how this report treats LLM Co: the carve-out method',
    );
    expect(markdown).toContain(
      '| LLM Co | LLM Co service | serves the app | Documents | to be chosen | none recorded |',
    );
    expect(markdown).toContain(
      '| HostCo | HostCo service | serves the app | Documents | carve-out | none recorded |',
    );
    // Physical access rests with the host whose carve-out the map chooses; without the choice it is conditional.
    expect(markdown).toContain(
      'physical access to the data centres is the responsibility of HostCo, carved out',
    );
    const unchosen = renderDescriptionMarkdown(
      describeSystem(
        tinyModel({ dataClasses: [DOCS], components: [app], subprocessors: [vendor('host', 'HostCo')] }),
      ),
    );
    expect(unchosen).not.toContain('carve-out method)');
    expect(unchosen).toContain(
      'is not relevant to controls Tiny AI operates if this report carves out HostCo',
    );
    expect(unchosen).toContain('not relevant if the hosts are carved out');
  });

  it('lists each hop of a path once, however many flows make it (pdftochat: App → Chroma twice)', () => {
    const model = tinyModel({
      dataClasses: [DOCS, { id: 'questions', name: 'Questions', category: 'prompts', tenantScoped: true }],
      components: [{ ...ours, dataClasses: ['docs', 'questions'] }],
      subprocessors: [vendor('chroma', 'Chroma', { provider: 'chroma', dataClasses: ['docs', 'questions'] })],
      flows: [
        { id: 'embed', from: 'app', to: 'chroma', dataClasses: ['docs'], purpose: 'embedding' },
        {
          id: 'search',
          from: 'app',
          to: 'chroma',
          dataClasses: ['questions'],
          purpose: 'retrieval',
          condition: { kind: 'other', description: 'when a question is asked' },
        },
      ],
    });
    const [path, ...others] = findAiPaths(model).retrieval;
    expect(others).toEqual([]);
    expect(path).toMatchObject({ hops: ['app', 'chroma'], flows: ['embed', 'search'], conditions: [] });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    // Once, carrying what either flow does, citing both.
    const lines = markdown.match(/^- App → Chroma .*$/gm) ?? [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^- App → Chroma \(carries Documents, Questions\)\. <sub>\(trustmap\.yaml lines \d+, \d+\)<\/sub>$/,
    );
  });
});
