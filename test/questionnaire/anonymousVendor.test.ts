// A vendor each customer's installation reaches with no account or agreement (`account: none`): SillyTavern
// (ba6f7b7), whose default API, AI Horde, takes every prompt under a shared anonymous key, was "reached only with a
// customer's own API key" in 40 answers, on the trust center under "✓ Verified", in the lineage and in `check`.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { describeSystem, renderDescriptionMarkdown } from '../../src/describe/index.js';
import { formatProblem } from '../../src/errors/index.js';
import { buildLineageGraph, renderMermaid } from '../../src/lineage/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { recommendSystem } from '../../src/scope/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { MINIMAL_MAP } from '../map/fixtures.js';
import { tinyModel } from './fixtures.js';

const PROMPTS = {
  id: 'prompts',
  name: 'Chats',
  category: 'prompts',
  tenantScoped: true,
  deletion: { mechanism: 'users delete their chats in the app' },
} as const;

const model = tinyModel({
  dataClasses: [PROMPTS],
  components: [
    {
      id: 'app',
      name: 'Chat app',
      kind: 'service',
      hosting: 'customer-hosted',
      retention: 'zero',
      dataClasses: ['prompts'],
    },
    {
      id: 'files',
      name: 'Data folder',
      kind: 'datastore',
      hosting: 'customer-hosted',
      dataClasses: ['prompts'],
    },
  ],
  subprocessors: [
    {
      id: 'horde',
      vendor: 'AI Horde',
      service: 'Volunteer inference network',
      purpose: 'Generates replies (the default API)',
      ai: true,
      account: 'none',
      dataClasses: ['prompts'],
    },
    {
      id: 'openai',
      vendor: 'OpenAI',
      service: 'API',
      purpose: 'Generates replies when the user picks it',
      ai: true,
      account: 'customer',
      dataClasses: ['prompts'],
    },
  ],
  flows: [
    { id: 'horde-ask', from: 'app', to: 'horde', dataClasses: ['prompts'], purpose: 'inference' },
    { id: 'openai-ask', from: 'app', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
    { id: 'save', from: 'app', to: 'files', dataClasses: ['prompts'], purpose: 'storage' },
  ],
});
const results = runChecks(model).results;
const answer = (topic: string) => {
  const composed = composeAnswer(topic, { model, results });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}: ${composed.missing}`);
  return composed.answer.text;
};

describe('a vendor reached with no account', () => {
  it('is never said to be reached with the customer’s own key, in any answer', () => {
    const texts = ['ai-model-providers', 'ai-provider-terms', 'data-residency', 'subprocessors'].map(answer);
    for (const text of texts) {
      expect(text).not.toMatch(/AI Horde[^.]*own (?:API key|account)/);
      expect(text).toContain('AI Horde');
    }
    expect(answer('ai-model-providers')).toContain(
      'Reached anonymously from each customer’s installation, with no account or agreement, so no agreement says what each does with the data: AI Horde',
    );
    expect(answer('ai-provider-terms')).toContain(
      'AI Horde is reached anonymously from each customer’s installation, with no account or agreement',
    );
    expect(answer('data-residency')).toContain(
      'AI Horde is reached anonymously, with no account or agreement',
    );
    expect(answer('subprocessors')).toContain(
      'Each customer’s installation may also reach AI Horde anonymously, with no account or agreement',
    );
    expect(answer('data-deletion')).toContain(
      'AI Horde is reached anonymously from each customer’s installation, with no account or agreement: no agreement says when it deletes it.',
    );
    // No answer presumes terms a service reached with no account may not have (twinny: the Symmetry network's peers,
    // other users' computers, "under its public terms only, which say what that provider may do with the data").
    for (const topic of ['ai-model-providers', 'ai-provider-terms', 'data-deletion', 'subprocessors'])
      expect(answer(topic)).not.toContain('public terms');
    // OpenAI, reached with each customer's own key, is said as before.
    expect(answer('ai-provider-terms')).toContain('OpenAI is reached only under a customer’s own account');
  });

  it('is said as such by the trust center, check, lineage, scope and description', () => {
    const site = buildTrustCenter(model, results, { allowUnverified: true });
    const published = JSON.parse(String(site.files['subprocessors.json'])) as {
      subprocessors: { id: string; account?: string; terms: { dpaStatus?: string } }[];
    };
    expect(published.subprocessors.find((entry) => entry.id === 'horde')).toMatchObject({
      account: 'none',
      terms: { dpaStatus: 'no-agreement' },
    });
    expect(published.subprocessors.find((entry) => entry.id === 'openai')?.terms.dpaStatus).toBe('customer');
    expect(String(site.files['subprocessors.html'])).toContain(
      'With no account or agreement: each customer’s installation reaches it anonymously',
    );
    expect(site.claims.find((claim) => claim.id === 'prompt-retention')?.statement).toContain(
      'what each customer’s installation sends AI Horde, anonymously and with no account or agreement: no agreement says how long it keeps it',
    );
    const terms = results.find(
      (result) => result.checkId === 'llm-subprocessor-terms' && result.subject.id === 'horde',
    );
    expect(terms?.message).toContain(
      'is reached anonymously from each customer’s installation, with no account or agreement (`account: none`)',
    );
    expect(renderMermaid(buildLineageGraph(model))).toContain('reached anonymously: no account');
    expect(
      recommendSystem(model, new Set()).customerAccounts.find((vendor) => vendor.id === 'horde')?.reason,
    ).toMatch(/^Reached anonymously from each customer’s installation/);
    expect(renderDescriptionMarkdown(describeSystem(model))).toContain(
      'Customers accept, by running the product, that their installation sends data to AI Horde, which receives data anonymously',
    );
  });

  it('is refused where a part of ours sends it data', () => {
    const result = loadMapFromFiles([
      {
        file: 'trustmap.yaml',
        content: MINIMAL_MAP.replace('    purpose: answers\n', '    purpose: answers\n    account: none\n'),
      },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^trustmap\.yaml:\d+:\d+: `openai` is reached with no account \(`account: none`\), but `api` is not a part each customer runs/,
      ),
    ]);
  });
});
