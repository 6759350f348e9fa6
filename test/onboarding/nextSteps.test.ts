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

  it('asks of our services first, then of the vendors prompts reach, and whether the code uses a vendor before its terms (midday, firecrawl)', () => {
    const model = modelOf({
      version: 1,
      organization: { name: 'Tiny', stage: 'seed' },
      dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'app', status: 'proposed', name: 'Application', kind: 'service', dataClasses: ['prompts'] },
      ],
      subprocessors: [
        { id: 'mailer', status: 'proposed', vendor: 'Mailer', service: 'Email', purpose: 'sends email' },
        {
          id: 'llm',
          status: 'proposed',
          vendor: 'LLM Co',
          service: 'API',
          purpose: 'answers',
          dataClasses: ['prompts'],
        },
      ],
    });
    const next = mapStatus(model, []).next;
    expect(next.map((step) => step.pointer)).toEqual([
      'components/app',
      'subprocessors/llm',
      'subprocessors/mailer',
    ]);
    expect(next[1]?.action).toMatch(
      /^confirm the code sends it data \(dismiss it if not\), then fill `terms`/,
    );
  });
});
