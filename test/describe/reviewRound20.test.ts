// What the twentieth session's reviews of real apps found in the system description: feder-cr/AIHawk (79155b5),
// FoundationAgents/OpenManus (52a13f2).
import { describe, expect, it } from 'vitest';
import { describeSystem } from '../../src/describe/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

const model = () =>
  tinyModel({
    organization: {
      name: 'Tiny AI',
      stage: 'seed',
      commitments: { noTrainingOnCustomerData: true, noSecondaryUse: true },
    },
    dataClasses: [{ id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true }],
    components: [{ id: 'app', name: 'App', kind: 'service', hosting: 'self-hosted', dataClasses: ['chats'] }],
  });

/** Every statement of the description, with its text and the lines it cites. */
function statements(description: ReturnType<typeof describeSystem>) {
  return JSON.stringify(description);
}

describe('the privacy criteria beside promises on the use of customer data', () => {
  it('are not said to rest on no commitment at all (AIHawk)', () => {
    // AIHawk: "The privacy criteria are not included: the map records no privacy commitment to customers", beside its
    // no-secondary-use promise among the service commitments.
    const text = statements(describeSystem(model()));
    expect(text).toContain(
      'The privacy criteria are not included: the map records no privacy commitment to customers beyond its promises on the use of their data (no training on customer data; no use of customer data beyond the service), which the service commitments describe.',
    );
    expect(text).not.toContain(
      'The privacy criteria are not included: the map records no privacy commitment to customers.',
    );
  });
});

describe('what the criteria cite', () => {
  it('cites the commitments, and no empty framework list (OpenManus)', () => {
    // Every criterion row citing `frameworks: []`.
    const text = statements(describeSystem(model()));
    expect(text).toContain('"pointer":"organization/commitments"');
    expect(text).not.toContain('"pointer":"organization/frameworks"');
  });

  it('locates a block mapping at its key, not its first entry (AIHawk)', () => {
    // "covers … security (confirmed.yaml:14)": the line of `noTrainingOnCustomerData`, the first under `commitments:`.
    const result = loadMapFromFiles([
      {
        file: 'trustmap.yaml',
        content: [
          'version: 1',
          'organization:',
          '  name: Tiny AI',
          '  commitments:',
          '    noTrainingOnCustomerData: true',
          '    noSecondaryUse: true',
          '  regions: [eu]',
          '',
        ].join('\n'),
      },
    ]);
    if (!result.ok) throw new Error('expected the map to load');
    expect(result.map.source.locations['organization/commitments']?.line).toBe(4);
    expect(result.map.source.locations['organization/commitments/noSecondaryUse']?.line).toBe(6);
    // A flow list stays where its value is.
    expect(result.map.source.locations['organization/regions']?.line).toBe(7);
  });
});
