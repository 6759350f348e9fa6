// What the seventeenth session's reviews of real apps found in the checks, each from the smallest map that shows it:
// smallcloudai/refact (3e63fac).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { modelOf } from './fixtures.js';

describe("a customer's own training in what it runs", () => {
  it('asks no provenance manifest of us (refact: an audit gap in scope)', () => {
    // refact: its self-hosted server fine-tunes on code each customer uploads to it; TM-DATA-04 failed
    // "fine-tuning-code has no provenance manifest", and scope listed it among the gaps of our audit.
    const map = (hosting: 'customer-hosted' | 'self-hosted') =>
      modelOf({
        version: 1,
        organization: { name: 'Refact', stage: 'seed' },
        dataClasses: [
          { id: 'code', name: 'Uploaded code', category: 'customer-content', tenantScoped: true },
        ],
        components: [
          { id: 'server', kind: 'service', hosting, dataClasses: ['code'] },
          { id: 'tuner', kind: 'fine-tuning-job', hosting, dataClasses: ['code'] },
        ],
        flows: [{ id: 'tune', from: 'server', to: 'tuner', dataClasses: ['code'], purpose: 'fine-tuning' }],
      });
    const provenance = (model: ReturnType<typeof map>) =>
      runChecks(model).results.filter((result) => result.checkId === 'training-data-provenance');
    expect(provenance(map('customer-hosted')).map((result) => [result.status, result.message])).toEqual([
      ['not-applicable', expect.stringContaining('training runs only in what each customer runs')],
    ]);
    // Ours, it is asked as before.
    expect(provenance(map('self-hosted')).map((result) => result.status)).toEqual(['fail']);
  });
});
