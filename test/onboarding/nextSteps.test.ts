import { describe, expect, it } from 'vitest';
import { mapStatus } from '../../src/report/status.js';
import { modelOf } from '../controls/fixtures.js';

describe('next steps after init', () => {
  it('asks a proposed service first how its users sign in (bolt.new: no sign-in, and only tenancy was asked)', () => {
    const model = modelOf({
      version: 1,
      organization: { name: 'Tiny', stage: 'seed' },
      components: [
        { id: 'app', status: 'proposed', name: 'Application', kind: 'service' },
        { id: 'db', status: 'proposed', kind: 'datastore', provider: 'postgres' },
      ],
    });
    const next = mapStatus(model, []).next;
    expect(next.find((step) => step.pointer === 'components/app')?.action).toMatch(
      /^say how its users sign in \(`userAuthentication`/,
    );
    expect(next.find((step) => step.pointer === 'components/db')?.action).toMatch(
      /^say how it separates tenants/,
    );
  });
});
