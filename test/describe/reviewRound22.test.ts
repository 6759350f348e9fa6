// What the twenty-second session mended in the system description, from its reviews of real apps: cline/cline
// (21cb8d2).
import { describe, expect, it } from 'vitest';
import { describeSystem } from '../../src/describe/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

describe('software we build, which each customer runs', () => {
  // cline: its own extension and CLI "outside the boundary, run by each customer … Each customer runs and secures
  // them", though Cline builds and ships them.
  const model = (fields: Record<string, unknown>) =>
    tinyModel({
      organization: { name: 'Cline', stage: 'seed' },
      dataClasses: [{ id: 'tasks', name: 'Tasks', category: 'prompts', tenantScoped: true }],
      components: [
        {
          id: 'ext',
          name: 'Cline extension',
          kind: 'service',
          hosting: 'customer-hosted',
          dataClasses: ['tasks'],
          ...fields,
        },
        { id: 'api', name: 'Cline API', kind: 'api', hosting: 'cloud-managed', dataClasses: ['tasks'] },
      ],
    });

  it('is said to be built and released by us, with its release process', () => {
    const text = JSON.stringify(
      describeSystem(model({ changeControl: { process: 'reviewed pull requests and signed releases' } })),
    );
    expect(text).toContain(
      'Cline builds and releases Cline extension, and how it does so (reviewed pull requests and signed releases) is part of the system described.',
    );
    expect(JSON.stringify(describeSystem(model({ paths: ['src/extension'] })))).toContain(
      'Cline builds and releases Cline extension from its own code.',
    );
  });

  it('is not, where the map says nothing of building it', () => {
    expect(JSON.stringify(describeSystem(model({})))).not.toContain('builds and releases');
  });
});
