// What the twenty-second session found in the checks, from its reviews of real apps: stackblitz/bolt.new (eda10b1).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { modelOf } from './fixtures.js';

describe('a public app whose users’ data is kept only on their own devices', () => {
  // bolt.new: chat history in each browser's IndexedDB, the server keeping nothing; "require users to sign in" failed
  // high and blocked the audit in scope.
  const map = (serverKeeps: boolean): SystemMapInput => ({
    version: 1,
    organization: { name: 'Bolt', stage: 'seed' },
    dataClasses: [
      { id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true, retention: 'until-deleted' },
    ],
    components: [
      {
        id: 'app',
        name: 'Web app',
        kind: 'service',
        dataClasses: ['chats'],
        retention: serverKeeps ? { chats: '30d' } : { chats: 'zero' },
        userAuthentication: { methods: ['none'] },
      },
      {
        id: 'browser',
        name: 'Chat history in the browser',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['chats'],
        retention: { chats: 'until-deleted' },
      },
    ],
  });
  const verdict = (serverKeeps: boolean) =>
    runChecks(modelOf(map(serverKeeps))).results.find(
      (result) => result.checkId === 'user-authentication' && result.subject.id === 'app',
    );

  it('does not fail: a visitor reaches nothing of another’s', () => {
    expect(verdict(false)?.status).toBe('not-applicable');
  });

  it('still fails where a part of ours keeps it', () => {
    expect(verdict(true)?.status).toBe('fail');
  });
});

describe('an encryption switch whose words leave part plain', () => {
  // AppFlowy Cloud: "port 80 is also served without a redirect" passed the encryption check while the answers said
  // "encrypted only in part".
  const map = (mechanism: string): SystemMapInput => ({
    version: 1,
    organization: { name: 'Flowy', stage: 'seed' },
    dataClasses: [{ id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true }],
    components: [
      {
        id: 'api',
        name: 'API server',
        kind: 'api',
        dataClasses: ['docs'],
        encryption: { inTransit: { enabled: true, mechanism } },
      },
    ],
  });
  const verdict = (mechanism: string) =>
    runChecks(modelOf(map(mechanism))).results.find(
      (result) => result.checkId === 'data-encryption' && result.subject.id === 'api',
    );

  it('fails as encrypted only in part, as the answers say', () => {
    const result = verdict('TLS on 443; port 80 is also served without a redirect');
    expect(result?.status).toBe('fail');
    expect(result?.plain).toBe('API server carries customer data encrypted in transit only in part');
  });

  it('passes where the words refuse what is plain', () => {
    expect(verdict('TLS on 443; plain HTTP is refused')?.status).toBe('pass');
  });
});
