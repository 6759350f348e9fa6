import { describe, expect, it } from 'vitest';
import { loadMapFromFiles } from '../../src/map/index.js';
import { auditDetails, auditStatus, buildModel } from '../../src/model/index.js';
import { MINIMAL_MAP } from '../map/fixtures.js';

const NOW = new Date('2026-11-26T12:00:00Z');

function modelWith(audits: string, frameworks = '[soc2]') {
  const text = MINIMAL_MAP.replace(
    '  stage: seed\n',
    `  stage: seed\n  frameworks: ${frameworks}\n${audits ? `  audits:\n${audits}` : ''}`,
  ).replace(
    'evidence:\n',
    'evidence:\n  - { id: soc2-2025, title: Report, path: r.pdf, expires: 2026-10-01 }\n  - { id: soc2-2026, title: Report, path: r2.pdf }\n',
  );
  const result = loadMapFromFiles([{ file: 'trustmap.yaml', content: text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return buildModel(result.map, { now: NOW });
}

describe('auditStatus', () => {
  it('is a target when only listed in frameworks, and none otherwise', () => {
    expect(auditStatus(modelWith(''), 'soc2')).toMatchObject({
      state: 'target',
      pointer: 'organization/frameworks',
    });
    expect(auditStatus(modelWith(''), 'iso42001').state).toBe('none');
  });

  it('prefers the latest issued report, and says when it has lapsed with nothing under way', () => {
    const lapsed = modelWith(
      '    - { framework: soc2, kind: type-2, status: issued, issued: 2025-10-01, report: soc2-2025 }\n',
    );
    expect(auditStatus(lapsed, 'soc2')).toMatchObject({ state: 'expired', report: { id: 'soc2-2025' } });
    const renewed = modelWith(
      '    - { framework: soc2, kind: type-2, status: issued, issued: 2025-10-01, report: soc2-2025 }\n' +
        '    - { framework: soc2, kind: type-2, status: issued, issued: 2026-10-15, periodStart: 2026-04-01, periodEnd: 2026-09-30, auditor: A&B LLP, report: soc2-2026 }\n',
    );
    const status = auditStatus(renewed, 'soc2');
    expect(status).toMatchObject({
      state: 'issued',
      report: { id: 'soc2-2026' },
      pointer: 'organization/audits',
    });
    expect(auditDetails(status.audit)).toBe(
      ' (covering 2026-04-01 to 2026-09-30, by A&B LLP, issued 2026-10-15)',
    );
  });

  it('reports an audit under way when the last report lapsed and a new one is in progress', () => {
    const model = modelWith(
      '    - { framework: soc2, kind: type-2, status: issued, issued: 2025-10-01, report: soc2-2025 }\n' +
        '    - { framework: soc2, kind: type-2, status: in-progress, periodEnd: 2027-03-31 }\n',
    );
    expect(auditStatus(model, 'soc2')).toMatchObject({
      state: 'in-progress',
      audit: { periodEnd: '2027-03-31' },
    });
  });

  it('refuses an audit whose report is not a known evidence id', () => {
    const text = MINIMAL_MAP.replace(
      '  stage: seed\n',
      '  stage: seed\n  audits:\n    - { framework: soc2, kind: type-1, status: issued, report: nope }\n',
    );
    const result = loadMapFromFiles([{ file: 'trustmap.yaml', content: text }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toBe('unknown evidence id `nope`');
  });
});
