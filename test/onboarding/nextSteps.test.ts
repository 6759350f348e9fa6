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

  it("asks no contract terms of a vendor reached under each customer's own account (WrenAI: Athena, Databricks)", () => {
    const model = modelOf({
      version: 1,
      organization: { name: 'Tiny', stage: 'seed' },
      subprocessors: [
        {
          id: 'databricks',
          status: 'proposed',
          vendor: 'Databricks',
          service: 'SQL',
          purpose: 'source',
          account: 'customer',
        },
      ],
    });
    const [step] = mapStatus(model, []).next;
    expect(step?.action).toBe(
      "confirm each customer reaches it with their own account (`account: customer`): its terms are the customer's, not ours to fill",
    );
  });
});

describe('next steps once everything is confirmed', () => {
  it('names the most severe failures and their fixes (lunary: 31 failing and no next step)', async () => {
    const { runChecks } = await import('../../src/controls/index.js');
    const { renderStatusText } = await import('../../src/report/index.js');
    const { ragMap } = await import('../controls/fixtures.js');
    const map = ragMap();
    map.subprocessors![0]!.terms = { training: 'default-on', retention: '90d', dpa: 'dpa-openai' };
    const model = modelOf(map);
    const status = mapStatus(model, runChecks(model).results);
    expect(status.next).toEqual([]);
    expect(status.fix[0]).toMatchObject({ checkId: 'llm-subprocessor-terms' });
    expect(renderStatusText(status)).toMatch(
      /next, fix \(the most severe failures[^\n]*\n {2}1\. llm-subprocessor-terms: /,
    );
  });
});
