// What the twenty-second session mended in the trust center, from its reviews of real apps:
// supabase-community/nextjs-openai-doc-search (ece6e2a).
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/core/contracts.js';
import { assessClaim } from '../../src/trust-center/claims.js';

const claim = {
  id: 'prompt-retention',
  statement: 'Prompts are not retained',
  page: 'ai-data-practices.html',
  sources: [],
};
const result = (unknown: boolean): CheckResult => ({
  checkId: 'prompt-output-retention',
  controls: ['TM-DATA-03'],
  status: 'fail',
  severity: 'medium',
  subject: { kind: 'subprocessor', id: 'openai' },
  message: '`openai` receives questions but does not say how long it keeps them (policy: zero)',
  sources: [],
  ...(unknown ? { unknown: true as const } : {}),
});

describe('a public statement failing only for a fact not on record', () => {
  it('is not yet verified, not "not met" (doc-search)', () => {
    expect(assessClaim(claim, [result(true)]).status).toBe('unverified');
  });

  it('is not met where a result contradicts it', () => {
    expect(assessClaim(claim, [result(true), result(false)]).status).toBe('failing');
  });
});
