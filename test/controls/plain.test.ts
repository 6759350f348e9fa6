import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import type { CheckResult } from '../../src/core/contracts.js';
import type { Finding } from '../../src/discover/types.js';
import type { SystemMapInput } from '../../src/map/index.js';
import type { Model } from '../../src/model/index.js';
import { discoveryReport, modelOf, ragMap } from './fixtures.js';

const finding = (
  provider: string,
  name: string,
  category: Finding['category'],
  receivesPrompts = false,
): Finding => ({
  id: provider,
  provider,
  name,
  category,
  hosting: 'vendor-hosted',
  confidence: 'high',
  ...(receivesPrompts ? { receivesPrompts } : {}),
  evidence: [{ file: 'src/app.ts', line: 3, signal: 'import', snippet: `import '${provider}'` }],
});

const report = (findings: Finding[]) =>
  discoveryReport(findings, [
    {
      kind: 'zdr-excluded-feature',
      provider: 'openai',
      message: 'the Assistants API stores threads',
      evidence: [{ file: 'src/a.ts', line: 9, signal: 'import', snippet: 'beta.threads' }],
    },
  ]);

/** The clean RAG map with a gap planted in every check that can fail. */
function brokenMap(): SystemMapInput {
  const map = ragMap();
  const vectors = map.components![1]!;
  vectors.name = 'Vector index';
  vectors.tenancy = { model: 'application-filter' };
  delete vectors.encryption;
  vectors.deletion = { mechanism: 'drop the tenant index', sla: '90d' };
  vectors.backups = { enabled: true };
  map.components!.push(
    { id: 'prompt-cache', name: 'Prompt cache', kind: 'cache', dataClasses: ['prompts'] },
    { id: 'tuner', name: 'Fine-tuning job', kind: 'fine-tuning-job', dataClasses: ['tuning-set'] },
  );
  map.dataClasses!.push({
    id: 'tuning-set',
    name: 'Tuning dataset',
    category: 'training-data',
    tenantScoped: true,
    derivedFrom: ['docs'],
  });
  map.flows!.push({
    id: 'export',
    from: 'api',
    to: 'tuner',
    dataClasses: ['tuning-set'],
    purpose: 'training',
  });
  // ragMap's flow `index` is also an English word ("Vector index"); a buyer would never see flow ids anyway.
  map.flows![1]!.id = 'store-chunks';
  map.subprocessors![0]!.terms = { training: 'opt-in', retention: '90d', dpa: 'dpa-openai' };
  map.subprocessors!.push({
    id: 'cohere',
    vendor: 'Cohere',
    service: 'Rerank',
    purpose: 'reranking',
    ai: true,
    dataClasses: ['docs'],
  });
  map.evidence![0]!.expires = '2026-09-30';
  map.evidence!.push({
    id: 'ir-plan',
    title: 'Incident response plan',
    kind: 'incident-response-plan',
    url: 'https://example.com/ir',
    expires: '2026-01-01',
  });
  map.controls = [{ id: 'TM-SEC-02', status: 'implemented', evidence: ['ir-plan'] }];
  return map;
}

/** The ids a buyer must never read where the map has a name for them. */
function namedIds(model: Model): string[] {
  return [
    ...model.map.components.filter((entry) => entry.name && entry.name !== entry.id),
    ...model.map.dataClasses.filter((entry) => entry.name.toLowerCase() !== entry.id),
    ...model.map.subprocessors.filter((entry) => entry.vendor.toLowerCase() !== entry.id),
    ...model.map.flows,
    ...model.map.evidence,
  ].map((entry) => entry.id);
}

function failing(model: Model): CheckResult[] {
  return runChecks(model).results.filter((result) => result.status === 'fail');
}

describe('plain words on every failing result', () => {
  const model = modelOf(brokenMap(), {
    discovery: report([
      finding('langsmith', 'LangSmith', 'llm-observability', true),
      finding('pinecone', 'Pinecone', 'vector-store'),
    ]),
  });
  const results = failing(model);

  it('plants a failure in every check that can fail', () => {
    const checks = new Set(results.flatMap((result) => [result.checkId, ...(result.alsoChecks ?? [])]));
    expect([...checks].sort()).toEqual([
      'ai-infrastructure-baseline',
      'deletion-coverage',
      'discovery-drift',
      'evidence-freshness',
      'llm-subprocessor-terms',
      'manual-controls',
      'no-training-on-customer-data',
      'prompt-output-retention',
      'tenant-isolation',
      'training-data-provenance',
    ]);
  });

  it('says each one with names, durations in words, and no ids, backticks or map words', () => {
    const ids = namedIds(model);
    for (const result of results) {
      expect(result.plain, result.message).toBeTruthy();
      const plain = result.plain!;
      expect(plain, result.message).not.toMatch(
        /`|\bTM-[A-Z]+-\d+|\b\d+[hdwy]\b|declare|\bin (?:the )?code\b|\bthe map\b|tenant-scoped|\.$/,
      );
      for (const id of ids)
        expect(plain, result.message).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
    }
  });

  it('reads as a sentence a buyer could be sent', () => {
    const plain = results.map((result) => result.plain);
    expect(plain).toEqual(
      expect.arrayContaining([
        "Vector index separates customers' data in the application only, not in the datastore itself",
        "how Prompt cache separates customers' data is not yet documented",
        'Prompt cache receives Prompts, and how long it keeps them is not yet documented',
        "customer data can reach Fine-tuning job, used for model training, without the customer's opt-in",
        'Tuning dataset is used for training, but where it comes from is not yet documented',
        'Vector index deletion takes up to 90 days, longer than the 30 days we promise; how long the backups of Vector index are kept is not yet documented',
        'how Vector index handles encryption in transit and encryption at rest is not yet documented',
        'LangSmith, a service that receives prompts, was found in our code and is under review for our sub-processor list',
        'Incident response plan expired on 2026-01-01',
        'the training, retention and DPA terms of our AI provider Cohere are not yet documented',
      ]),
    );
    const openai = results.find(
      (result) => result.subject.id === 'openai' && result.checkId !== 'deletion-coverage',
    );
    expect(openai?.plain).toBe(
      "our data processing agreement with OpenAI expired on 2026-09-30; OpenAI's terms allow it to train on what we send; OpenAI keeps data for 90 days, longer than our policy of 30 days for prompts",
    );
  });
});
