import { describe, expect, it } from 'vitest';
import { checkDirectory, type MatchResult, matchFirms, parseDirectory } from '../../src/auditors/index.js';
import { FIXTURE_YAML, fixtureDirectory, profile, TODAY } from './fixtures.js';

const ids = (result: MatchResult) => result.matches.map((match) => match.id);
const directory = fixtureDirectory();

/** Every pick meets the hard requirement of each framework it claims to cover. */
function assertHardRequirements(result: MatchResult) {
  for (const match of result.matches) {
    const firm = directory.firms.find((f) => f.id === match.id)!;
    for (const framework of match.covers) {
      if (framework === 'soc2') {
        expect(firm.cpaFirm?.value, `${match.id} is a CPA firm`).toBe(true);
        expect(firm.cpaFirm?.source && firm.cpaFirm.checked, `${match.id} CPA fact is sourced`).toBeTruthy();
      } else {
        const accredited = (firm.accreditations ?? []).some(
          (fact) => fact.value.standard === framework && fact.value.accredited && fact.source && fact.checked,
        );
        expect(accredited, `${match.id} accredited for ${framework}`).toBe(true);
      }
    }
    expect(match.covers.length).toBeGreaterThan(0);
  }
}

describe('matching firms to a company', () => {
  it('seed startup, first Type I in 8 weeks: three CPA firms, the seed-serving one first, never the unsourced one', () => {
    const result = matchFirms(directory, profile(), TODAY);
    assertHardRequirements(result);
    expect(result.matches).toHaveLength(3);
    expect(ids(result)[0]).toBe('alpha');
    expect(ids(result)).not.toContain('echo');
    const echo = result.excluded.find((entry) => entry.id === 'echo')!;
    expect(echo.code).toBe('no-framework');
    expect(echo.reason).toMatch(/no sourced fact that it is a licensed CPA firm/);
  });

  it('never picks a firm that lacks the needed accreditation', () => {
    const result = matchFirms(directory, profile({ frameworks: ['iso42001'] }), TODAY);
    assertHardRequirements(result);
    // Delta is the only body accredited for 42001; Foxtrot says it is not (yet).
    expect(ids(result)).toEqual(['delta']);
    expect(result.excluded.find((entry) => entry.id === 'foxtrot')?.reason).toMatch(
      /its source says it is not accredited/,
    );
    const iso27001 = matchFirms(directory, profile({ frameworks: ['iso27001'] }), TODAY);
    expect(ids(iso27001)).toEqual(['foxtrot']);
  });

  it('leaves out a firm whose published regions exclude the company’s, and keeps firms with unknown regions', () => {
    const result = matchFirms(directory, profile({ regions: ['eu'] }), TODAY);
    assertHardRequirements(result);
    expect(ids(result)).not.toContain('golf');
    expect(result.excluded.find((entry) => entry.id === 'golf')).toMatchObject({ code: 'region' });
    expect(result.matches.every((match) => match.unknown.includes('regions served'))).toBe(true);
  });

  it('is deterministic: the same input gives the same output, whatever the order of firms in the file', () => {
    const first = matchFirms(directory, profile(), TODAY);
    const reversed = { ...directory, firms: [...directory.firms].reverse() };
    expect(JSON.stringify(matchFirms(reversed, profile(), TODAY))).toBe(JSON.stringify(first));
    expect(JSON.stringify(matchFirms(directory, profile(), TODAY))).toBe(JSON.stringify(first));
  });

  it('diversity: not three boutiques when another size is eligible', () => {
    // On a seed Type II profile Alpha, Bravo and Charlie (all boutiques) rank above Golf (mid-size) by fit or by
    // name; the third pick changes size.
    const four = {
      ...directory,
      firms: directory.firms.filter((f) => ['alpha', 'bravo', 'charlie', 'golf'].includes(f.id)),
    };
    const ranked = matchFirms(four, profile({ reportType: 'type2' }), TODAY, 4);
    expect(ids(ranked)).toEqual(['alpha', 'bravo', 'charlie', 'golf']);
    const result = matchFirms(four, profile({ reportType: 'type2' }), TODAY);
    expect(ids(result)).toEqual(['alpha', 'bravo', 'golf']);
    const sizes = result.matches.map((match) => match.size);
    expect(new Set(sizes).size).toBeGreaterThan(1);
    const third = result.matches[2]!;
    expect(third.reasons.some((reason) => reason.code === 'diversity')).toBe(true);
  });

  it('covers every needed framework when the directory allows it (SOC 2 and ISO/IEC 42001)', () => {
    const result = matchFirms(directory, profile({ frameworks: ['soc2', 'iso42001'] }), TODAY);
    assertHardRequirements(result);
    expect(result.uncovered).toEqual([]);
    expect(ids(result)).toContain('delta'); // the only firm that covers ISO/IEC 42001
    const delta = result.matches.find((match) => match.id === 'delta')!;
    expect(delta.covers).toEqual(['soc2', 'iso42001']);
  });

  it('every reason that rests on the directory cites facts with a source and a date', () => {
    const result = matchFirms(
      directory,
      profile({ frameworks: ['soc2', 'iso42001'], budgetUsd: 12000 }),
      TODAY,
    );
    for (const match of result.matches)
      for (const reason of match.reasons) {
        if (reason.code === 'several-frameworks' || reason.code === 'diversity') continue;
        expect(reason.facts.length, `${match.id}: ${reason.code}`).toBeGreaterThan(0);
        for (const fact of reason.facts) {
          expect(fact.source).toMatch(/^https:\/\//);
          expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
  });

  it('ignores an unsourced fact: a source added to it changes the outcome', () => {
    const before = matchFirms(directory, profile(), TODAY);
    expect(ids(before)).not.toContain('echo');
    const sourced = parseDirectory(
      'fixture.yaml',
      FIXTURE_YAML.replace(
        'cpaFirm: { value: true }',
        `cpaFirm: { value: true, source: "https://echo.example/cpa", checked: ${TODAY} }`,
      ),
    );
    const all = matchFirms(sourced, profile(), TODAY, 20);
    expect(ids(all)).toContain('echo');
    // The undated AI claim is still ignored: no AI reason for Echo.
    const echo = all.matches.find((match) => match.id === 'echo')!;
    expect(echo.reasons.map((reason) => reason.code)).not.toContain('ai-experience');
    expect(
      checkDirectory(directory, TODAY).map((issue) => `${issue.firm} ${issue.field} ${issue.problem}`),
    ).toEqual(['echo cpaFirm no-source', 'echo aiExperience[0] no-date']);
  });

  it('independence: a firm that prepared the company is flagged and never picked', () => {
    const result = matchFirms(directory, profile({ readinessProviders: ['Hotel Readiness'] }), TODAY);
    expect(ids(result)).not.toContain('hotel');
    expect(result.excluded.find((entry) => entry.id === 'hotel')).toMatchObject({
      code: 'independence',
      reason: expect.stringMatching(/cannot also audit/),
    });
  });

  it('timeline: a firm that plans further ahead than the target date loses points and says why', () => {
    const result = matchFirms(directory, profile({ frameworks: ['soc2', 'iso42001'] }), TODAY);
    const delta = result.matches.find((match) => match.id === 'delta')!;
    const late = delta.reasons.find((reason) => reason.code === 'lead-time-late')!;
    expect(late.points).toBeLessThan(0);
    expect(late.text).toMatch(/120 days ahead, more than the 56 days/);
  });

  it('price band: compared with the budget only when the firm publishes one', () => {
    const result = matchFirms(directory, profile({ budgetUsd: 5000 }), TODAY, 20);
    const charlie = result.matches.find((match) => match.id === 'charlie');
    expect(charlie?.reasons.find((reason) => reason.code === 'price-over-budget')?.points).toBe(-2);
    expect(result.matches.find((match) => match.id === 'alpha')?.unknown).toContain('price band');
  });

  it('states where the directory came from and when it was checked, and that payment never counts', () => {
    const result = matchFirms(directory, profile(), TODAY);
    expect(result.directory).toMatchObject({
      name: 'Fixture directory',
      checked: TODAY,
      source: 'test fixture',
    });
    expect(result.method).toMatch(/payment, referral or partnership is never an input/);
  });
});
