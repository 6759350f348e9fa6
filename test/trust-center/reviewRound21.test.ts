// What the twenty-first session's reviews of real apps found on the trust center, in the answers and the description
// alike: coderabbitai/ai-pr-reviewer (d5ec397).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { describeSystem } from '../../src/describe/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { modelOf } from './fixtures.js';

/** A GitHub Action each repository runs, whose logs and comments GitHub keeps under each customer's own account. */
function actionMap(): SystemMapInput {
  return {
    version: 1,
    organization: { name: 'PR Reviewer', stage: 'seed' },
    dataClasses: [
      { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true },
      { id: 'outputs', name: 'Review comments', category: 'model-outputs', tenantScoped: true },
    ],
    components: [
      {
        id: 'action',
        name: 'Reviewer Action',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['prompts', 'outputs'],
        retention: { prompts: 'zero', outputs: 'zero' },
        encryption: { inTransit: { enabled: true, mechanism: 'HTTPS to OpenAI and GitHub' } },
      },
      {
        id: 'actions-logs',
        name: 'GitHub Actions job logs',
        kind: 'log-sink',
        hosting: 'vendor',
        subprocessor: 'github',
        dataClasses: ['outputs'],
        retention: { outputs: '90d' },
      },
    ],
    subprocessors: [
      {
        id: 'github',
        vendor: 'GitHub',
        service: 'GitHub Actions',
        purpose: 'Runs the Action and keeps its logs',
        account: 'customer',
        dataClasses: ['outputs'],
      },
    ],
    flows: [{ id: 'log', from: 'action', to: 'actions-logs', dataClasses: ['outputs'], purpose: 'logging' }],
  };
}

describe('a part a vendor keeps under each customer’s own account (ai-pr-reviewer)', () => {
  const model = modelOf(actionMap());
  const results = runChecks(model).results;

  it('is kept by that vendor in the encryption answers, not run by the customer', () => {
    const composed = composeAnswer('encryption-in-transit', { model, results });
    if (!('answer' in composed)) throw new Error(composed.missing);
    expect(composed.answer.text).toContain(
      "GitHub Actions job logs is kept by GitHub under each customer's own account, as GitHub's terms with that customer say.",
    );
    expect(composed.answer.text).not.toContain('GitHub Actions job logs runs in each customer');
  });

  it('has its data centres said as the vendor’s in the description', () => {
    const text = JSON.stringify(describeSystem(model));
    expect(text).toContain(
      "or with a vendor under each customer's own account, whose data centres are that vendor's",
    );
  });

  it('keeps prompts for the time the map gives it on the site', () => {
    const site = buildTrustCenter(model, results, { allowUnverified: true });
    const page = String(site.files['index.html']);
    expect(page).toContain(
      'GitHub Actions job logs (at GitHub, under each customer’s own account, for 90 days)',
    );
    expect(page).toContain('which are each customer’s own');
    expect(page).not.toContain('GitHub Actions job logs, which each customer runs');
  });
});

describe('the data a model provider receives (opencommit, next13-ai-saas)', () => {
  it('is what the flows carry to it, not what it sends back', () => {
    // opencommit: "Generated commit messages" listed as data each of nine providers receives, of messages they return.
    const model = modelOf({
      version: 1,
      organization: { name: 'Commit AI', stage: 'seed' },
      dataClasses: [
        { id: 'diffs', name: 'Staged code changes', category: 'customer-content', tenantScoped: true },
        { id: 'messages', name: 'Generated commit messages', category: 'model-outputs', tenantScoped: true },
      ],
      components: [{ id: 'app', name: 'App', kind: 'service', dataClasses: ['diffs', 'messages'] }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'Writes commit messages',
          ai: true,
          dataClasses: ['diffs', 'messages'],
        },
      ],
      flows: [{ id: 'ask', from: 'app', to: 'openai', dataClasses: ['diffs'], purpose: 'inference' }],
    });
    const page = String(
      buildTrustCenter(model, runChecks(model).results, { allowUnverified: true }).files[
        'ai-data-practices.html'
      ],
    );
    const row = /<th[^>]*>OpenAI<br>.*?<\/tr>/s.exec(page)?.[0] ?? '';
    expect(row).toContain('Staged code changes');
    expect(row).not.toContain('Generated commit messages');
  });
});

describe('the compliance status with no framework on record', () => {
  it('says so instead of a heading over nothing (shell_gpt, opencommit, chainlit)', () => {
    const model = modelOf(actionMap());
    const page = String(
      buildTrustCenter(model, runChecks(model).results, { allowUnverified: true }).files['index.html'],
    );
    const section = /<section aria-labelledby="compliance">(.*?)<\/section>/s.exec(page)?.[1] ?? '';
    expect(section).toContain('No audit, certification or target framework is on record yet.');
    expect(section).not.toContain('<ul class="grid">');
  });
});

describe('a service reached with no account', () => {
  it('has no agreement, not "its public terms", in the DPA column (whatsapp-chatgpt)', () => {
    const model = modelOf({
      version: 1,
      organization: { name: 'Bot', stage: 'seed' },
      dataClasses: [{ id: 'replies', name: 'Replies', category: 'model-outputs', tenantScoped: true }],
      components: [
        { id: 'bot', name: 'Bot', kind: 'service', hosting: 'customer-hosted', dataClasses: ['replies'] },
      ],
      subprocessors: [
        {
          id: 'speech',
          vendor: 'Speech API',
          service: 'Text to speech',
          purpose: 'Reads replies aloud',
          ai: true,
          account: 'none',
          dataClasses: ['replies'],
        },
      ],
      flows: [{ id: 'speak', from: 'bot', to: 'speech', dataClasses: ['replies'], purpose: 'inference' }],
    });
    const page = String(
      buildTrustCenter(model, runChecks(model).results, { allowUnverified: true }).files[
        'ai-data-practices.html'
      ],
    );
    const row = /<th[^>]*>Speech API<br>.*?<\/tr>/s.exec(page)?.[0] ?? '';
    expect(row).toContain('none: reached with no account');
  });
});
