import { type CompanyProfile, type Directory, parseDirectory } from '../../src/auditors/index.js';

export const TODAY = '2026-12-01';
const at = (url: string) => `source: "${url}", checked: ${TODAY}, kind: firm-says`;

/**
 * A fixture directory: four SOC 2 CPA firms of different sizes, two ISO bodies, one firm whose CPA licence has
 * no source (so it must never be matched for SOC 2), one ISO body accredited only for 27001, one US-only firm.
 */
export const FIXTURE_YAML = `version: 1
name: Fixture directory
source: test fixture
checked: ${TODAY}
firms:
  - id: alpha
    name: Alpha Assurance
    size: boutique
    cpaFirm: { value: true, ${at('https://alpha.example/cpa')} }
    deliverables:
      - { value: soc2-type1, ${at('https://alpha.example/soc2')} }
      - { value: soc2-type2, ${at('https://alpha.example/soc2')} }
    stages:
      - { value: seed, ${at('https://alpha.example/startups')} }
    leadTimeDays: { value: 14, ${at('https://alpha.example/start')} }
  - id: bravo
    name: Bravo CPAs
    size: boutique
    cpaFirm: { value: true, ${at('https://bravo.example/about')} }
    deliverables:
      - { value: soc2-type2, ${at('https://bravo.example/soc2')} }
    aiExperience:
      - { value: audited an LLM platform, ${at('https://bravo.example/ai')} }
  - id: charlie
    name: Charlie & Co
    size: boutique
    cpaFirm: { value: true, ${at('https://charlie.example/about')} }
    deliverables:
      - { value: soc2, ${at('https://charlie.example/soc')} }
    prices:
      - { value: { deliverable: soc2-type1, currency: USD, min: 9000, max: 15000 }, ${at('https://charlie.example/price')} }
  - id: delta
    name: Delta Global
    size: global
    cpaFirm: { value: true, ${at('https://delta.example/about')} }
    deliverables:
      - { value: soc2-type1, ${at('https://delta.example/soc2')} }
      - { value: iso42001, ${at('https://delta.example/42001')} }
    accreditations:
      - { value: { standard: iso42001, accreditationBody: ANAB, accredited: true }, ${at('https://delta.example/anab')} }
    leadTimeDays: { value: 120, ${at('https://delta.example/planning')} }
  - id: echo
    name: Echo Unsourced
    size: large
    cpaFirm: { value: true }
    deliverables:
      - { value: soc2-type1, ${at('https://echo.example/soc2')} }
    aiExperience:
      - { value: many AI audits, source: "https://echo.example/ai" }
  - id: foxtrot
    name: Foxtrot Certification
    size: mid-size
    accreditations:
      - { value: { standard: iso27001, accreditationBody: UKAS, accredited: true }, ${at('https://foxtrot.example/ukas')} }
      - { value: { standard: iso42001, accreditationBody: UKAS, accredited: false }, ${at('https://foxtrot.example/ukas')} }
    regions:
      - { value: eu, ${at('https://foxtrot.example/where')} }
      - { value: uk, ${at('https://foxtrot.example/where')} }
  - id: golf
    name: Golf US Only
    size: mid-size
    cpaFirm: { value: true, ${at('https://golf.example/about')} }
    deliverables:
      - { value: soc2-type1, ${at('https://golf.example/soc2')} }
    regions:
      - { value: us, ${at('https://golf.example/where')} }
  - id: hotel
    name: Hotel Readiness
    size: mid-size
    cpaFirm: { value: true, ${at('https://hotel.example/about')} }
    deliverables:
      - { value: soc2-type1, ${at('https://hotel.example/soc2')} }
      - { value: readiness, ${at('https://hotel.example/readiness')} }
    aiExperience:
      - { value: audited AI systems, ${at('https://hotel.example/ai')} }
`;

export function fixtureDirectory(yaml = FIXTURE_YAML): Directory {
  return parseDirectory('fixture.yaml', yaml);
}

/** A company profile as an object literal; tests change what they need. */
export function profile(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    organization: 'Testco',
    stage: 'seed',
    headcount: 8,
    frameworks: ['soc2'],
    reportType: 'type1',
    windowMonths: 3,
    categories: ['Security'],
    targetDate: '2027-01-26',
    readyDate: TODAY,
    regions: [],
    ai: { training: false, customerDataInRetrieval: true, iso42001Interest: false, components: ['LLM API'] },
    readinessProviders: [],
    origins: {},
    ...overrides,
  };
}
