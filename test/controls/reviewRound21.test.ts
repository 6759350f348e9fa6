// What the twenty-first session found in the checks, from the last session's reviews of real apps: anse (d4e46e4).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { CONTROLS } from '../../src/core/catalog/controls.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { controlGroups } from '../../src/trust-center/index.js';
import { modelOf } from './fixtures.js';

/** A chat app whose chats live in each user's browser, recorded unencrypted, beside a relay of ours that keeps none. */
function browserMap(browserAtRest: boolean): SystemMapInput {
  return {
    version: 1,
    organization: { name: 'Anse', stage: 'seed' },
    dataClasses: [
      { id: 'chats', name: 'Chat history', category: 'prompts', tenantScoped: true },
      { id: 'keys', name: 'Provider keys', category: 'credentials', tenantScoped: true },
    ],
    components: [
      {
        id: 'relay',
        name: 'Edge relay',
        kind: 'api',
        dataClasses: ['chats'],
        retention: { chats: 'zero' },
        encryption: { inTransit: { enabled: true, mechanism: 'TLS' } },
      },
      {
        id: 'browser-store',
        name: 'Browser storage',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['chats', 'keys'],
        retention: { chats: 'until-deleted', keys: 'until-deleted' },
        encryption: { atRest: { enabled: browserAtRest } },
      },
    ],
  };
}

const encryptionResults = (map: SystemMapInput) =>
  runChecks(modelOf(map)).results.filter((result) => result.checkId === 'data-encryption');

describe('a part each customer runs, recorded unencrypted (anse)', () => {
  it('is said, not failed, so the passing control is not read as covering it', () => {
    const results = encryptionResults(browserMap(false));
    const theirs = results.filter((result) => result.subject.id === 'browser-store');
    expect(theirs.map((result) => result.status)).toEqual(['not-applicable']);
    expect(theirs[0]?.message).toContain(
      '`browser-store` keeps customer data (chats, keys) unencrypted at rest',
    );
    expect(theirs[0]?.plain).toBe(
      "Browser storage, which each customer runs, keeps customer data unencrypted at rest; securing it is the customer's",
    );
    // Our relay still passes on its own record.
    expect(results.find((result) => result.subject.id === 'relay')?.status).toBe('pass');
    const line = controlGroups(results, CONTROLS, [])
      .flatMap((group) => group.controls)
      .find((control) => control.id === 'TM-ENC-01');
    expect(line?.status).toBe('pass');
    expect(line?.caveats).toEqual([theirs[0]?.plain]);
  });

  it('says nothing of a customer part recorded encrypted, or silent', () => {
    const encrypted = encryptionResults(browserMap(true));
    expect(encrypted.some((result) => result.subject.id === 'browser-store')).toBe(false);
    const line = controlGroups(encrypted, CONTROLS, [])
      .flatMap((group) => group.controls)
      .find((control) => control.id === 'TM-ENC-01');
    expect(line?.caveats).toBeUndefined();
  });
});
