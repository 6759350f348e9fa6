import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import {
  buildTrustCenter,
  publicTrainingLineage,
  type SubprocessorList,
} from '../../src/trust-center/index.js';

import { companyMap, findingOf, modelOf, resultsFor } from './fixtures.js';

const text = (value: string | Uint8Array | undefined) => (typeof value === 'string' ? value : '');
const pages = (site: ReturnType<typeof buildTrustCenter>) =>
  Object.entries(site.files).filter(([name]) => name.endsWith('.html')) as [string, string][];

describe('a claim is only as good as what it rests on', () => {
  it('holds back a claim that rests on a proposed map entry, even when its check passes', () => {
    const map = companyMap();
    map.components = map.components!.map((component) =>
      component.id === 'db' ? { ...component, status: 'proposed' } : component,
    );
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const isolation = site.claims.find((claim) => claim.id === 'tenant-isolation');
    expect(isolation?.status).toBe('unverified');
    expect(isolation?.reason).toContain('proposed: db');
    expect(isolation?.notes).toContain(
      'Part of what this statement rests on is proposed and not yet confirmed by our team.',
    );
    const block = /id="claim-tenant-isolation">[\s\S]*?<\/li>/.exec(text(site.files['index.html']))?.[0];
    expect(block).toContain('Not yet verified');
    expect(block).not.toContain('✓</span> Verified');
    expect(() => buildTrustCenter(modelOf(map), resultsFor('pass'))).toThrow(/tenant-isolation/);
  });

  it('says isolation is verified only when every store passed a live probe, and names the others', () => {
    const site = buildTrustCenter(modelOf(companyMap()), resultsFor('pass', {}, { liveProbe: false }), {
      allowUnverified: true,
    });
    const claim = site.claims.find((entry) => entry.id === 'tenant-isolation');
    expect(claim?.status).toBe('unverified');
    expect(claim?.notes).toContain('Declared but not yet tested live: Contract store and Clause index.');
    const page = text(site.files['ai-data-practices.html']);
    expect(page).toContain('0 of 2 stores holding customer data have passed one recently.');
    expect(page).toMatch(/Clause index[\s\S]*?Not tested live/);
  });

  it('counts a store found in the code but missing from the map against the isolation claim', () => {
    const model = modelOf(companyMap(), {
      findings: [findingOf('mongodb', { name: 'MongoDB', category: 'datastore', hosting: 'self-hosted' })],
    });
    const site = buildTrustCenter(model, resultsFor('pass'), { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'tenant-isolation');
    expect(claim?.status).toBe('unverified');
    expect(claim?.notes).toEqual([
      'Tested live: Contract store and Clause index.',
      'Found in our code, under review: MongoDB.',
    ]);
    expect(text(site.files['ai-data-practices.html'])).toMatch(/MongoDB[\s\S]*?Not in our system map yet/);
    // Not one the code names only as each customer's own source (Dataherald: MySQL, one of the databases its connection
    // form lists, "Found in our code, under review"; WrenAI's connectors).
    const theirs = modelOf(companyMap(), {
      findings: [
        findingOf('mysql', {
          name: 'MySQL',
          category: 'datastore',
          hosting: 'self-hosted',
          evidence: [
            { file: 'src/connectors/mysql.py', line: 1, signal: 'import', snippet: 'import pymysql' },
          ],
        }),
      ],
    });
    const own = buildTrustCenter(theirs, resultsFor('pass'), { allowUnverified: true });
    expect(text(own.files['ai-data-practices.html'])).not.toContain('MySQL');
  });
});

describe('what a place keeps, where the map does not say', () => {
  it('is not "no fixed limit" nor longer than the policy, and the customer\'s own parts are not ours (cognee, WrenAI)', () => {
    // cognee's API server, a service the session cache passes through, was said to keep it "for no fixed limit,
    // longer than the policy"; latitude-llm's prompts, with no policy, "are kept no fixed limit"; WrenAI's stores on
    // each user's machine were listed as ours.
    const map = companyMap();
    map.dataClasses = map.dataClasses!.map((entry) =>
      entry.id === 'answers' ? { ...entry, retention: undefined } : entry,
    );
    map.components = [
      ...map.components!.map((component) =>
        component.id === 'api' ? { ...component, retention: undefined } : component,
      ),
      { id: 'cache', name: 'Answer cache', kind: 'cache', dataClasses: ['prompts'] },
      {
        id: 'laptop',
        name: 'Local index',
        kind: 'vector-store',
        hosting: 'customer-hosted',
        dataClasses: ['prompts'],
      },
    ];
    map.subprocessors = [
      ...map.subprocessors!,
      {
        id: 'judge',
        vendor: 'JudgeCo',
        service: 'API',
        purpose: 'Scores',
        ai: true,
        dataClasses: ['prompts'],
      },
    ];
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const page = text(site.files['ai-data-practices.html']);
    expect(page).not.toContain('no fixed limit');
    expect(page).not.toContain('Longer than the policy');
    expect(page).toMatch(/Answer cache<\/th><td[^>]*>not stated/);
    expect(page).toMatch(/JudgeCo<\/th><td[^>]*>not stated/);
    // A service that lists them and says no time is a place whose time is not stated, not left off (seventeenth
    // session: Zero's summary service, Nextcloud's server).
    expect(page).toMatch(/>API<\/th><td[^>]*>not stated/);
    expect(page).not.toContain('Local index</th>');
    expect(page).toContain('policy: not stated');
    const claim = site.claims.find((entry) => entry.id === 'prompt-retention');
    expect(claim?.statement ?? '').not.toMatch(/kept|keeps prompts/);
  });
});

describe("what the map does not say, and what is the customer's own", () => {
  it('says SOC 2 is not pursued only where the map lists the frameworks pursued (sim, latitude-llm)', () => {
    const pursued = (frameworks: string[]) => {
      const map = companyMap();
      map.organization.frameworks = frameworks as never;
      return text(
        buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }).files['index.html'],
      );
    };
    expect(pursued([])).not.toContain('Not pursued');
    expect(pursued(['iso42001'])).toContain('Not pursued');
  });

  it("says prompts kept only in the customer's own deployment are not kept by us, verified by no part of ours keeping them (openlit, deer-flow)", () => {
    // openlit: every store in each customer's own deployment; "prompts and model outputs are kept until deleted" was
    // published, ticked Verified because the retention check had nothing to look at.
    const map = companyMap();
    map.dataClasses = map.dataClasses!.map((entry) =>
      entry.id === 'answers' ? { ...entry, retention: 'until-deleted' } : entry,
    );
    map.components = [
      {
        id: 'api',
        name: 'API',
        kind: 'api',
        hosting: 'customer-hosted',
        retention: 'zero',
        dataClasses: ['prompts'],
      },
      {
        id: 'clickhouse',
        name: 'ClickHouse',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['prompts', 'answers'],
      },
    ];
    map.subprocessors = [];
    map.flows = [];
    const model = modelOf(map);
    const notApplicable = runChecks(model).results;
    const site = buildTrustCenter(model, notApplicable, { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'prompt-retention');
    expect(claim?.statement).toBe(
      'We keep no prompts or model outputs: they are kept only in ClickHouse, which each customer runs, for as long as the customer keeps them.',
    );
    // A claim of absence, proved by the retention check finding no part or vendor of ours that keeps them; the check
    // says where they are kept, not that they are "stored nowhere" (deer-flow's refused build).
    expect(claim?.status).toBe('verified');
    const retention = notApplicable.find((result) => result.checkId === 'prompt-output-retention');
    expect(retention).toMatchObject({ status: 'not-applicable' });
    expect(retention!.message).toBe(
      'no part or vendor of ours keeps prompts or model outputs; they are kept only in what each customer runs or reaches itself: `clickhouse`',
    );
    // A store the code uses that the map does not describe may keep them: not verified.
    const found = modelOf(map, {
      findings: [findingOf('mongodb', { name: 'MongoDB', category: 'datastore', hosting: 'self-hosted' })],
    });
    const withFound = buildTrustCenter(found, runChecks(found).results, { allowUnverified: true });
    expect(withFound.claims.find((entry) => entry.id === 'prompt-retention')?.status).toBe('unverified');
  });

  it('says no "gone within" for data a store of ours keeps with no time said (sweep)', () => {
    // sweep (aa3fc7d): prompts "gone within 29 days" from one collection's TTL, beside a cache and a disk that keep
    // them with none.
    const map = companyMap();
    // No deletion time of the class's own, which would cover every place saying none.
    map.dataClasses = map.dataClasses!.map((entry) =>
      entry.id === 'contracts' ? { ...entry, deletion: { mechanism: 'offboarding job' } } : entry,
    );
    map.components = map.components!.map((component) =>
      component.id === 'db' || component.id === 'vectors' ? { ...component, retention: '29d' } : component,
    );
    const row = (site: ReturnType<typeof buildTrustCenter>) =>
      /<th[^>]*>Customer contracts<\/th><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td>/
        .exec(text(site.files['ai-data-practices.html']))
        ?.slice(1);
    expect(row(buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }))).toEqual([
      '29 days',
      '—',
    ]);
    // ai-analyst (33cdeab): "gone within 10 minutes" from a sandbox's timeout, beside model providers sent the same
    // files with no retention on record.
    const sent = structuredClone(map);
    sent.subprocessors!.push({
      id: 'llm',
      vendor: 'Acme LLM',
      service: 'API',
      purpose: 'Answers',
      ai: true,
      dataClasses: ['contracts'],
    });
    expect(row(buildTrustCenter(modelOf(sent), resultsFor('pass'), { allowUnverified: true }))).toEqual([
      'not stated',
      'no time stated for Acme LLM',
    ]);
    // Still proposed, it holds the figure back unnamed.
    sent.subprocessors!.at(-1)!.status = 'proposed';
    expect(row(buildTrustCenter(modelOf(sent), resultsFor('pass'), { allowUnverified: true }))).toEqual([
      'not stated',
      'no time stated for a place under review',
    ]);
    map.components.push({ id: 'cache', name: 'Response cache', kind: 'cache', dataClasses: ['contracts'] });
    expect(row(buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }))).toEqual([
      'not stated',
      'no time stated for Response cache',
    ]);
  });

  it('says no "gone within: until deleted", how long data is kept, as how long deleting it takes (pdftochat, zep)', () => {
    // Nutlope/pdftochat (ab8cfd0), getzep/zep (7de18df): "Gone within: until deleted" in the deletion table.
    const map = companyMap();
    map.dataClasses = map.dataClasses!.map((entry) =>
      entry.id === 'contracts' ? { ...entry, deletion: { mechanism: 'offboarding job' } } : entry,
    );
    const row = (kept: string) => {
      const copy = structuredClone(map);
      copy.components = copy.components!.map((component) =>
        component.id === 'db' || component.id === 'vectors' ? { ...component, retention: kept } : component,
      );
      return /<th[^>]*>Customer contracts<\/th><td data-label="Gone within">(.*?)<\/td><td[^>]*>([^<]*)<\/td>/
        .exec(
          text(
            buildTrustCenter(modelOf(copy), resultsFor('pass'), { allowUnverified: true }).files[
              'ai-data-practices.html'
            ],
          ),
        )
        ?.slice(1);
    };
    // The class says how it is deleted and not how long that takes; the stores keep it until then.
    expect(row('until-deleted')).toEqual([
      'not stated',
      'no time stated for Contract store and Clause index',
    ]);
    // Kept with no limit where the class's deletion removes it: kept until then (h2ogpt), not "not deleted".
    expect(row('indefinite')?.[0]).toMatch(/^kept with no time limit, until deleted <span/);
    expect(row('29d')).toEqual(['29 days', '—']);
    // With the class's own deletion time, kept until deleted is gone within it.
    map.dataClasses = map.dataClasses!.map((entry) =>
      entry.id === 'contracts' ? { ...entry, deletion: { mechanism: 'offboarding job', sla: '14d' } } : entry,
    );
    expect(row('until-deleted')).toEqual(['14 days', '—']);
    // postiz (74b01ad): kept with no limit in one place is never gone, whatever another place leaves unsaid (content
    // kept for ever read "not stated" beside a place that stated nothing); with no promise, nothing is late.
    const unpromised = structuredClone(map);
    delete unpromised.organization!.commitments;
    unpromised.dataClasses = unpromised.dataClasses!.map((entry) =>
      entry.id === 'contracts' ? { ...entry, deletion: { mechanism: 'offboarding job' } } : entry,
    );
    unpromised.components = unpromised.components!.map((component) =>
      component.id === 'db'
        ? { ...component, retention: 'indefinite' }
        : component.id === 'vectors'
          ? { ...component, retention: undefined, deletion: undefined }
          : component,
    );
    const page = text(
      buildTrustCenter(modelOf(unpromised), resultsFor('pass'), { allowUnverified: true }).files[
        'ai-data-practices.html'
      ],
    );
    expect(page).toMatch(
      /<th[^>]*>Customer contracts<\/th><td data-label="Gone within">kept with no time limit, until deleted<\/td><td[^>]*>no time stated for Clause index<\/td>/,
    );
    // With no deletion that removes it, it is not deleted.
    unpromised.dataClasses = unpromised.dataClasses!.map((entry) =>
      entry.id === 'contracts' ? { ...entry, deletion: { mechanism: 'Nothing deletes contracts.' } } : entry,
    );
    expect(
      text(
        buildTrustCenter(modelOf(unpromised), resultsFor('pass'), { allowUnverified: true }).files[
          'ai-data-practices.html'
        ],
      ),
    ).toMatch(
      /<th[^>]*>Customer contracts<\/th><td data-label="Gone within">not deleted \(kept with no limit\)<\/td>/,
    );
  });

  it('says the controls are tracked, not operated, while evidence is awaited (pdftochat)', () => {
    // Nutlope/pdftochat (ab8cfd0): "The controls PDFToChat operates" over five controls, all awaiting evidence.
    const page = text(
      buildTrustCenter(modelOf(companyMap()), resultsFor('pass'), { allowUnverified: true }).files[
        'controls.html'
      ],
    );
    expect(page).toContain('tracks, grouped by area');
    expect(page).toContain('A control awaiting evidence is not yet shown to operate.');
    expect(page).not.toMatch(/controls \S+ operates/);
  });

  it('does not count a search sent to a store as kept there (pinecone-vercel-starter)', () => {
    // pinecone-vercel-starter (cb53b81): the question's embedding, sent to the index to search it and never stored,
    // was "gone within: until deleted" as the index keeps its pages.
    const map = companyMap();
    map.components = map.components!.map((component) =>
      component.id === 'vectors' ? { ...component, retention: 'until-deleted' } : component,
    );
    map.flows = [
      ...map.flows!,
      { id: 'search', from: 'api', to: 'vectors', dataClasses: ['prompts'], purpose: 'retrieval' },
    ];
    const page = text(
      buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }).files[
        'ai-data-practices.html'
      ],
    );
    const questions = /<th[^>]*>Questions<\/th><td[^>]*>([\s\S]*?)<\/td>/.exec(page)?.[1];
    expect(questions).toBeDefined();
    expect(questions).not.toMatch(/until deleted/);
  });

  it("names the customer's own parts that also keep prompts beside our places (chat-llamaindex)", () => {
    // chat-llamaindex (179c907): chats kept in each user's browser storage were left off "Where model responses are
    // kept", which listed OpenAI alone.
    const map = companyMap();
    map.components = [
      ...map.components!,
      {
        id: 'browser',
        name: 'Browser local storage',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['answers'],
      },
    ];
    const alone = text(
      buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }).files[
        'ai-data-practices.html'
      ],
    );
    expect(alone).toContain(
      'Kept in Browser local storage, which each customer runs, for as long as the customer keeps them.',
    );
    // Beside a place of ours: "also".
    map.components = map.components!.map((component) =>
      component.id === 'db'
        ? { ...component, dataClasses: [...component.dataClasses!, 'answers'] }
        : component,
    );
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const page = text(site.files['ai-data-practices.html']);
    expect(page).toMatch(
      /Where answers go, and how long each place keeps them[\s\S]*?Contract store[\s\S]*?Also kept in Browser local storage, which each customer runs, for as long as the customer keeps them\./,
    );
    // A proposed part is not published as one.
    map.components = map.components!.map((component) =>
      component.id === 'browser' ? { ...component, status: 'proposed' as const } : component,
    );
    const proposed = text(
      buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }).files[
        'ai-data-practices.html'
      ],
    );
    expect(proposed).not.toContain('Browser local storage');
  });

  it('reads an opt-in to a feature as no opt-in to training, in the datasets and the diagram (linkwarden)', () => {
    // linkwarden (7550ebb): AI tagging, off until each user turns it on (an inference flow under `tenant-opt-in`), drew
    // "Where training data comes from" on the site of a product that trains nothing.
    const map = companyMap();
    map.flows = [
      ...map.flows!.filter((flow) => flow.id !== 'export'),
      {
        id: 'tagging',
        from: 'api',
        to: 'openai',
        dataClasses: ['contracts'],
        purpose: 'inference',
        condition: { kind: 'tenant-opt-in', description: 'the user turned on AI tagging' },
      },
    ];
    const model = modelOf(map);
    expect(publicTrainingLineage(model)).toBeUndefined();
    const page = text(
      buildTrustCenter(model, resultsFor('pass'), { allowUnverified: true }).files['ai-data-practices.html'],
    );
    expect(page).not.toContain('opt in to model improvement');
    // The fixture's own opt-in to fine-tuning still draws it.
    expect(publicTrainingLineage(modelOf(companyMap()))).toBeDefined();
  });

  it("publishes no code reference the team wrote into a sub-processor's purpose (ai-sdk-preview-rag)", () => {
    const map = companyMap();
    map.subprocessors = map.subprocessors!.map((entry) =>
      entry.id === 'aws' ? { ...entry, purpose: 'Hosting (README.md:3, app/layout.tsx:6)' } : entry,
    );
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const list = JSON.parse(text(site.files['subprocessors.json'])) as SubprocessorList;
    expect(list.subprocessors.find((entry) => entry.id === 'aws')?.purpose).toBe('Hosting');
    expect(text(site.files['subprocessors.html'])).not.toContain('README.md');
  });

  it('lists a proposed sub-processor as under review, its proposed words unpublished (openui)', () => {
    const map = companyMap();
    map.subprocessors = [
      ...map.subprocessors!,
      {
        id: 's3',
        status: 'proposed',
        vendor: 'Amazon S3',
        service: 'S3',
        purpose: 'Proposed by trustmap discover: describe what it does',
        dataClasses: ['contracts'],
        regions: ['us-east-1'],
      },
    ];
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const list = JSON.parse(text(site.files['subprocessors.json'])) as SubprocessorList;
    const s3 = list.subprocessors.find((entry) => entry.id === 's3');
    expect(s3?.status).toBe('under-review');
    expect(s3?.purpose).toBe('Under review');
    expect(s3?.locations).toEqual([]);
    expect(text(site.files['subprocessors.html'])).not.toContain('Proposed by trustmap discover');
  });

  it('invents no contact channel where the map names none (farfalle)', () => {
    const map = companyMap();
    delete map.organization.contact;
    const page = text(
      buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }).files['contact.html'],
    );
    expect(page).not.toContain('account representative');
    expect(page).toContain('has not published a security contact here yet');
  });

  it('counts a service customers reach with their own accounts apart, under their own agreement (lmnr)', () => {
    const map = companyMap();
    map.subprocessors = [
      ...map.subprocessors!,
      {
        id: 'groq',
        vendor: 'Groq',
        service: 'API',
        purpose: 'Playground',
        ai: true,
        account: 'customer',
        dataClasses: ['prompts'],
      },
      {
        id: 'github-oauth',
        vendor: 'GitHub',
        service: 'GitHub sign-in (OAuth)',
        purpose: 'Sign-in',
        account: 'customer',
        dataClasses: [],
      },
    ];
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const page = text(site.files['subprocessors.html']);
    expect(page).toContain(
      'We work with 2 sub-processors (besides 2 services customers reach only with their own accounts).',
    );
    expect(page).toMatch(/Groq[\s\S]*?The customer’s own agreement/);
    // Their own table, not the sub-processors' (openlit: "1 sub-processor" above a table of 17).
    const ours = page.slice(0, page.indexOf('Services customers connect with their own accounts'));
    expect(ours).not.toContain('Groq');
    expect(ours).toContain('OpenAI');
    expect(page).toContain(
      'Only under the customer’s own GitHub account, on the customer’s own terms with GitHub',
    );
    expect(page).toContain('Only under the customer’s own Groq account');
  });
});

describe('a store every customer shares', () => {
  it('is said as such, not under "separate in every store" (cognee)', () => {
    const map = companyMap();
    map.components = map.components!.map((component) =>
      component.id === 'vectors' ? { ...component, tenancy: { model: 'shared' as const } } : component,
    );
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'tenant-isolation');
    expect(claim?.statement).toBe(
      'Each customer’s data is kept separate from other customers’ data in Contract store; Clause index does not separate one customer’s data from another’s.',
    );
    expect(text(site.files['ai-data-practices.html'])).not.toContain('in every store that holds it');
  });

  it('says a shared store holds data together only under the condition of the flows that fill it (portkey-gateway)', () => {
    // portkey-gateway's cache, filled only when a request turns caching on: "holds every customer’s data together"
    // without the condition read as always.
    const map = companyMap();
    map.components = map.components!.map((component) =>
      component.id === 'vectors' ? { ...component, tenancy: { model: 'shared' as const } } : component,
    );
    map.flows!.push({
      id: 'index',
      from: 'api',
      to: 'vectors',
      dataClasses: ['contracts'],
      purpose: 'ingestion',
      condition: { kind: 'other', description: 'Only when a request turns caching on.' },
    });
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    expect(site.claims.find((entry) => entry.id === 'tenant-isolation')?.statement).toBe(
      'Each customer’s data is kept separate from other customers’ data in Contract store; Clause index does not separate one customer’s data from another’s (it holds it only when a request turns caching on).',
    );
    // One flow without a condition fills it always: no condition said.
    map.flows!.push({
      id: 'index-all',
      from: 'api',
      to: 'vectors',
      dataClasses: ['contracts'],
      purpose: 'ingestion',
    });
    const always = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    expect(always.claims.find((entry) => entry.id === 'tenant-isolation')?.statement).toMatch(
      /does not separate one customer’s data from another’s\.$/,
    );
  });

  it('says why a store failed its isolation check in words for buyers, not "Failed its last check" (notesGPT)', () => {
    // notesGPT (57b92f1): a per-user filter in every query, against the strict default policy, was published as
    // "Failed its last check: Convex database", which a buyer reads as a failed live test.
    const map = companyMap();
    map.components = map.components!.map((component) =>
      component.id === 'db'
        ? {
            ...component,
            tenancy: { model: 'application-filter' as const, mechanism: 'userId in every query' },
          }
        : component,
    );
    const model = modelOf(map);
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'tenant-isolation');
    expect(claim?.notes).toContain(
      "Contract store separates customers' data in the application only, not in the datastore itself.",
    );
    expect(claim?.notes?.join(' ')).not.toContain('Failed its last check');
    expect(claim?.notes?.join(' ')).not.toContain('userId');
  });

  it('never counts a store whose separation the map does not state among the separated (screenshot-to-code)', () => {
    const map = companyMap();
    map.components = map.components!.map((component) =>
      component.id === 'vectors'
        ? { ...component, tenancy: { model: 'shared' as const } }
        : component.id === 'db'
          ? { ...component, tenancy: undefined }
          : component,
    );
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'tenant-isolation');
    expect(claim?.statement).toBe(
      'Clause index does not separate one customer’s data from another’s; how Contract store separates customers’ data is not yet stated.',
    );
    // Unstated alone: not "separate in every store".
    const quiet = companyMap();
    quiet.components = quiet.components!.map((component) =>
      component.id === 'db' ? { ...component, tenancy: undefined } : component,
    );
    const alone = buildTrustCenter(modelOf(quiet), resultsFor('pass'), { allowUnverified: true });
    expect(alone.claims.find((entry) => entry.id === 'tenant-isolation')?.statement).toBe(
      'Each customer’s data is kept separate from other customers’ data in Clause index; how Contract store separates customers’ data is not yet stated.',
    );
  });

  it('is not said to have failed a live test no probe ran (farfalle)', () => {
    const map = companyMap();
    map.components = map.components!.map((component) =>
      component.id === 'vectors' ? { ...component, tenancy: { model: 'shared' as const } } : component,
    );
    const model = modelOf(map);
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    const page = text(site.files['ai-data-practices.html']);
    expect(page).toMatch(/Clause index<\/th>[\s\S]*?Not tested live/);
    expect(page).not.toContain('Failed its check');
  });
});

describe('vendors found in the code, and DPAs', () => {
  const langsmith = findingOf('langsmith', {
    name: 'LangSmith',
    category: 'llm-observability',
    hosting: 'vendor-hosted',
    vendor: 'langchain',
    ai: true,
    receivesPrompts: true,
  });

  it('lists an undeclared vendor as under review, in the count, the list, the JSON and the claims', () => {
    const site = buildTrustCenter(modelOf(companyMap(), { findings: [langsmith] }), resultsFor('pass'), {
      allowUnverified: true,
    });
    const list = JSON.parse(text(site.files['subprocessors.json'])) as SubprocessorList;
    expect(list.subprocessors.find((entry) => entry.id === 'langsmith')).toMatchObject({
      name: 'LangSmith',
      status: 'under-review',
      dataCategories: ['Questions', 'Answers'],
      terms: { dpa: false, dpaStatus: 'none' },
    });
    const count = 'We work with 2 sub-processors, and 1 more found in our code that is under review.';
    expect(text(site.files['index.html'])).toContain(count);
    expect(text(site.files['subprocessors.html'])).toContain(count);
    expect(text(site.files['subprocessors.html'])).toMatch(/LangSmith[\s\S]*?Under review/);
    const providers = site.claims.find((claim) => claim.id === 'model-providers');
    expect(providers?.notes).toContain(
      'LangSmith, found in our code, is under review as a sub-processor; its terms are not yet on file.',
    );
    const retention = site.claims.find((claim) => claim.id === 'prompt-retention');
    expect(retention?.notes?.join(' ')).toContain('LangSmith, found in our code and receiving prompts');
    // the AI page's providers table lists it too
    expect(text(site.files['ai-data-practices.html'])).toMatch(/id="providers"[\s\S]*LangSmith/);
  });

  it('does not list a vendor the map declares through its company (aws covers aws-s3)', () => {
    const s3 = findingOf('aws-s3', {
      name: 'Amazon S3',
      category: 'datastore',
      hosting: 'vendor-hosted',
      vendor: 'aws',
    });
    const site = buildTrustCenter(modelOf(companyMap(), { findings: [s3] }), resultsFor('pass'));
    expect(text(site.files['subprocessors.json'])).not.toContain('under-review');
  });

  it('says an expired DPA plainly, with its date, in the list, the providers table and the claim', () => {
    const map = companyMap();
    map.evidence = map.evidence!.map((entry) =>
      entry.id === 'dpa-openai' ? { ...entry, expires: '2026-09-30' } : entry,
    );
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    for (const page of ['subprocessors.html', 'ai-data-practices.html'])
      expect(text(site.files[page])).toMatch(/DPA expired<\/span> <span class="small">on 2026-09-30/);
    const list = JSON.parse(text(site.files['subprocessors.json'])) as SubprocessorList;
    expect(list.subprocessors.find((entry) => entry.id === 'openai')?.terms).toMatchObject({
      dpa: false,
      dpaStatus: 'expired',
      dpaExpires: '2026-09-30',
    });
    // AWS has no DPA in the map: said, not left out
    expect(text(site.files['subprocessors.html'])).toMatch(/Amazon Web Services[\s\S]*?No DPA on file/);
  });
});

describe('what is public is chosen', () => {
  it('keeps tenancy mechanisms internal unless the component is public, and never names an internal one', () => {
    const map = companyMap();
    map.components = map.components!.map((component) =>
      component.id === 'vectors'
        ? {
            ...component,
            visibility: 'public',
            tenancy: { model: 'index-per-tenant', mechanism: 'one index per tenant' },
          }
        : component.id === 'db'
          ? { ...component, visibility: 'internal' }
          : component,
    );
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'));
    const page = text(site.files['ai-data-practices.html']);
    expect(page).toContain('one index per tenant');
    expect(page).not.toContain('FORCE RLS');
    expect(page).not.toContain('Contract store');
    expect(page).toContain('an internal datastore');
    for (const [name, html] of pages(site)) expect(html, name).not.toContain('Contract store');
    expect(site.omitted).toEqual(
      expect.arrayContaining([
        expect.stringContaining('tenancy mechanisms of 1 component(s) kept internal: db'),
        expect.stringContaining('1 internal component(s) counted but not named: db'),
      ]),
    );
  });

  it('shows a failing control only when chosen, publishes notes only for public controls, hides internal ones', () => {
    const map = companyMap();
    map.controls = [
      { id: 'TM-VEND-01', visibility: 'public', notes: 'Renewal signed, waiting for countersignature.' },
      { id: 'TM-DATA-01', visibility: 'internal' },
      { id: 'TM-GOV-01', status: 'planned', notes: 'read by on-call only' },
    ];
    const site = buildTrustCenter(modelOf(map), resultsFor('pass', { 'llm-subprocessor-terms': 'fail' }), {
      allowUnverified: true,
      controls: [
        { id: 'TM-DATA-01', title: 'No training without opt-in' },
        {
          id: 'TM-VEND-01',
          title: 'AI vendor terms',
          criteria: [{ framework: 'SOC 2', id: 'CC9.2', title: 'Vendor risk' }],
        },
        { id: 'TM-GOV-01', title: 'AI policy' },
      ],
    });
    const page = text(site.files['controls.html']);
    expect(page).toMatch(
      /AI vendor terms[\s\S]*?Renewal signed[\s\S]*?Failing[\s\S]*?SOC 2 CC9.2<\/span> Vendor risk/,
    );
    expect(page).not.toContain('No training without opt-in');
    expect(page).toMatch(/AI policy[\s\S]*?Planned/);
    expect(page).not.toContain('read by on-call only');
    expect(site.omitted).toEqual(
      expect.arrayContaining([
        '1 internal control(s) not shown: TM-DATA-01',
        'notes of 1 control(s) kept internal: TM-GOV-01',
      ]),
    );
  });

  it('accepts on-request and internal as the evidence visibility words', () => {
    const map = companyMap();
    map.evidence = [
      { id: 'soc2', title: 'SOC 2 report', path: 'soc2.pdf', visibility: 'on-request' },
      { id: 'board', title: 'Board minutes', path: 'board.md', visibility: 'internal' },
      { id: 'dpa-openai', title: 'OpenAI DPA', path: 'dpa.md' },
    ];
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'));
    const page = text(site.files['documents.html']);
    expect(page).toMatch(/SOC 2 report[\s\S]*?On request/);
    expect(page).not.toContain('Board minutes');
    expect(site.omitted[0]).toBe(
      '2 internal document(s) not listed: board, dpa-openai (set visibility: public or on-request to list one)',
    );
  });
});

describe('one page, one truth', () => {
  it('gives every status word one colour on every page', () => {
    const map = companyMap();
    map.evidence = map.evidence!.map((entry) =>
      entry.id === 'dpa-openai' ? { ...entry, expires: '2026-09-30' } : entry,
    );
    const site = buildTrustCenter(
      modelOf(map),
      resultsFor('pass', { 'deletion-coverage': 'needs-evidence' }, { liveProbe: false }),
      {
        allowUnverified: true,
        controls: [
          { id: 'TM-DATA-03', title: 'Deletion' },
          { id: 'TM-GOV-01', title: 'AI policy' },
        ],
      },
    );
    const seen = new Map<string, Set<string>>();
    for (const [, html] of pages(site))
      for (const match of html.matchAll(
        /<span class="badge badge-(\w+)" data-status="[^"]+"><span aria-hidden="true">.<\/span> ([^<]+)<\/span>/g,
      )) {
        const word = match[2]!.replace(/^\d+ /, '').toLowerCase();
        seen.set(word, (seen.get(word) ?? new Set()).add(match[1]!));
      }
    expect(seen.get('awaiting evidence')).toEqual(new Set(['warn']));
    for (const [word, tones] of seen) expect([...tones], word).toHaveLength(1);
  });

  it('counts controls, not checks, and shows the same counts on the overview and the controls page', () => {
    const site = buildTrustCenter(
      modelOf(companyMap()),
      resultsFor('pass', { 'deletion-coverage': 'needs-evidence' }),
      {
        allowUnverified: true,
        controls: [
          { id: 'TM-DATA-01', title: 'No training' },
          { id: 'TM-DATA-03', title: 'Deletion' },
          { id: 'TM-GOV-01', title: 'AI policy' },
        ],
      },
    );
    const line = (html: string) => /<ul class="stats">[\s\S]*?<\/ul>/.exec(html)?.[0];
    const overview = line(text(site.files['index.html']));
    expect(overview).toBe(line(text(site.files['controls.html'])));
    expect(overview).toContain('1 passing');
    expect(overview).toContain('1 awaiting evidence');
    expect(overview).toContain('1 not checked');
    expect(text(site.files['index.html'])).toContain('3 controls, as of the checks run on 2026-11-26');
  });

  it('states retention and deletion for the same place with the same time', () => {
    const map = companyMap();
    map.components!.push({
      id: 'logs',
      name: 'Request log',
      kind: 'log-sink',
      dataClasses: ['prompts'],
      retention: '90d',
      deletion: { mechanism: 'log retention', automated: true, sla: '90d' },
      tenancy: { model: 'application-filter' },
    });
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    const page = text(site.files['ai-data-practices.html']);
    expect(page).toMatch(/Request log<\/th><td data-label="Kept for">90 days/);
    expect(page).toMatch(
      /Questions<\/th><td data-label="Gone within">90 days[\s\S]*?Request log \(90 days\)/,
    );
    const notes = site.claims.flatMap((claim) => claim.notes ?? []);
    expect(notes).toContain('Request log keeps questions for 90 days.');
    expect(notes).toContain('Request log takes up to 90 days to delete questions.');
  });
});

describe('the isolation table', () => {
  it('lists a part every customer shares whatever its kind, not a stateless API (Briefer)', () => {
    // Briefer (2ee5e84): the Jupyter server every workspace shares, keeping uploads and query results, `tenancy: shared`,
    // failed the isolation check and was not in the table.
    const map = companyMap();
    map.components = [
      ...map.components!,
      {
        id: 'jupyter',
        name: 'Notebook server',
        kind: 'service',
        dataClasses: ['contracts'],
        tenancy: { model: 'shared' },
      },
    ];
    const page = text(
      buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }).files[
        'ai-data-practices.html'
      ],
    );
    expect(page).toMatch(/<th scope="row"[^>]*>Notebook server<\/th>/);
  });
});

describe('the prompt retention headline', () => {
  it('says kept with no limit as such, and longer than until deleted (Dataherald, sourcebot)', () => {
    // Dataherald (f894618): "Prompts and model outputs are kept no fixed limit."; sourcebot (7f7be84): a review log kept
    // with no limit beside answers kept until deleted made the headline "kept until deleted".
    const map = companyMap();
    map.dataClasses = map.dataClasses!.map((entry) =>
      entry.id === 'prompts'
        ? { ...entry, retention: 'indefinite' }
        : entry.id === 'answers'
          ? { ...entry, retention: 'until-deleted' }
          : entry,
    );
    const page = text(
      buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true }).files['index.html'],
    );
    // Each class with its own time where one has no end (langwatch: "By default, prompts and model outputs are kept
    // until deleted" of traces kept 49 days, beside an assistant's chats kept until deleted).
    expect(page).toContain('We keep questions with no fixed limit; answers until deleted.');
    expect(page).not.toContain('kept until deleted.');
    const all = structuredClone(map);
    all.dataClasses = all.dataClasses!.map((entry) =>
      entry.id === 'answers' ? { ...entry, retention: 'indefinite' } : entry,
    );
    expect(
      text(buildTrustCenter(modelOf(all), resultsFor('pass'), { allowUnverified: true }).files['index.html']),
    ).toContain('Prompts and model outputs are kept with no fixed limit.');
  });
});

describe('the sub-processor list', () => {
  it('says when data reaches a vendor only under a condition, as the answers do (sourcebot)', () => {
    // sourcebot (7f7be84): ten model APIs, DeepSeek and xAI among them, were listed as receiving every customer's code,
    // where a deployment calls only the models its operator configures.
    const map = companyMap();
    map.flows = map.flows!.map((flow) =>
      flow.id === 'ask'
        ? {
            ...flow,
            condition: { kind: 'other' as const, description: 'when the operator configures OpenAI' },
          }
        : flow,
    );
    const site = buildTrustCenter(modelOf(map), resultsFor('pass'), { allowUnverified: true });
    expect(text(site.files['subprocessors.html'])).toContain(
      'Answers (only when the operator configures OpenAI)',
    );
    const published = JSON.parse(text(site.files['subprocessors.json'])) as {
      subprocessors: { id: string; condition?: string }[];
    };
    expect(published.subprocessors.find((entry) => entry.id === 'openai')?.condition).toBe(
      'only when the operator configures OpenAI',
    );
    // Always reached: no condition said.
    const always = buildTrustCenter(modelOf(companyMap()), resultsFor('pass'), { allowUnverified: true });
    expect(text(always.files['subprocessors.html'])).not.toContain('Answers (only');
  });
});
