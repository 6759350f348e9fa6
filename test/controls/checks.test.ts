import { describe, expect, it } from 'vitest';
import { aiInfrastructureBaseline } from '../../src/controls/checks/aiInfrastructureBaseline.js';
import { deletionCoverage } from '../../src/controls/checks/deletionCoverage.js';
import { evidenceFreshness } from '../../src/controls/checks/evidenceFreshness.js';
import { llmSubprocessorTerms } from '../../src/controls/checks/llmSubprocessorTerms.js';
import { manualControls } from '../../src/controls/checks/manualControls.js';
import { promptRetention } from '../../src/controls/checks/promptRetention.js';
import { tenantIsolation } from '../../src/controls/checks/tenantIsolation.js';
import { trainingDataProvenance } from '../../src/controls/checks/trainingDataProvenance.js';
import { runChecks } from '../../src/controls/index.js';
import { generateSigningKey } from '../../src/core/signing.js';
import { signProbeResult } from '../../src/probes/trust.js';
import type { StoredProbeResult } from '../../src/probes/types.js';
import { discoveryReport, langsmithFinding, modelOf, ragMap } from './fixtures.js';

const statuses = (results: { status: string; subject: { id: string } }[]) =>
  results.map((result) => `${result.subject.id}:${result.status}`);

const KEY = generateSigningKey();
/** The RAG map, trusting the key the probes below are signed with. */
const trustingMap = () => ({ ...ragMap(), trust: { keys: [{ publicKey: KEY.publicKeyBase64 }] } });

function probe(component: string, verdict: 'pass' | 'fail', finishedAt: string): StoredProbeResult {
  return {
    file: `.trustmap/evidence/probe-postgres-${component}.json`,
    result: signProbeResult(
      {
        format: 'trustmap.probe/v1',
        kind: 'postgres',
        component,
        target: 'postgres://app@db:5432/app',
        startedAt: finishedAt,
        finishedAt,
        trustmapVersion: '0.1.0',
        verdict,
        steps: [],
        sha256: '0'.repeat(64),
      },
      KEY,
    ),
  };
}

const report = discoveryReport;
const langsmith = langsmithFinding();

describe('a clean map', () => {
  it('has no failing result in any check', () => {
    const run = runChecks(modelOf(ragMap()), {});
    expect(run.results.filter((result) => result.status === 'fail')).toEqual([]);
    expect(run.summary.byStatus.pass).toBeGreaterThan(5);
  });
});

describe('tenant isolation', () => {
  it("asks nothing of a vendor-run store under each customer's own account (vector-admin)", () => {
    // vector-admin (5cd91c3): each organisation's own Pinecone index was asked our tenancy.
    const map = ragMap();
    map.subprocessors!.push({
      id: 'pinecone',
      vendor: 'Pinecone',
      service: 'Vector database',
      purpose: 'stores vectors',
      account: 'customer',
      dataClasses: ['chunks'],
    });
    map.components?.push({
      id: 'theirs',
      kind: 'vector-store',
      hosting: 'vendor',
      subprocessor: 'pinecone',
      dataClasses: ['chunks'],
    });
    const results = tenantIsolation.run(modelOf(map));
    expect(results.map((result) => result.subject.id)).not.toContain('theirs');
    // Where it is all there is, the reason names the account, not a hosting the map does not say.
    const alone = ragMap();
    alone.subprocessors!.push(map.subprocessors!.at(-1)!);
    alone.components = [map.components!.at(-1)!];
    alone.flows = [];
    const [only] = tenantIsolation.run(modelOf(alone));
    expect(only?.message).toBe(
      'every component holding tenant-scoped data is run by the customer (hosting: customer-hosted, or a sub-processor with account: customer): theirs',
    );
  });

  it('fails a vector store that only filters in the application, and a holder with no tenancy', () => {
    const map = ragMap();
    map.components![1]!.tenancy = { model: 'application-filter' };
    map.components?.push({ id: 'cache', kind: 'cache', dataClasses: ['prompts'] });
    const results = tenantIsolation.run(modelOf(map));
    expect(statuses(results)).toEqual(['vectors:fail', 'cache:fail']);
    expect(results[0]?.message).toContain('application-filter');
  });

  it('asks a service whether it keeps what it handles, rather than failing it as a store (RAGFlow)', () => {
    const map = ragMap();
    map.components![0] = { id: 'api', kind: 'api', dataClasses: ['docs', 'prompts'] };
    const results = tenantIsolation.run(modelOf(map));
    expect(results.find((result) => result.subject.id === 'api')).toMatchObject({
      status: 'needs-evidence',
      message: '`api` handles tenant-scoped data and the map does not say whether it keeps any',
    });
    // So is a model server sent the prompts (skyvern's Ollama).
    map.components?.push({ id: 'ollama', kind: 'inference-endpoint', dataClasses: ['prompts'] });
    expect(tenantIsolation.run(modelOf(map)).find((result) => result.subject.id === 'ollama')?.status).toBe(
      'needs-evidence',
    );
    expect(deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'ollama')?.status).toBe(
      'needs-evidence',
    );
  });

  it('accepts an application filter when the policy allows it', () => {
    const map = ragMap();
    map.tenancy!.isolation = 'application-filter-allowed';
    map.components![1]!.tenancy = { model: 'application-filter' };
    expect(statuses(tenantIsolation.run(modelOf(map)))).toEqual(['vectors:needs-evidence']);
  });

  it('upgrades to pass with a fresh passing probe, is critical on a failing one, and needs evidence when stale', () => {
    const fresh = tenantIsolation.run(
      modelOf(trustingMap(), { probes: [probe('vectors', 'pass', '2026-11-20T00:00:00Z')] }),
    );
    expect(fresh[0]).toMatchObject({
      status: 'pass',
      sources: [{ kind: 'probe', verdict: 'pass' }, expect.anything()],
    });
    const failing = tenantIsolation.run(
      modelOf(trustingMap(), { probes: [probe('vectors', 'fail', '2026-11-25T00:00:00Z')] }),
    );
    expect(failing[0]).toMatchObject({ status: 'fail', severity: 'critical' });
    const stale = tenantIsolation.run(
      modelOf(trustingMap(), { probes: [probe('vectors', 'pass', '2026-09-01T00:00:00Z')] }),
    );
    expect(stale[0]).toMatchObject({ status: 'needs-evidence', severity: 'info' });
    expect(stale[0]?.message).toContain('over the 30d allowed');
  });

  it('leaves out a component that keeps none of the data it handles', () => {
    // RAGFlow's DeepDoc models (`retention: zero`): "how DeepDoc separates customers' data is not yet documented".
    const map = ragMap();
    map.components?.push({ id: 'ocr', kind: 'model', dataClasses: ['docs'], retention: { docs: 'zero' } });
    expect(statuses(tenantIsolation.run(modelOf(map)))).toEqual(['vectors:needs-evidence']);
    map.components![2]!.retention = '1d';
    expect(statuses(tenantIsolation.run(modelOf(map)))).toEqual(['vectors:needs-evidence', 'ocr:fail']);
  });

  it("says a missing isolation policy is the default it applies, not the team's policy (LibreChat, SurfSense)", () => {
    const map = ragMap();
    delete map.tenancy!.isolation;
    map.components![1]!.tenancy = { model: 'application-filter' };
    const [vectors] = tenantIsolation.run(modelOf(map));
    expect(vectors).toMatchObject({ status: 'fail' });
    expect(vectors?.message).toContain(
      'with no `tenancy.isolation` set, Trustmap requires separation in the datastore',
    );
    expect(vectors?.remediation).toContain('application-filter-allowed');
    expect(
      vectors?.sources.some((source) => source.kind === 'map' && source.pointer === 'tenancy/isolation'),
    ).toBe(false);
  });

  it('says the customer runs every holder, not that none holds tenant data (MaxKB, installed by each customer)', () => {
    const map = ragMap();
    for (const component of map.components ?? []) component.hosting = 'customer-hosted';
    const [isolation] = tenantIsolation.run(modelOf(map));
    expect(isolation).toMatchObject({ status: 'not-applicable' });
    expect(isolation?.message).toBe(
      'every component holding tenant-scoped data is run by the customer (hosting: customer-hosted): vectors',
    );
    const [baseline] = aiInfrastructureBaseline.run(modelOf(map));
    expect(baseline?.message).toContain('is run by the customer (hosting: customer-hosted): vectors');
  });

  it('is not applicable when nothing is tenant-scoped', () => {
    const map = ragMap();
    for (const dataClass of map.dataClasses ?? []) dataClass.tenantScoped = false;
    expect(tenantIsolation.run(modelOf(map)).map((r) => r.status)).toEqual(['not-applicable']);
  });
});

describe('LLM sub-processor terms', () => {
  it('passes a vendor under a current DPA with training never and zero retention', () => {
    expect(statuses(llmSubprocessorTerms.run(modelOf(ragMap())))).toEqual(['openai:pass']);
  });

  it('fails an expired DPA, training, long retention and a ZDR-excluded feature', () => {
    const map = ragMap();
    map.evidence![0]!.expires = '2026-09-30';
    map.subprocessors![0]!.terms = { training: 'opt-in', retention: '90d', dpa: 'dpa-openai' };
    const [expired] = llmSubprocessorTerms.run(modelOf(map));
    expect(expired?.status).toBe('fail');
    expect(expired?.message).toContain('expired on 2026-09-30');
    expect(expired?.message).toContain('may train');
    expect(expired?.message).toContain("longer than `prompts`'s policy of 30d");
    const zdr = llmSubprocessorTerms.run(
      modelOf(ragMap(), {
        discovery: report(
          [],
          [
            {
              kind: 'zdr-excluded-feature',
              provider: 'openai',
              message: 'the Assistants API stores threads',
              evidence: [{ file: 'src/a.ts', line: 9, signal: 'import', snippet: 'beta.threads' }],
            },
          ],
        ),
      }),
    );
    expect(zdr[0]).toMatchObject({
      status: 'fail',
      sources: expect.arrayContaining([{ kind: 'code', file: 'src/a.ts', line: 9, snippet: 'beta.threads' }]),
    });
  });

  it("asks the terms of an AI vendor sent only the customers' people (typebot)", () => {
    // typebot (830ba71): member emails of churned workspaces, sent to an OpenAI account of ours, were "no customer
    // data", and its terms were never asked.
    const map = ragMap();
    map.dataClasses!.push({ id: 'members', name: 'Members', category: 'personal-data', tenantScoped: true });
    map.subprocessors![0]!.dataClasses = ['members'];
    delete map.subprocessors![0]!.terms;
    map.flows = map.flows?.filter((flow) => flow.to !== 'openai');
    expect(statuses(llmSubprocessorTerms.run(modelOf(map)))).toEqual(['openai:fail']);
  });

  it('fails an AI service found in the code but not declared, and skips vendors without customer data', () => {
    const map = ragMap();
    map.subprocessors![0]!.dataClasses = [];
    map.flows = map.flows?.filter((flow) => flow.to !== 'openai');
    const results = llmSubprocessorTerms.run(modelOf(map, { discovery: report([langsmith]) }));
    expect(statuses(results)).toEqual(['openai:not-applicable', 'langsmith:fail']);
    expect(results[1]?.sources[0]).toMatchObject({ kind: 'code', file: 'src/tracing.ts', line: 3 });
  });
});

describe('deletion coverage', () => {
  it('passes stores with a deletion SLA within the commitment and transient components', () => {
    expect(statuses(deletionCoverage.run(modelOf(ragMap())))).toEqual([
      'api:pass',
      'vectors:pass',
      'openai:pass',
    ]);
  });

  it('fails a slow SLA, a missing mechanism, long backups and a vendor keeping data too long', () => {
    const map = ragMap();
    map.components![1]!.deletion = { mechanism: 'manual ticket', sla: '90d' };
    map.components?.push(
      { id: 'logs', kind: 'log-sink', dataClasses: ['prompts'], tenancy: { model: 'shared' } },
      {
        id: 'db',
        kind: 'datastore',
        dataClasses: ['docs'],
        deletion: { mechanism: 'job', sla: '7d' },
        backups: { enabled: true, retention: '1y' },
      },
    );
    map.subprocessors![0]!.terms!.retention = '60d';
    const results = deletionCoverage.run(modelOf(map));
    expect(statuses(results)).toEqual(['api:pass', 'vectors:fail', 'logs:fail', 'db:fail', 'openai:fail']);
    expect(results[3]?.message).toContain('backups are kept 1y');
  });

  it("reads a store's per-class retention for the customer data it holds, the longest of it", () => {
    const map = ragMap();
    map.components?.push({
      id: 'cache',
      kind: 'cache',
      dataClasses: ['docs', 'metrics'],
      retention: { docs: '7d', metrics: '1y' },
    });
    // Metrics are not customer data: the year they are kept is not held against the deletion promise.
    const cache = deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'cache');
    expect(cache?.status).toBe('pass');
    expect(cache?.message).toBe('`cache` data expires after 7d');
    map.components![2]!.retention = { docs: '90d', metrics: '1y' };
    const late = deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'cache');
    expect(late?.plain).toContain('keeps customer data for 90 days');
  });

  it('is not applicable without tenant-scoped data', () => {
    const map = ragMap();
    for (const dataClass of map.dataClasses ?? []) dataClass.tenantScoped = false;
    expect(deletionCoverage.run(modelOf(map)).map((r) => r.status)).toEqual(['not-applicable']);
  });

  it("fails a store whose deletion says nothing deletes the data (dialoqbase's uploads, mem0's accounts)", () => {
    for (const mechanism of [
      'None in the application: deleting a source, bot or user leaves the file on disk.',
      'Accounts have no deletion function',
      'Files are never deleted',
      // morphik-core (ab3610c): where it is kept comes first, then that nothing deletes it.
      'Chat history is stored in PostgreSQL and cached in Redis without expiry; there is no API to delete a chat, so removal is a manual database operation.',
    ]) {
      const map = ragMap();
      map.components?.push({
        id: 'uploads',
        kind: 'object-store',
        dataClasses: ['docs'],
        retention: 'indefinite',
        deletion: { mechanism },
      });
      const uploads = deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'uploads');
      expect(uploads?.status, mechanism).toBe('fail');
      expect(uploads?.plain).toBe('customer data in uploads is not deleted on request');
    }
    // A way to delete that starts with a negative word is still one.
    const map = ragMap();
    map.components?.push({
      id: 'uploads',
      kind: 'object-store',
      dataClasses: ['docs'],
      deletion: { mechanism: 'No manual step: a nightly job removes files of deleted sources', sla: '1d' },
    });
    expect(deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'uploads')?.status).toBe(
      'pass',
    );
    // Where it is kept, then how it is deleted.
    const kept = ragMap();
    kept.components?.push({
      id: 'uploads',
      kind: 'object-store',
      dataClasses: ['docs'],
      deletion: { mechanism: 'Stored in S3 with no expiry; the user deletes a file in settings', sla: '1d' },
    });
    expect(
      deletionCoverage.run(modelOf(kept)).find((result) => result.subject.id === 'uploads')?.status,
    ).toBe('pass');
  });

  it('asks where the data goes that a component’s own deletion says it leaves (karakeep, inbox-zero)', () => {
    const judged = (mechanism: string) => {
      const map = ragMap();
      map.components?.push({
        id: 'index',
        kind: 'datastore',
        dataClasses: ['docs'],
        deletion: { mechanism, sla: '1d' },
      });
      return deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'index');
    };
    // karakeep (7ca5ee2): its search index keeps a deleted account's entries; inbox-zero (4f70dce): its cache keeps
    // email summaries with no expiry. Both passed.
    for (const mechanism of [
      "a bookmark's entries are removed when it is deleted; an account deletion does not remove the account's entries",
      'Entries are removed when a bookmark is deleted, but not when a whole account is deleted.',
      'Draft replies expire after 1 day; thread state after 6 hours; email summaries have no expiry',
    ])
      expect(judged(mechanism), mechanism).toMatchObject({
        status: 'needs-evidence',
        message: expect.stringContaining('but its words name customer data it does not delete'),
      });
    expect(judged('Deleted with the bookmark or the account, by a nightly job')?.status).toBe('pass');
    // firecrawl (0fac8fb): "no automated deletion" is none; midday (47d252a): "no purge on team deletion" leaves data.
    expect(judged('No automated deletion; an engineer can remove a bucket by hand')?.status).toBe('fail');
    expect(judged('Files are removed with their document; no purge on team deletion')?.status).toBe(
      'needs-evidence',
    );
  });

  it('asks whether a service keeps what it handles, and names the classes of a store that say no deletion (typebot, lunary)', () => {
    const map = ragMap();
    // typebot (830ba71): its application lists the classes it handles, with no retention; each class says how it is
    // deleted from the database. It failed, high, as "holds tenant data but declares no deletion mechanism".
    delete map.components![0]!.retention;
    // lunary (a86d698): its database's runs say how they are deleted, its accounts do not.
    map.dataClasses![0]!.deletion = { mechanism: 'deleted with the project', sla: '1d' };
    map.components?.push({ id: 'db', kind: 'datastore', dataClasses: ['docs', 'prompts'] });
    const results = deletionCoverage.run(modelOf(map));
    expect(results.find((result) => result.subject.id === 'api')).toMatchObject({
      status: 'needs-evidence',
      message: '`api` handles tenant data and the map does not say whether it keeps any',
    });
    expect(results.find((result) => result.subject.id === 'db')).toMatchObject({
      status: 'fail',
      message: '`db` holds tenant data with no deletion on record for `prompts`',
      plain: 'how Prompts is deleted from db is not yet documented',
    });
  });

  it('reads a deletion that only hides as none (bisheng)', () => {
    // bisheng (0172fb2): "Deleting a conversation hides it from the user but keeps its messages in the database"
    // passed as a deletion.
    const map = ragMap();
    map.components![0]!.retention = 'until-deleted';
    map.components![0]!.deletion = {
      mechanism: 'Deleting a conversation hides it from the user but keeps its messages in the database',
    };
    const hidden = deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'api');
    expect(hidden?.status).toBe('fail');
    expect(hidden?.message).toContain('says nothing deletes tenant data');
    // Marked deleted, then removed for good later, is a deletion.
    map.components![0]!.deletion = {
      mechanism:
        'Deleting a page marks it deleted and hides it; its content is removed when the workspace is deleted',
      sla: '1d',
    };
    const later = deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'api');
    expect(later?.message).toContain('deletes by');
    // Hidden, then removed later when something else is deleted, is a deletion (AppFlowy-Cloud 4fb9c92).
    map.components![0]!.deletion = {
      mechanism:
        'Deleting a chat hides it but keeps its messages; messages are removed when the workspace is deleted',
      sla: '1d',
    };
    const removed = deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'api');
    expect(removed?.message).toContain('deletes by');
  });

  it('deletes what a service keeps as its classes say, as a store (maybe)', () => {
    // maybe (77b5469): its web app and API, kept "until deleted", failed high as holding tenant data with no deletion,
    // beside the database they write to, which passed on the same classes' deletion.
    const map = ragMap();
    map.components![0]!.retention = 'until-deleted';
    for (const dataClass of map.dataClasses!)
      dataClass.deletion = { mechanism: 'deleted with the household', sla: '1d' };
    const held = map.components![0]!.dataClasses!;
    const results = deletionCoverage.run(modelOf(map));
    expect(held.length).toBeGreaterThan(0);
    expect(results.find((result) => result.subject.id === 'api')).toMatchObject({
      status: 'pass',
      message: "`api` is deleted by its data classes' own deletion",
    });
    // Saying nothing of keeping, it is asked whether it keeps any, not passed on its classes (letta's model servers).
    delete map.components![0]!.retention;
    const unsaid = deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'api');
    expect(unsaid?.status).toBe('needs-evidence');
    map.components![0]!.retention = 'until-deleted';
    // One class with no deletion still fails it, naming none of the others.
    map.dataClasses!.find((dataClass) => dataClass.id === 'prompts')!.deletion = undefined;
    const partly = deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'api');
    expect(partly?.status).toBe('fail');
  });

  it("reads a class's deletion followed by an exception as a deletion (open-notebook's sources)", () => {
    const map = ragMap();
    map.dataClasses![0]!.deletion = {
      mechanism:
        'Deleting a source removes its text, its file and its chunks. Background job records that carried pasted text are not deleted.',
      sla: '1d',
    };
    map.components?.push({ id: 'uploads', kind: 'object-store', dataClasses: ['docs'] });
    const uploads = deletionCoverage.run(modelOf(map)).find((result) => result.subject.id === 'uploads');
    expect(uploads).toMatchObject({
      status: 'pass',
      message: "`uploads` is deleted by its data classes' own deletion",
    });
  });
});

describe('prompt and output retention', () => {
  it('passes zero-retention holders and fails a log sink keeping prompts longer than policy', () => {
    expect(statuses(promptRetention.run(modelOf(ragMap())))).toEqual(['api:pass', 'openai:pass']);
    const map = ragMap();
    map.components?.push({ id: 'logs', kind: 'log-sink', dataClasses: [], retention: '90d' });
    map.flows?.push({ id: 'log', from: 'api', to: 'logs', dataClasses: ['prompts'], purpose: 'logging' });
    const results = promptRetention.run(modelOf(map));
    expect(statuses(results)).toEqual(['api:pass', 'logs:fail', 'openai:pass']);
    expect(results[1]?.message).toContain("keeps prompts 90d, longer than `prompts`'s policy of 30d");
    expect(results[1]?.remediation).toBe('keep prompts in `logs` no longer than 30d');
  });

  it('judges each class a store keeps against its own policy when retention is given per class', () => {
    const map = ragMap();
    map.dataClasses?.push({
      id: 'answers',
      name: 'Answers',
      category: 'model-outputs',
      tenantScoped: true,
      retention: '1y',
    });
    map.components?.push({
      id: 'history',
      kind: 'datastore',
      dataClasses: ['prompts', 'answers'],
      retention: { prompts: '7d', answers: '180d' },
    });
    // One duration for both would be judged against the tightest policy: 180 days is not within 30.
    expect(statuses(promptRetention.run(modelOf(map)))).toContain('history:pass');
    map.components![2]!.retention = { prompts: '90d', answers: '180d' };
    const over = promptRetention.run(modelOf(map)).find((result) => result.subject.id === 'history');
    expect(over?.status).toBe('fail');
    expect(over?.plain).toBe('history keeps Prompts for 90 days, longer than our policy of 30 days');
    expect(over?.sources.map((source) => ('pointer' in source ? source.pointer : ''))).toContain(
      'components/history/retention/prompts',
    );
    // A class it holds with no duration of its own is not yet documented, not taken from its neighbour.
    map.components![2]!.retention = { answers: '180d' };
    const unsaid = promptRetention.run(modelOf(map)).find((result) => result.subject.id === 'history');
    expect(unsaid?.status).toBe('fail');
    expect(unsaid?.plain).toBe('history receives Prompts, and how long it keeps them is not yet documented');
  });

  it('counts a discovered, undeclared LLM observability vendor', () => {
    const results = promptRetention.run(modelOf(ragMap(), { discovery: report([langsmith]) }));
    expect(statuses(results)).toEqual(['api:pass', 'openai:pass', 'langsmith:fail']);
  });

  it('judges a declared gateway by what its flows send it, not by every prompt class (Hexabot)', () => {
    // Hexabot (9b8dae5): Vercel AI Gateway "receives … Workflow run records", which no flow sends it, as a tracing
    // service records every prompt.
    const map = ragMap();
    map.dataClasses!.push({
      id: 'runs',
      name: 'Run records',
      category: 'prompts',
      tenantScoped: false,
      retention: '30d',
    });
    map.subprocessors!.push({
      id: 'gateway',
      vendor: 'Vercel',
      service: 'Vercel AI Gateway',
      provider: 'vercel-ai-gateway',
      purpose: 'routes model requests',
      ai: true,
      dataClasses: ['prompts'],
      terms: { training: 'never', retention: 'zero' },
    });
    const gateway = langsmithFinding({
      id: 'vercel-ai-gateway',
      provider: 'vercel-ai-gateway',
      name: 'Vercel AI Gateway',
      category: 'llm-gateway',
    });
    const results = promptRetention.run(modelOf(map, { discovery: report([gateway]) }));
    const judged = results.find((result) => result.subject.id === 'gateway');
    expect(judged?.status).toBe('pass');
    expect(JSON.stringify(judged)).not.toContain('runs');
    // A tracing service declared the same way is judged on every prompt class.
    const tracer = promptRetention.run(
      modelOf(
        {
          ...map,
          subprocessors: map.subprocessors!.map((entry) =>
            entry.id === 'gateway'
              ? { ...entry, provider: 'langsmith', terms: { training: 'never', retention: '400d' } }
              : entry,
          ),
        },
        { discovery: report([langsmith]) },
      ),
    );
    expect(tracer.find((result) => result.subject.id === 'gateway')?.message).toContain('runs');
  });

  it('asks for the policy where prompts are kept with none, rather than calling them out of scope (MaxKB)', () => {
    const map = ragMap();
    for (const dataClass of map.dataClasses ?? [])
      if (dataClass.category === 'prompts') delete dataClass.retention;
    const results = promptRetention.run(modelOf(map));
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.status).toBe('needs-evidence');
      expect(result.message).toMatch(/^no retention policy for prompts, which `[\w-]+` handles$/);
      expect(result.remediation).toContain('set `retention` on the class');
    }
  });

  it('asks for a limit where prompts are kept indefinitely under an indefinite policy, rather than passing (mem0)', () => {
    const map = ragMap();
    for (const dataClass of map.dataClasses ?? [])
      if (dataClass.category === 'prompts') dataClass.retention = 'indefinite';
    map.components?.push({
      id: 'history',
      kind: 'datastore',
      dataClasses: ['prompts'],
      retention: 'indefinite',
    });
    const history = promptRetention.run(modelOf(map)).find((result) => result.subject.id === 'history');
    expect(history?.status).toBe('needs-evidence');
    expect(history?.message).toBe('`history` keeps prompts indefinitely, and its policy sets no limit');
  });

  it('does not fail a part silent on keeping prompts whose only policy is indefinite: the limit is missing (search_with_lepton)', () => {
    // leptonai/search_with_lepton (0a2fe37): four parts passing answers on "failed" for not saying how long they keep
    // them, "(policy: indefinite)": nothing can outlast that policy.
    const map = ragMap();
    for (const dataClass of map.dataClasses ?? [])
      if (dataClass.category === 'prompts') dataClass.retention = 'indefinite';
    map.components?.push({ id: 'relay', kind: 'service', dataClasses: ['prompts'] });
    const relay = promptRetention.run(modelOf(map)).find((result) => result.subject.id === 'relay');
    expect(relay?.status).toBe('needs-evidence');
    expect(relay?.message).toBe('`relay` receives prompts, whose policy sets no limit');
    // Under a limit, the same silence fails.
    for (const dataClass of map.dataClasses ?? [])
      if (dataClass.category === 'prompts') dataClass.retention = '30d';
    const limited = promptRetention.run(modelOf(map)).find((result) => result.subject.id === 'relay');
    expect(limited?.status).toBe('fail');
  });

  it('is not applicable when no prompts are handled', () => {
    const map = ragMap();
    map.dataClasses = map.dataClasses?.filter((entry) => entry.id !== 'prompts');
    map.components![0]!.dataClasses = ['docs'];
    map.subprocessors![0]!.dataClasses = [];
    map.flows = map.flows?.filter((flow) => flow.id !== 'ask');
    expect(promptRetention.run(modelOf(map)).map((r) => r.status)).toEqual(['not-applicable']);
  });
});

describe('AI infrastructure baseline', () => {
  it('passes a fully declared vector store and lists what an endpoint lacks', () => {
    const map = ragMap();
    map.components?.push({ id: 'endpoint', kind: 'inference-endpoint', accessControl: { mechanism: 'IAM' } });
    const results = aiInfrastructureBaseline.run(modelOf(map));
    expect(statuses(results)).toEqual(['vectors:pass', 'endpoint:fail']);
    expect(results[1]?.message).toBe(
      'inference-endpoint `endpoint` does not declare encryption in transit, encryption at rest, logging, monitoring, change control',
    );
  });

  it('says a safeguard the map records as off as off, not as undeclared (cognita: Ollama on plain HTTP)', () => {
    const map = ragMap();
    map.components?.push({
      id: 'endpoint',
      kind: 'inference-endpoint',
      accessControl: { mechanism: 'private network' },
      encryption: { inTransit: { enabled: false, mechanism: 'plain HTTP inside the Compose network' } },
    });
    const [, endpoint] = aiInfrastructureBaseline.run(modelOf(map));
    expect(endpoint?.message).toBe(
      'inference-endpoint `endpoint` has no encryption in transit; does not declare encryption at rest, logging, monitoring, change control',
    );
    expect(endpoint?.plain).toBe(
      'endpoint has no encryption in transit; how endpoint handles encryption at rest, logging, monitoring and change control is not yet documented',
    );
  });

  it('asks no encryption at rest of an endpoint that keeps none of what it handles (Verba, kotaemon: Ollama)', () => {
    const map = ragMap();
    const classes = map.dataClasses!.map((dataClass) => dataClass.id);
    map.components?.push({
      id: 'endpoint',
      kind: 'inference-endpoint',
      accessControl: { mechanism: 'IAM' },
      dataClasses: classes,
      retention: 'zero',
    });
    const [, endpoint] = aiInfrastructureBaseline.run(modelOf(map));
    expect(endpoint?.lacks).toEqual(['encryption in transit', 'logging', 'monitoring', 'change control']);
  });

  it('asks no network safeguards of a model run in-process (dialoqbase: Transformers.js embeddings)', () => {
    const map = ragMap();
    map.components?.push({ id: 'local', kind: 'model', provider: 'hf-transformers', dataClasses: ['docs'] });
    const local = aiInfrastructureBaseline.run(modelOf(map)).find((result) => result.subject.id === 'local');
    expect(local?.lacks).toEqual(['encryption at rest', 'logging', 'monitoring', 'change control']);
    // A FAISS index on the app's disk likewise (Langchain-Chatchat).
    map.components?.push({ id: 'index', kind: 'vector-store', provider: 'faiss', dataClasses: ['docs'] });
    const index = aiInfrastructureBaseline.run(modelOf(map)).find((result) => result.subject.id === 'index');
    expect(index?.lacks).not.toContain('encryption in transit');
    expect(index?.lacks).not.toContain('access control');
  });

  it('is not applicable without AI infrastructure', () => {
    const map = ragMap();
    map.components = map.components?.filter((component) => component.id !== 'vectors');
    map.flows = map.flows?.filter((flow) => flow.to !== 'vectors');
    expect(aiInfrastructureBaseline.run(modelOf(map)).map((r) => r.status)).toEqual(['not-applicable']);
  });
});

describe('training-data provenance', () => {
  function trainingMap() {
    const map = ragMap();
    map.dataClasses?.push({
      id: 'corpus',
      name: 'Licensed corpus',
      category: 'training-data',
      tenantScoped: false,
      provenance: { manifest: 'data/manifest.json', sources: ['s3://corpus/'] },
    });
    map.components?.push({
      id: 'trainer',
      kind: 'training-pipeline',
      dataClasses: ['corpus'],
      retention: 'zero',
    });
    return map;
  }
  const hash = 'ab'.repeat(32);

  const judge = (text?: string, sources?: string[]) => {
    const map = trainingMap();
    if (sources) map.dataClasses!.find((dc) => dc.id === 'corpus')!.provenance!.sources = sources;
    return trainingDataProvenance.run(
      modelOf(map, {
        manifests: { corpus: { file: 'data/manifest.json', ...(text === undefined ? {} : { text }) } },
      }),
    )[0]!;
  };

  it('passes a manifest that pins every file by SHA-256, in JSON or YAML', () => {
    expect(
      judge(`{"files":[{"path":"a.jsonl","sha256":"${hash}"},{"path":"b.jsonl","sha256":"${hash}"}]}`),
    ).toMatchObject({
      status: 'pass',
      message: expect.stringContaining('2 content hashes'),
    });
    expect(judge(`files:\n  - path: a.jsonl\n    sha256: ${hash}\n    source: s3://x/\n`, []).status).toBe(
      'pass',
    );
  });

  it('fails a missing manifest, one that is not a manifest, and one with an unpinned file', () => {
    expect(judge().message).toContain('is missing or unreadable');
    expect(judge('{"files":[]}').message).toContain('lists no files');
    expect(judge('[1, 2').message).toContain('is not JSON or YAML');
    expect(judge('{"dataset":"x"}').message).toContain('has no `files` list');
    expect(
      judge(`{"files":[{"path":"a.jsonl","sha256":"${hash}"},{"path":"b.jsonl","sha256":"abc"}]}`).message,
    ).toBe("`corpus`'s manifest `data/manifest.json` has 1 of 2 files without a SHA-256 (first: `b.jsonl`)");
  });

  it('needs sources from the map, the manifest, or every entry', () => {
    const pinned = `{"files":[{"path":"a.jsonl","sha256":"${hash}"}]}`;
    expect(judge(pinned, []).message).toContain('names no sources');
    expect(
      judge(`{"sources":["hf://org/set"],"files":[{"path":"a.jsonl","sha256":"${hash}"}]}`, []).status,
    ).toBe('pass');
  });

  it('is not applicable when nothing trains', () => {
    expect(trainingDataProvenance.run(modelOf(ragMap())).map((r) => r.status)).toEqual(['not-applicable']);
  });
});

describe('evidence freshness', () => {
  it('passes current evidence, fails expired and missing files', () => {
    const map = ragMap();
    map.evidence?.push(
      { id: 'old', title: 'Old report', url: 'https://example.com/old', expires: '2026-01-01' },
      { id: 'gone', title: 'Missing file', path: 'evidence/gone.pdf' },
    );
    const results = evidenceFreshness.run(modelOf(map, { evidenceFiles: { gone: { exists: false } } }));
    expect(statuses(results)).toEqual(['dpa-openai:pass', 'old:fail', 'gone:fail']);
    expect(results.map((r) => r.severity)).toEqual(['high', 'high', 'medium']);
  });

  it('is not applicable without evidence', () => {
    const map = ragMap();
    map.evidence = [];
    map.subprocessors![0]!.terms!.dpa = undefined;
    expect(evidenceFreshness.run(modelOf(map)).map((r) => r.status)).toEqual(['not-applicable']);
  });
});

describe('manual controls', () => {
  it('passes evidenced controls, lists the rest as informational and fails stale evidence', () => {
    const map = ragMap();
    map.evidence?.push({
      id: 'policy',
      title: 'AI policy',
      url: 'https://example.com/p',
      expires: '2026-02-01',
    });
    map.controls = [
      { id: 'TM-SEC-01', evidence: ['dpa-openai'] },
      { id: 'TM-GOV-01', evidence: ['policy'] },
      { id: 'TM-SEC-05', status: 'not-applicable', notes: 'no backups: stateless' },
    ];
    const results = manualControls.run(modelOf(map));
    const byId = Object.fromEntries(results.map((r) => [r.subject.id, r]));
    expect(byId['TM-SEC-01']).toMatchObject({ status: 'pass' });
    expect(byId['TM-GOV-01']).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(byId['TM-SEC-05']).toMatchObject({ status: 'not-applicable' });
    expect(byId['TM-GOV-02']).toMatchObject({ status: 'needs-evidence', severity: 'info' });
  });
});
