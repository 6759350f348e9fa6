// What the fifteenth session's reviews of real apps found in the trust center, each from the smallest map that shows it:
// a16z-infra/ai-town (2693ed6), clusterzx/paperless-ai (0eee0c6), stanford-oval/storm (fb951af).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { ask } from '../questionnaire/fixtures.js';
import { companyMap, modelOf, resultsFor } from './fixtures.js';

const text = (value: string | Uint8Array | undefined) => (typeof value === 'string' ? value : '');
const practices = (site: ReturnType<typeof buildTrustCenter>) => text(site.files['ai-data-practices.html']);
const deletionRow = (page: string, name: string) =>
  new RegExp(`<th[^>]*>${name}</th><td data-label="Gone within">(.*?)</td><td[^>]*>([^<]*)</td>`)
    .exec(page)
    ?.slice(1);

describe('a vendor reached only under a condition', () => {
  // ai-town: OpenAI and Together AI, used only if configured instead of the Ollama server it runs, were listed on the AI
  // data practices page as places every prompt goes, with no condition, where the answers and the lineage said it.
  const conditional = () => {
    const map = companyMap();
    map.subprocessors!.push({
      id: 'together',
      vendor: 'Together AI',
      service: 'Inference API',
      purpose: 'Answers',
      ai: true,
      dataClasses: ['prompts', 'contracts'],
    });
    map.flows!.push({
      id: 'ask-together',
      from: 'api',
      to: 'together',
      dataClasses: ['prompts', 'contracts'],
      purpose: 'inference',
      condition: { kind: 'other', description: 'only if we configure it as the model provider' },
    });
    return map;
  };

  it('is named with its condition in the retention, deletion and provider tables', () => {
    const page = practices(
      buildTrustCenter(modelOf(conditional()), resultsFor('pass'), { allowUnverified: true }),
    );
    expect(page).toMatch(
      /Together AI<br><span class="small muted">only if we configure it as the model provider<\/span><\/th><td[^>]*>not stated/,
    );
    expect(deletionRow(page, 'Questions')).toEqual([
      'not stated',
      'no time stated for Together AI (only if we configure it as the model provider)',
    ]);
    expect(page).toContain(
      'Together AI<br><span class="small muted">Inference API; only if we configure it as the model provider</span>',
    );
    // One always reached is named as before.
    expect(page).toContain('OpenAI<br><span class="small muted">API</span>');
  });
});

describe('data held only in what each customer runs', () => {
  it('is deleted by the customer, not "not deleted (kept with no limit)" by us (paperless-ai)', () => {
    // paperless-ai: every part runs in each customer's installation; its log file keeps prompts with no limit, and the
    // deletion table said "not deleted (kept with no limit)" of documents, prompts and outputs.
    const map = companyMap();
    map.components = [
      {
        id: 'app',
        name: 'App',
        kind: 'service',
        hosting: 'customer-hosted',
        dataClasses: ['contracts', 'prompts'],
      },
      {
        id: 'logs',
        name: 'Log files',
        kind: 'log-sink',
        hosting: 'customer-hosted',
        retention: 'indefinite',
        dataClasses: ['contracts', 'prompts'],
      },
    ];
    map.subprocessors = [];
    map.flows = [];
    const model = modelOf(map);
    const page = practices(buildTrustCenter(model, runChecks(model).results, { allowUnverified: true }));
    expect(page).not.toContain('not deleted');
    expect(deletionRow(page, 'Customer contracts')).toEqual([
      'kept only in what each customer runs, who deletes it there',
      '—',
    ]);
    // The deletion check says where it is, not that nothing holds it.
    const deletion = runChecks(model).results.find((result) => result.checkId === 'deletion-coverage');
    expect(deletion).toMatchObject({ status: 'not-applicable' });
    expect(deletion!.message).toBe(
      'tenant-scoped data is held only in what each customer runs or reaches itself, who deletes it there: app, logs',
    );
    // A place of ours that keeps it with no limit still says so.
    const ours = structuredClone(map);
    ours.components![1]!.hosting = 'self-hosted';
    expect(
      deletionRow(
        practices(buildTrustCenter(modelOf(ours), resultsFor('pass'), { allowUnverified: true })),
        'Customer contracts',
      )?.[0],
    ).toMatch(/^kept with no time limit, until deleted/);
  });
});

describe('the no-training claim', () => {
  it('is not verified while a provider of ours has no training terms on record, and names it (storm)', () => {
    // storm: "Customer data is not used to train or fine-tune models. ✓ Verified" above four providers the same page
    // listed with training "not stated".
    const map = companyMap();
    map.subprocessors!.push({
      id: 'groq',
      vendor: 'Groq',
      service: 'API',
      purpose: 'Answers',
      ai: true,
      dataClasses: ['prompts'],
    });
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'no-training');
    expect(claim?.status).toBe('unverified');
    expect(claim?.notes).toContain(
      'No terms are on record yet saying whether Groq trains on the data we send.',
    );
    // Under a customer's own key, its terms are the customer's: not held against our promise.
    const theirs = structuredClone(map);
    theirs.subprocessors!.at(-1)!.account = 'customer';
    const kept = buildTrustCenter(modelOf(theirs), resultsFor('pass'), { allowUnverified: true });
    expect(kept.claims.find((entry) => entry.id === 'no-training')?.status).toBe('verified');
  });

  it('names the providers the training answers name: a sandbox sent prompts, not a tagger of our own pages (h2ogpt)', () => {
    // h2ogpt: the page named the AI providers it lists (9) and the answers every provider prompts reach (13).
    const map = companyMap();
    map.dataClasses!.push({ id: 'site', name: 'Marketing pages', category: 'internal', tenantScoped: false });
    map.subprocessors!.push(
      { id: 'e2b', vendor: 'E2B', service: 'Sandboxes', purpose: 'Runs code', dataClasses: [] },
      {
        id: 'tagger',
        vendor: 'Tagly',
        service: 'API',
        purpose: 'Tags our pages',
        ai: true,
        dataClasses: ['site'],
      },
    );
    map.flows!.push({
      id: 'run',
      from: 'api',
      to: 'e2b',
      dataClasses: ['prompts'],
      purpose: 'code-execution',
    });
    const model = modelOf(map);
    const claim = buildTrustCenter(model, resultsFor('pass'), { allowUnverified: true }).claims.find(
      (entry) => entry.id === 'no-training',
    );
    const [answer] = ask(model, 'Do you use customer data to train your AI models?');
    expect(claim?.notes).toContain(
      'No terms are on record yet saying whether E2B trains on the data we send.',
    );
    expect(answer!.answer).toMatch(/whether E2B trains on it is not yet documented/);
    expect(claim?.notes?.join(' ')).not.toMatch(/Tagly/);
    expect(answer!.answer).not.toMatch(/Tagly/);
    expect(answer!.note).not.toMatch(/Tagly/);
  });

  it('says a claim verified by finding nothing of the kind as such, not as a check that passed (storm, paperless-ai)', () => {
    const site = buildTrustCenter(
      modelOf(companyMap()),
      resultsFor('pass', { 'no-training-on-customer-data': 'not-applicable' }),
      { allowUnverified: true },
    );
    const claim = site.claims.find((entry) => entry.id === 'no-training');
    expect(claim).toMatchObject({ status: 'verified', byAbsence: true });
    const block = /id="claim-no-training">[\s\S]*?<\/li>/.exec(practices(site))?.[0];
    expect(block).toContain('found nothing of the kind in our system map');
    // Badged as what was checked, not as proof (chatgpt-web, aws-genai-llm-chatbot, lollms-webui).
    expect(block).toContain('data-status="none-on-record"');
    expect(block).not.toContain('data-status="verified"');
    const passed = buildTrustCenter(modelOf(companyMap()), resultsFor('pass'), { allowUnverified: true });
    expect(passed.claims.find((entry) => entry.id === 'no-training')?.byAbsence).toBeUndefined();
  });
});

describe('prompts kept only where each customer runs the product', () => {
  it('names the providers each customer reaches with its own account among where they are kept (pandas-ai)', () => {
    // pandas-ai (c6b58f5): "We keep no prompts or model outputs: they are kept only in Local log file" of prompts its
    // users' own OpenAI accounts also receive.
    const map = companyMap();
    map.components = [
      {
        id: 'lib',
        name: 'Library',
        kind: 'service',
        hosting: 'customer-hosted',
        retention: 'zero',
        dataClasses: ['prompts'],
      },
      {
        id: 'log',
        name: 'Local log file',
        kind: 'log-sink',
        hosting: 'customer-hosted',
        dataClasses: ['prompts', 'answers'],
      },
    ];
    map.subprocessors = [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'API',
        purpose: 'Answers',
        ai: true,
        account: 'customer',
        dataClasses: ['prompts'],
      },
    ];
    map.flows = [{ id: 'ask', from: 'lib', to: 'openai', dataClasses: ['prompts'], purpose: 'inference' }];
    const model = modelOf(map);
    const claim = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true }).claims.find(
      (entry) => entry.id === 'prompt-retention',
    );
    expect(claim?.statement).toBe(
      'We keep no prompts or model outputs: they are kept only in Local log file, which each customer runs, for as long as the customer keeps them; what each customer sends OpenAI with its own account is kept as that customer’s own terms with it say.',
    );
    // Named from a proposed entry, the statement is not verified.
    const proposed = structuredClone(map);
    proposed.subprocessors![0]!.status = 'proposed';
    const held = modelOf(proposed);
    expect(
      buildTrustCenter(held, runChecks(held).results, { allowUnverified: true }).claims.find(
        (entry) => entry.id === 'prompt-retention',
      )?.status,
    ).toBe('unverified');
  });
});

describe('the prompt retention headline (sixteenth session)', () => {
  it('says a class kept 49 days by default beside one kept until deleted each with its time (langwatch)', () => {
    const map = companyMap();
    map.dataClasses = map.dataClasses!.map((entry) =>
      entry.id === 'prompts'
        ? { ...entry, retention: '49d', retentionConfigurable: true }
        : entry.id === 'answers'
          ? { ...entry, retention: 'until-deleted' }
          : entry,
    );
    const page = text(
      buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }).files['index.html'],
    );
    expect(page).toContain(
      'We keep questions for 49 days by default; answers until deleted. Each customer can set its own period for questions.',
    );
  });
});

describe('prompts kept only in what each customer runs (sixteenth session)', () => {
  it('names each place with when data reaches it, where only under a condition (mattermost-ai)', () => {
    // mattermost-ai (158be50): "kept only in Mattermost PostgreSQL database and Mattermost server log, … and by OpenAI,
    // Microsoft, Anthropic and Ask Sage" of a log written only while tracing is on and providers each agent may use.
    const map = companyMap();
    map.components = [
      {
        id: 'plugin',
        name: 'Plugin',
        kind: 'service',
        hosting: 'customer-hosted',
        retention: 'zero',
        dataClasses: ['prompts'],
      },
      {
        id: 'log',
        name: 'Server log',
        kind: 'log-sink',
        hosting: 'customer-hosted',
        dataClasses: ['prompts'],
      },
    ];
    map.subprocessors = [
      {
        id: 'openai',
        vendor: 'OpenAI',
        service: 'API',
        purpose: 'Answers',
        ai: true,
        account: 'customer',
        dataClasses: ['prompts'],
      },
    ];
    map.flows = [
      {
        id: 'ask',
        from: 'plugin',
        to: 'openai',
        dataClasses: ['prompts'],
        purpose: 'inference',
        condition: { kind: 'other', description: 'when an agent is configured with OpenAI' },
      },
      {
        id: 'trace',
        from: 'plugin',
        to: 'log',
        dataClasses: ['prompts'],
        purpose: 'logging',
        condition: { kind: 'other', description: 'while an administrator has turned tracing on' },
      },
    ];
    const model = modelOf(map);
    const claim = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true }).claims.find(
      (entry) => entry.id === 'prompt-retention',
    );
    expect(claim?.statement).toBe(
      'We keep no prompts or model outputs: they are kept only in Server log (only while an administrator has turned tracing on), which each customer runs, for as long as the customer keeps them; what each customer sends OpenAI (only when an agent is configured with OpenAI) with its own account is kept as that customer’s own terms with it say.',
    );
  });
});

describe('a check that did not run (sixteenth session)', () => {
  it('leaves its control not checked, not "not applicable" (SillyTavern, built with --no-discover)', () => {
    const model = modelOf(companyMap());
    const results = runChecks(model).results;
    const drift = results.find((result) => result.checkId === 'discovery-drift');
    expect(drift).toMatchObject({ status: 'not-applicable', notRun: true });
    const site = buildTrustCenter(model, results, {
      allowUnverified: true,
      controls: [{ id: 'TM-MAP-01', title: 'The system map matches the code' }],
    });
    expect(text(site.files['controls.html'])).toMatch(/The system map matches the code[\s\S]*?Not checked/);
    expect(text(site.files['controls.html'])).not.toMatch(
      /The system map matches the code[^<]*<[^>]*>[^<]*Not applicable/,
    );
  });
});

describe('the contact page (sixteenth session)', () => {
  it('offers document requests only where a document is on request (SillyTavern)', () => {
    const map = companyMap();
    map.organization!.contact = 'security@example.com';
    const withDocs = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const onRequest = withDocs.files['documents.html']?.toString().includes('On request');
    expect(onRequest).toBe(true);
    expect(text(withDocs.files['contact.html'])).toContain('For security questions, document requests and');
    map.evidence = [];
    map.subprocessors = map.subprocessors!.map((vendor) => ({ ...vendor, terms: undefined }));
    const none = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    expect(text(none.files['contact.html'])).toContain('For security questions and vulnerability reports:');
    // With no contact published, no security team is said to exist (chat-ollama).
    delete map.organization!.contact;
    const silent = text(
      buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }).files['contact.html'],
    );
    expect(silent).not.toContain('security team');
  });
});

describe('a store every customer shares, disclosed (sixteenth session)', () => {
  it('is published as said: the failing check confirms the disclosure and does not hold the site back (ai-town, storm)', () => {
    const map = companyMap();
    map.components = map.components!.map((component) =>
      component.id === 'vectors' ? { ...component, tenancy: { model: 'shared' as const } } : component,
    );
    map.components = map.components.filter((component) => component.id !== 'db');
    map.flows = map.flows!.filter((flow) => flow.from !== 'db' && flow.to !== 'db');
    const model = modelOf(map);
    const results = runChecks(model).results;
    const failing = results.filter(
      (result) => result.checkId === 'tenant-isolation' && result.status === 'fail',
    );
    expect(failing.map((result) => result.subject.id)).toContain('vectors');
    const claim = buildTrustCenter(model, results, { allowUnverified: true }).claims.find(
      (entry) => entry.id === 'tenant-isolation',
    );
    expect(claim?.statement).toContain('Clause index does not separate one customer’s data from another’s');
    expect(claim?.status).not.toBe('failing');
    // The reason says the failing result is on what the statement discloses, not that it passed.
    expect(claim?.reason).toContain('1 failing, on what the statement discloses: vectors');
  });
});

describe('a class kept nowhere (sixteenth session)', () => {
  it('is "not kept" in the deletion table, not "kept only in what each customer runs" (langtrace)', () => {
    const map = companyMap();
    map.dataClasses!.push({
      id: 'playground',
      name: 'Playground prompts',
      category: 'prompts',
      tenantScoped: true,
      retention: 'zero',
      deletion: { mechanism: 'nothing is stored' },
    });
    map.components!.push({
      id: 'self',
      name: 'Self-hosted app',
      kind: 'service',
      hosting: 'customer-hosted',
      retention: 'zero',
      dataClasses: ['playground'],
    });
    const page = practices(buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }));
    expect(deletionRow(page, 'Playground prompts')?.[0]).toBe('not kept');
  });
});
