import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import type { DiscoveryReport } from '../../src/discover/types.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { buildModel } from '../../src/model/index.js';

const MAP = (status: string) => `version: 1
organization: { name: Tiny AI, stage: seed }
dataClasses:
  - { id: prompts, name: Prompts, category: prompts, tenantScoped: true, retention: 30d }
components:
  - { id: app, kind: service, dataClasses: [prompts] }
subprocessors:
  - id: openai
${status}    vendor: OpenAI
    service: API
    provider: openai
    purpose: answers
    ai: true
    dataClasses: [prompts]
    terms: { training: never, retention: zero, dpa: dpa }
flows:
  - { id: ask, from: app, to: openai, dataClasses: [prompts], purpose: inference }
evidence:
  - { id: dpa, title: OpenAI DPA, url: "https://example.com/dpa", expires: 2027-12-01 }
`;

const report: DiscoveryReport = {
  root: '/tiny',
  findings: [
    {
      id: 'openai',
      provider: 'openai',
      name: 'OpenAI API',
      category: 'llm-api',
      hosting: 'vendor-hosted',
      confidence: 'high',
      evidence: [
        { file: 'src/a.ts', line: 1, col: 1, signal: 'import', snippet: "import OpenAI from 'openai'" },
      ],
    },
  ],
} as unknown as DiscoveryReport;

function statuses(status: string) {
  const loaded = loadMapFromFiles([{ file: 'trustmap.yaml', content: MAP(status) }]);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const model = buildModel(loaded.map, { now: new Date('2026-12-01'), discovery: report });
  const results = runChecks(model).results;
  const of = (checkId: string, subject: string) =>
    results.find((r) => r.checkId === checkId && r.subject.id === subject)?.status;
  return { terms: of('llm-subprocessor-terms', 'openai'), drift: of('discovery-drift', 'organization') };
}

describe('confirmed or it is not a fact', () => {
  it('holds passes that rest on a proposed vendor, and lets them pass once a person confirms it', () => {
    expect(statuses('    status: proposed\n')).toEqual({ terms: 'needs-evidence', drift: 'needs-evidence' });
    expect(statuses('')).toEqual({ terms: 'pass', drift: 'pass' });
  });
});
