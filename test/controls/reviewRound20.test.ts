// What the twentieth session's reviews of real apps found in the checks: souzatharsis/podcastfy (cc3b30c).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { deletesOnlyPart } from '../../src/map/index.js';
import { modelOf } from './fixtures.js';

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
