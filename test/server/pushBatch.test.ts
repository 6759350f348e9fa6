import { expect, it } from 'vitest';
import { generateSigningKey } from '../../src/core/signing.js';
import { exampleDir } from '../../src/paths.js';
import type { Database } from '../../src/server/db/database.js';
import { buildPushPayload } from '../../src/server/push/buildPayload.js';
import { storeRun } from '../../src/server/push/store.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const base = await buildPushPayload(exampleDir(), {
  now: NOW,
  env: {},
  discover: false,
  origin: { repo: 'acme-ai', commit: 'a'.repeat(40) },
});

it('fails every push of a batch at once when the database cannot be reached, without storing each alone', async () => {
  let transactions = 0;
  const db = {
    withOrg: async () => {
      transactions++;
      throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    },
  } as unknown as Database;
  const deps = { db, signingKey: generateSigningKey(), clock: () => NOW };
  const org = '00000000-0000-4000-8000-000000000001';
  // The first starts a transaction at once; the next three wait for it and go together into the second.
  const outcomes = await Promise.all(
    ['a', 'b', 'c', 'd'].map((id) =>
      storeRun(deps, org, { ...base, runId: `run-${id}` }).catch((error: Error) => error.message),
    ),
  );
  expect(outcomes).toEqual(Array(4).fill('connect ECONNREFUSED 127.0.0.1:5432'));
  expect(transactions).toBe(2);
});
