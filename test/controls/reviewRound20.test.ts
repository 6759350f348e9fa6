// What the twentieth session's reviews of real apps found in the checks: souzatharsis/podcastfy (cc3b30c).
import { describe, expect, it } from 'vitest';
import { controlStatuses, runChecks } from '../../src/controls/index.js';
import { isAiService } from '../../src/controls/providers.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { deletesOnlyPart } from '../../src/map/index.js';
import { discoveryReport, langsmithFinding, modelOf } from './fixtures.js';

function podcastMap(): SystemMapInput {
  return {
    version: 1,
    organization: { name: 'Tiny AI', stage: 'seed', commitments: { deletionWithin: '30d' } },
    dataClasses: [
      { id: 'sources', name: 'Source content', category: 'customer-content', tenantScoped: true },
      { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true },
      { id: 'audio', name: 'Audio', category: 'customer-content', tenantScoped: true },
    ],
    components: [
      {
        id: 'api',
        name: 'API',
        kind: 'api',
        dataClasses: ['sources', 'prompts', 'audio'],
        retention: { sources: 'zero', prompts: 'zero', audio: 'until-deleted' },
        encryption: { atRest: { enabled: false } },
        deletion: { mechanism: 'Operator deletes files by hand; no automatic expiry.', sla: '7d' },
        tenancy: { model: 'application-filter', mechanism: 'random file names' },
      },
    ],
  };
}

describe('what a part keeps at rest', () => {
  it('is only what it keeps for some time (podcastfy)', () => {
    // "`api` keeps customer data (source-content, prompts, transcripts, audio) unencrypted at rest", of an API keeping
    // only the audio.
    const results = runChecks(modelOf(podcastMap())).results.filter(
      (result) => result.checkId === 'data-encryption' && result.status === 'fail',
    );
    expect(results.map((result) => result.message)).toContain(
      '`api` keeps customer data (audio) unencrypted at rest',
    );
  });
});

describe('"no automatic expiry" said of everything', () => {
  it('names no data the deletion leaves (podcastfy)', () => {
    // "`file-store` deletes by "Operator deletes files by hand; no automatic expiry.", but its words name customer data
    // it does not delete".
    expect(deletesOnlyPart('Operator deletes files by hand; no automatic expiry.')).toBe(false);
    expect(deletesOnlyPart('Operator deletes files by hand. There is no automatic expiry')).toBe(false);
    // Said of some of it, it still does.
    expect(deletesOnlyPart('Drafts expire after 1 day; email summaries have no expiry')).toBe(true);
    expect(deletesOnlyPart('Operator deletes files by hand; no automatic expiry of the logs')).toBe(true);
    const result = runChecks(modelOf(podcastMap())).results.find(
      (entry) => entry.checkId === 'deletion-coverage' && entry.subject.id === 'api',
    );
    expect(result?.status).toBe('pass');
    expect(result?.message).not.toContain('does not delete');
  });
});

describe('the encryption check weighs what the answers weigh', () => {
  it('asks of a store of accounts and secrets that says nothing (one-api)', () => {
    // one-api: a Redis of accounts and upstream provider keys recording no encryption, and the check passing on its
    // one service while four answers said "whether Redis encrypts data at rest is not yet documented".
    const model = modelOf({
      version: 1,
      organization: { name: 'Tiny AI', stage: 'seed' },
      dataClasses: [
        { id: 'accounts', name: 'Accounts', category: 'personal-data', tenantScoped: false },
        { id: 'keys', name: 'Provider keys', category: 'credentials', tenantScoped: false },
      ],
      components: [{ id: 'redis', name: 'Redis', kind: 'cache', dataClasses: ['accounts', 'keys'] }],
    });
    const messages = runChecks(model)
      .results.filter((result) => result.checkId === 'data-encryption')
      .map((result) => result.message);
    expect(messages).toContain(
      '`redis` keeps customer data (accounts, keys) and does not say whether it is encrypted at rest',
    );
  });
});

describe('what a control is said to stand on', () => {
  const map = (commitments?: { deletionWithin: string }): SystemMapInput => ({
    version: 1,
    organization: { name: 'Tiny AI', stage: 'seed', ...(commitments ? { commitments } : {}) },
    tenancy: { isolation: 'application-filter-allowed' },
    dataClasses: [
      {
        id: 'chats',
        name: 'Chats',
        category: 'prompts',
        tenantScoped: true,
        deletion: { mechanism: 'the user deletes the chat', sla: '1d' },
      },
    ],
    components: [
      {
        id: 'api',
        name: 'API',
        kind: 'api',
        dataClasses: ['chats'],
        retention: 'until-deleted',
        tenancy: { model: 'application-filter', mechanism: 'every query filters on the user id' },
      },
    ],
  });

  it('does not pass live verification or datastore segregation on a part that is no store (chathub)', () => {
    // chathub: its API's application filter was "Tenant isolation is verified by a recent live probe ✓ Passing" and
    // "Vector stores and datastores segregate tenants in the datastore ✓ Passing", on a page saying no store had been
    // tested live.
    const run = runChecks(modelOf(map()));
    const result = run.results.find((entry) => entry.checkId === 'tenant-isolation');
    expect(result?.status).toBe('pass');
    expect(result?.controls).toEqual(['TM-TEN-01']);
    const statuses = controlStatuses(run);
    expect(statuses.get('TM-TEN-01')).toBe('passing');
    expect(statuses.get('TM-TEN-02')).not.toBe('passing');
    expect(statuses.get('TM-TEN-03')).not.toBe('passing');
  });

  it('does not pass deletion within a promised time where none is promised (chathub, page-assist)', () => {
    // "Tenant data is deleted within the promised time ✓ Passing" on a site whose deletion table said "not stated".
    const unpromised = runChecks(modelOf(map())).results.find(
      (entry) => entry.checkId === 'deletion-coverage',
    );
    expect(unpromised?.status).toBe('needs-evidence');
    expect(unpromised?.message).toContain('no deletion time is promised to customers');
    const promised = runChecks(modelOf(map({ deletionWithin: '30d' }))).results.find(
      (entry) => entry.checkId === 'deletion-coverage',
    );
    expect(promised?.status).toBe('pass');
  });
});

describe('a messaging platform that receives prompts', () => {
  it('is no AI service, whose terms the AI sub-processor check asks for (chatgpt_telegram_bot)', () => {
    // "AI sub-processor `telegram` has no DPA on file … secure training: never and zero retention".
    const telegram = langsmithFinding({
      id: 'telegram',
      provider: 'telegram',
      name: 'Telegram Bot API',
      category: 'messaging',
      evidence: [{ file: 'bot/bot.py', line: 3, signal: 'import', snippet: 'import telegram' }],
    });
    const model = modelOf(
      {
        version: 1,
        organization: { name: 'Tiny AI', stage: 'seed' },
        dataClasses: [{ id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true }],
        components: [{ id: 'bot', name: 'Bot', kind: 'service', dataClasses: ['chats'] }],
        subprocessors: [
          {
            id: 'telegram',
            vendor: 'Telegram',
            service: 'Telegram Bot API',
            provider: 'telegram',
            purpose: 'Messaging',
            dataClasses: ['chats'],
          },
        ],
      },
      { discovery: discoveryReport([telegram]) },
    );
    const results = runChecks(model).results.filter((result) => result.checkId === 'llm-subprocessor-terms');
    expect(results.map((result) => result.subject.id)).not.toContain('telegram');
    // LangSmith, a tracing service receiving prompts, still is one.
    expect(isAiService(model, langsmithFinding())).toBe(true);
  });
});
