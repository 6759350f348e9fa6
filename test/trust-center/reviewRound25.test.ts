// What the twenty-fifth session's reviews found on the trust center, each from the smallest map that shows it.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { claimItem } from '../../src/trust-center/pages/layout.js';
import { modelOf } from '../lineage/fixtures.js';

describe('a statement of stores that do not separate customers', () => {
  it('is shown as a gap stated, never with the green "Verified" of a pass (ChatFiles)', () => {
    const model = modelOf({
      dataClasses: [
        { id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true, retention: '30d' },
      ],
      components: [
        { id: 'api', kind: 'api', dataClasses: ['docs'], retention: 'zero' },
        {
          id: 'db',
          name: 'Document index',
          kind: 'datastore',
          dataClasses: ['docs'],
          tenancy: { model: 'shared' },
        },
      ],
      flows: [{ id: 'store', from: 'api', to: 'db', dataClasses: ['docs'], purpose: 'storage' }],
    });
    const site = buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
    const claim = site.claims.find((entry) => entry.id === 'tenant-isolation');
    expect(claim?.statement).toContain('does not separate one customer’s data from another’s');
    expect(claim?.disclosesGap).toBe(true);
    const item = claimItem(claim!, '2026-12-07').value;
    expect(item).toContain('Gap, as stated');
    expect(item).not.toContain('✓');
  });
});
