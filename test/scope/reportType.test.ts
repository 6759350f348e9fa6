import { describe, expect, it } from 'vitest';
import type { ReadinessGap } from '../../src/scope/index.js';
import { recommendReportType } from '../../src/scope/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

const gap = (blocking: boolean, rank: number): ReadinessGap =>
  ({
    rank,
    blocking,
    checkId: 'data-encryption',
    status: 'needs-evidence',
    severity: 'info',
    category: 'security',
    subject: `component c${rank}`,
    message: 'says nothing',
    reason: 'fix it during the window',
    sources: [{ kind: 'check', checkId: 'data-encryption' }],
  }) as ReadinessGap;

describe('the report type', () => {
  it('says the open findings that do not block beside "nothing blocks the audit" (QAnything)', () => {
    // QAnything: "Nothing blocks the audit…, straight to Type II" above ten open gaps in the same output.
    const model = tinyModel({});
    const now = new Date('2026-12-06T00:00:00Z');
    const advice = recommendReportType(
      model,
      [gap(false, 1), gap(false, 2)],
      { enterpriseBuyers: true },
      'series-a',
      now,
    );
    expect(advice.plan).toBe('type2');
    expect(advice.reason).toMatch(
      /^Nothing blocks the audit \(2 open findings are to be fixed during the window, below\), so/,
    );
    expect(recommendReportType(model, [], { enterpriseBuyers: true }, 'series-a', now).reason).toMatch(
      /^Nothing blocks the audit, so/,
    );
  });
});
