import { describe, expect, it } from 'vitest';
import { CHECKS, CONTROLS, coverage, ISO42001, runChecks, SOC2_CRITERIA } from '../../src/controls/index.js';
import { modelOf, ragMap } from './fixtures.js';

describe('catalogs', () => {
  it('lists the 61 SOC 2 criteria, unique, by category', () => {
    expect(SOC2_CRITERIA).toHaveLength(61);
    expect(new Set(SOC2_CRITERIA.map((c) => c.id)).size).toBe(61);
    const count = (prefix: RegExp) => SOC2_CRITERIA.filter((c) => prefix.test(c.id)).length;
    expect([count(/^CC/), count(/^A1/), count(/^C1/), count(/^PI1/), count(/^P\d/)]).toEqual([
      33, 3, 2, 5, 18,
    ]);
    expect(SOC2_CRITERIA[0]?.id).toBe('CC1.1');
    expect(SOC2_CRITERIA.at(-1)?.id).toBe('P8.1');
  });

  it('lists ISO/IEC 42001 clauses 4 to 10 and the 38 Annex A controls', () => {
    expect(ISO42001.filter((i) => i.kind === 'clause').map((i) => i.id)).toEqual([
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    const annex = ISO42001.filter((i) => i.kind === 'annex-a').map((i) => i.id);
    expect(annex).toHaveLength(38);
    expect(new Set(annex).size).toBe(38);
    expect([annex[0], annex.at(-1)]).toEqual(['A.2.2', 'A.10.4']);
  });

  it('crosswalks every control to criteria that exist, and every automated control to a check', () => {
    const soc2 = new Set(SOC2_CRITERIA.map((c) => c.id));
    const iso = new Set(ISO42001.map((i) => i.id));
    const evidenced = new Set(CHECKS.flatMap((check) => check.controls));
    for (const control of CONTROLS) {
      expect(
        control.soc2.filter((id) => !soc2.has(id)),
        control.id,
      ).toEqual([]);
      expect(
        control.iso42001.filter((id) => !iso.has(id)),
        control.id,
      ).toEqual([]);
      expect(control.soc2.length + control.iso42001.length, control.id).toBeGreaterThan(0);
      expect(evidenced.has(control.id), control.id).toBe(true);
      if (!control.automated) expect(control.provide, control.id).toBeTruthy();
    }
    const known = new Set(CONTROLS.map((c) => c.id));
    expect(CHECKS.flatMap((check) => check.controls).filter((id) => !known.has(id))).toEqual([]);
    expect(new Set(CHECKS.map((check) => check.id)).size).toBe(CHECKS.length);
  });
});

describe('coverage', () => {
  it('marks criteria met by checks, by evidence, failing, or not covered', () => {
    const map = ragMap();
    map.evidence?.push({ id: 'policy', title: 'Security policy', url: 'https://example.com/p' });
    map.controls = [{ id: 'TM-SEC-04', evidence: ['policy'] }];
    map.components?.push({ id: 'endpoint', kind: 'inference-endpoint' });
    const model = modelOf(map);
    const [soc2, iso] = coverage(model, runChecks(model));
    const status = (id: string) => soc2?.criteria.find((c) => c.id === id)?.status;
    expect(status('CC9.2')).toBe('met-by-checks');
    expect(status('CC1.4')).toBe('met-by-evidence');
    expect(status('CC6.1')).toBe('failing');
    expect(status('CC6.4')).toBe('not-covered');
    expect(soc2?.criteria).toHaveLength(61);
    expect(iso?.criteria).toHaveLength(45);
    const total = Object.values(soc2?.counts ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBe(61);
  });
});
