import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { describeSystem, renderDescriptionMarkdown } from '../../src/describe/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { composeAnswer } from '../../src/questionnaire/index.js';
import { publishedSubprocessors } from '../../src/trust-center/index.js';
import { tinyModel } from './fixtures.js';

/**
 * A vendor reached with each customer's own API key (`subprocessors[].account`): inbox-zero, SurfSense and Langfuse let
 * a customer bring its own model provider key, and every output had said that vendor's terms as ours, or asked for a
 * DPA we cannot hold.
 */
const PROMPTS = { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true, retention: '30d' };
const vendor = (
  id: string,
  name: string,
  account?: 'ours' | 'customer' | 'ours-or-customer',
  terms?: { training: 'never'; retention: string; dpa?: string },
) => ({
  id,
  vendor: name,
  service: 'API',
  purpose: 'answer generation',
  ai: true,
  dataClasses: ['prompts'],
  regions: ['us'],
  ...(account ? { account } : {}),
  ...(terms ? { terms } : {}),
});
const map = (
  ...subprocessors: ReturnType<typeof vendor>[]
): Partial<SystemMapInput> & { subprocessors: unknown[] } => ({
  // Promised, so the answers that say nothing trains are given (without a promise they are drafts in the note).
  organization: { name: 'Tiny AI', stage: 'seed', commitments: { noTrainingOnCustomerData: true } },
  dataClasses: [PROMPTS as never],
  components: [{ id: 'api', kind: 'service', dataClasses: ['prompts'] }],
  subprocessors: subprocessors as never,
});
const text = (topic: string, model: ReturnType<typeof tinyModel>) => {
  const composed = composeAnswer(topic, { model, results: [] });
  if (!('answer' in composed)) throw new Error(`expected an answer for ${topic}`);
  return composed.answer;
};

describe('whose account a vendor is reached under (`account`)', () => {
  const ours = vendor('openai', 'OpenAI', 'ours-or-customer', {
    training: 'never',
    retention: '30d',
    dpa: 'dpa-openai',
  });
  const theirs = vendor('anthropic', 'Anthropic', 'customer');
  const evidence = [
    { id: 'dpa-openai', title: 'OpenAI DPA', url: 'https://example.com/dpa', expires: '2027-06-01' },
  ];
  const model = tinyModel({ ...map(ours, theirs), evidence } as never);

  it('says in the sub-processor list who holds the account, and counts only ours (agenta)', () => {
    const answer = text('subprocessors', model);
    expect(answer.text).toMatch(/^We use 1 sub-processor: OpenAI API/);
    expect(answer.text).toContain(
      'Customers may also connect their own accounts with Anthropic: what is sent there goes to each customer’s own account, under the customer’s own terms with that vendor.',
    );
    expect(answer.text).toContain(
      'OpenAI API: answer generation, under our account, or under a customer’s own OpenAI API key where the customer brings one (then on that customer’s own terms with OpenAI)',
    );
  });

  it('says our providers’ training and retention terms as ours, and a customer’s own key as the customer’s terms', () => {
    const training = text('ai-training-on-customer-data', model);
    // No provider of ours has silent terms, but a No would speak for Anthropic under a customer's key too: a person
    // keeps it where the question asks about us only (Flowise: "Yes. We do not train…" to "yours or a third party's").
    expect(training.yesNo).toBeUndefined();
    expect(training.review).toContain('a No speaks for us and our providers only');
    expect(training.text).toContain('Our AI providers (OpenAI) do not train on data we send them.');
    expect(training.text).toContain(
      'Anthropic is reached only under a customer’s own account, on that customer’s own terms, which say whether it trains on it.',
    );
    expect(training.text).toContain(
      'A customer that brings its own OpenAI API key sends data under its own terms with that provider',
    );
    const retention = text('ai-prompt-retention', model);
    expect(retention.text).toContain('OpenAI keeps what we send for 30 days');
    expect(retention.text).not.toMatch(/How long Anthropic keeps what we send is not yet documented/);
    expect(retention.review ?? '').not.toContain('anthropic');
    const terms = text('ai-provider-terms', model);
    expect(terms.yesNo).toBe('Yes');
    expect(terms.text).not.toContain('Anthropic API: terms not recorded');
    expect(terms.review).toBeUndefined();
  });

  it('asks no host about training, and names by its service a vendor of ours also reached with customers’ keys (typebot)', () => {
    // typebot (830ba71): every model block runs on the bot creator's key; our own OpenAI key only summarises churned
    // workspaces for us; Vercel hosts the bot runtime. "Of the providers that receive prompts, whether OpenAI and
    // Vercel train on it is not yet documented" beside "OpenAI … reached only with a customer's own API key".
    const ACCOUNTS = { id: 'accounts', name: 'Accounts', category: 'personal-data', tenantScoped: true };
    const internal = {
      ...vendor('openai-internal', 'OpenAI'),
      service: 'OpenAI API (internal scripts)',
      purpose: 'summaries of churned workspaces',
      dataClasses: ['accounts'],
    };
    const host = {
      ...vendor('vercel', 'Vercel'),
      service: 'Hosting',
      purpose: 'hosts the bot runtime',
      ai: false,
      provider: 'vercel',
    };
    const typebot = tinyModel({
      ...map(vendor('openai', 'OpenAI', 'customer'), internal as never, host as never),
      dataClasses: [PROMPTS as never, ACCOUNTS as never],
    } as never);
    const training = text('ai-training-on-customer-data', typebot).text;
    expect(training).toContain(
      // The customers' entry by its service too, now that the same company is also ours (rowboat cf478e4: "OpenAI …
      // reached only with a customer's own API key" beside an OpenAI API entry of ours).
      'Of our AI providers, whether OpenAI API (internal scripts) trains on it is not yet documented. OpenAI API is reached only under a customer’s own account',
    );
    expect(training).not.toContain('Vercel');
    // Phoenix (9478f95): every model provider under the customer's key, and "the models our providers run for us".
    const phoenix = tinyModel(map(vendor('anthropic', 'Anthropic', 'customer')) as never);
    const provenance = text('ai-training-data-provenance', phoenix).text;
    expect(provenance).not.toContain('run for us');
    expect(provenance).toContain(
      'The models customers reach under their own accounts are trained by their makers, not by us.',
    );
  });

  it('asks our terms of the vendors under our account only, without it everything is judged as ours', () => {
    const checks = runChecks(model).results.filter((result) => result.subject.id === 'anthropic');
    expect(checks.map((result) => [result.checkId, result.status])).toEqual([
      ['llm-subprocessor-terms', 'not-applicable'],
    ]);
    // The same map without the account: Anthropic has no terms, and fails as ours.
    const plain = tinyModel({ ...map(ours, vendor('anthropic', 'Anthropic')), evidence } as never);
    const failing = runChecks(plain)
      .results.filter((result) => result.subject.id === 'anthropic' && result.status === 'fail')
      .map((result) => result.checkId);
    expect(failing).toContain('llm-subprocessor-terms');
    expect(text('ai-provider-terms', plain).review).toBe('terms are not recorded for Anthropic');
  });

  it('gives the description a control the customer runs, and the trust center the account', () => {
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain(
      'Customers who use their own API key or account with OpenAI or Anthropic hold their own agreement with that vendor',
    );
    // Not a subservice organisation of ours: no row, no controls expected of it.
    expect(markdown).toContain('| OpenAI | API |');
    expect(markdown).not.toContain('| Anthropic | API |');
    expect(markdown).not.toContain('Anthropic is expected to');
    expect(markdown).not.toContain('Anthropic: no data processing agreement recorded');
    // Nor outside our boundary as one we monitor (lunary: its customers' Bedrock, Azure OpenAI and xAI); with no
    // `auditTreatment` written, how the report treats OpenAI is to be chosen (pdftochat).
    expect(markdown).toContain('Choose how this report treats OpenAI: the carve-out method');
    expect(markdown).not.toContain('(carve-out method)');
    const published = publishedSubprocessors(model);
    expect(published.find((entry) => entry.id === 'anthropic')?.account).toBe('customer');
    expect(published.find((entry) => entry.id === 'openai')?.account).toBe('ours-or-customer');
  });

  it('says customers delete their data themselves only where a deletion says they do (firecrawl)', () => {
    // firecrawl (0fac8fb): only an administrator's job deletes anything, and the description said customers could.
    const described = (mechanism: string) =>
      renderDescriptionMarkdown(
        describeSystem(
          tinyModel({
            ...map(ours),
            dataClasses: [{ ...PROMPTS, deletion: { mechanism } } as never],
            evidence,
          } as never),
        ),
      );
    // Asking only where a request path is on record (Teable, refly, lunary: no request path, and the description said
    // customers ask).
    expect(described('An administrator runs the cleanup job')).not.toContain('delete their data');
    // LLMStack (7013484): "No user-facing deletion …" was read as users deleting.
    expect(described('No user-facing deletion or expiry; an operator deletes rows')).not.toContain(
      'themselves',
    );
    expect(described('Deleted by support on the customer’s request')).toContain(
      'Customers ask Tiny AI to delete their data when they leave.',
    );
    // A user's own request in the product is not a request to us (latitude-llm 10c6c2d).
    expect(described('Account deletion request queues a worker job that removes the user row')).not.toContain(
      'Customers ask',
    );
    expect(described('Deleted within 30 days of a written request')).toContain('Customers ask Tiny AI');
    expect(described('The user deletes the chat in settings')).toContain(
      'Customers delete their data themselves when they leave.',
    );
    expect(described('The user deletes the chat in settings, or support deletes it on request')).toContain(
      'Customers ask Tiny AI to delete their data when they leave, or delete it themselves.',
    );
    // Some of their data only: said of that part (open-saas, trieve: accounts no one can delete, and the description
    // said customers delete their data themselves when they leave).
    const some = renderDescriptionMarkdown(
      describeSystem(
        tinyModel({
          ...map(ours),
          dataClasses: [
            { ...PROMPTS, deletion: { mechanism: 'The user deletes the chat in settings' } },
            { id: 'accounts', name: 'User accounts', category: 'personal-data', tenantScoped: true },
          ] as never,
          evidence,
        } as never),
      ),
    );
    expect(some).not.toContain('Customers delete their data themselves');
    expect(some).toContain(
      `Customers can delete some of their data themselves (${PROMPTS.name}); no way to delete User accounts when they leave is on record.`,
    );
    // A class whose deletion is on record, though no customer starts it, is not "not on record"; an HTTP DELETE endpoint
    // and "deleted by the customer" are deletions a customer starts (SurfSense, lunary).
    const recorded = (accounts: string, files: string) =>
      renderDescriptionMarkdown(
        describeSystem(
          tinyModel({
            ...map(ours),
            dataClasses: [
              { ...PROMPTS, deletion: { mechanism: 'The user deletes the chat in settings' } },
              {
                id: 'accounts',
                name: 'User accounts',
                category: 'personal-data',
                tenantScoped: true,
                deletion: { mechanism: accounts },
              },
              {
                id: 'files',
                name: 'Files',
                category: 'customer-content',
                tenantScoped: true,
                deletion: { mechanism: files },
              },
            ] as never,
            evidence,
          } as never),
        ),
      );
    const cascade = recorded('deleted with the chat thread', 'a nightly job purges rows and blobs');
    expect(cascade).toContain(`Customers can delete some of their data themselves (${PROMPTS.name}).`);
    expect(cascade).not.toContain('not on record');
    expect(cascade).not.toContain('no way to delete');
    expect(recorded('DELETE /v1/users/:id', 'deleted by the customer in the dashboard')).toContain(
      'Customers delete their data themselves when they leave.',
    );
    // Lower case is prose, not an endpoint.
    expect(recorded('delete /tmp files nightly', 'deleted by the customer in the dashboard')).not.toContain(
      'Customers delete their data themselves when they leave.',
    );
  });

  it('counts the inventory’s sub-processors without the providers customers reach with their own keys (Flowise)', () => {
    const flows = [
      { id: 'ask-openai', from: 'api', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' },
      { id: 'ask-anthropic', from: 'api', to: 'anthropic', dataClasses: ['prompts'], purpose: 'inference' },
    ];
    const answer = text('ai-data-lineage', tinyModel({ ...map(ours, theirs), evidence, flows } as never));
    expect(answer.text).toContain(
      '1 sub-processor (besides 1 provider customers reach under their own accounts)',
    );
  });
});
