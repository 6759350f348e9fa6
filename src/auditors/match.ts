import { type SourcedFact, usable, usableOne } from './facts.js';
import type { Directory } from './load.js';
import { type AuditedFramework, type CompanyProfile, frameworkLabel, normalRegion } from './profile.js';
import type { Deliverable, FirmData, FirmSize, PriceBand } from './schema.js';

/** A reason a firm fits (or fits less), with the facts behind it. */
export interface Reason {
  code: string;
  text: string;
  /** Points this reason adds to (or takes from) the fit; shown so the ranking can be checked by hand. */
  points: number;
  facts: SourcedFact<unknown>[];
}

/** One of the three firms. */
export interface FirmMatch {
  id: string;
  name: string;
  size?: FirmSize;
  website?: SourcedFact<string>;
  /** The needed frameworks this firm can take on (hard requirements met), and those it cannot. */
  covers: AuditedFramework[];
  missing: AuditedFramework[];
  /** Why each missing framework is missing, in the order of `missing`. */
  missingWhy: string[];
  score: number;
  reasons: Reason[];
  /** What the directory does not say (with a source and a date) about this firm. */
  unknown: string[];
}

/** A firm left out, and why. */
export interface Exclusion {
  id: string;
  name: string;
  code: 'no-framework' | 'region' | 'independence';
  reason: string;
  facts: SourcedFact<unknown>[];
}

export interface MatchResult {
  profile: CompanyProfile;
  directory: { name: string; source: string; checked: string; file: string; bundled: boolean; firms: number };
  asOf: string;
  matches: FirmMatch[];
  excluded: Exclusion[];
  /** Needed frameworks that none of the three picks can take on. */
  uncovered: AuditedFramework[];
  /** How the ranking works, in one paragraph, so the output stands on its own. */
  method: string;
}

export const MATCH_METHOD =
  'Hard requirements first: SOC 2 needs a firm whose licence as a CPA firm and SOC 2 service are sourced; ' +
  'ISO/IEC 27001 and 42001 need a sourced accreditation for that very standard; a firm whose published regions ' +
  'leave out yours, or that prepared you (readiness), is left out. Then fit, in points shown next to each reason: ' +
  'more of your frameworks, your stage, your report type, published AI-system audit work, lead time against your ' +
  'date, published prices against your budget. Ties go by name. Then diversity: not three firms of one size, and ' +
  'every needed framework covered where the directory allows. Only facts with a public source and a checked date ' +
  'count; payment, referral or partnership is never an input.';

// Code-point order, not the locale's: the same names sort the same on every machine.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const STAGE_ORDER = ['pre-seed', 'seed', 'series-a', 'series-b', 'series-c', 'growth', 'public'];

/**
 * The three firms that fit a company, each with reasons, the facts behind them, and what is unknown.
 * Deterministic: the same directory, profile and day give the same answer.
 * @example matchFirms(directory, profile, '2026-12-01').matches.map((m) => m.name)
 */
export function matchFirms(
  directory: Directory,
  profile: CompanyProfile,
  today: string,
  count = 3,
): MatchResult {
  const candidates: FirmMatch[] = [];
  const excluded: Exclusion[] = [];
  const firms = [...directory.firms].sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
  for (const firm of firms) {
    const verdict = judge(firm, profile, today);
    if ('exclusion' in verdict) excluded.push(verdict.exclusion);
    else candidates.push(verdict.match);
  }
  candidates.sort((a, b) => b.score - a.score || byText(a.name, b.name) || byText(a.id, b.id));
  const matches = pickDiverse(candidates, profile.frameworks, count);
  const covered = new Set(matches.flatMap((match) => match.covers));
  return {
    profile,
    directory: {
      name: directory.name,
      source: directory.source,
      checked: directory.checked,
      file: directory.file,
      bundled: directory.bundled,
      firms: directory.firms.length,
    },
    asOf: today,
    matches,
    excluded,
    uncovered: profile.frameworks.filter((framework) => !covered.has(framework)),
    method: MATCH_METHOD,
  };
}

type Verdict = { match: FirmMatch } | { exclusion: Exclusion };

function judge(firm: FirmData, profile: CompanyProfile, today: string): Verdict {
  const base = { id: firm.id, name: firm.name };
  // Independence first: a firm that prepared the company is named, whatever else it offers.
  const provider = profile.readinessProviders.find((name) => sameFirm(name, firm));
  if (provider)
    return {
      exclusion: {
        ...base,
        code: 'independence',
        reason: `helped prepare ${profile.organization} (readiness provider "${provider}"), so it cannot also audit it`,
        facts: [],
      },
    };

  const deliverables = usable(firm.deliverables, today);
  const reasons: Reason[] = [];
  const covers: AuditedFramework[] = [];
  const missing: AuditedFramework[] = [];
  const why: string[] = [];
  for (const framework of profile.frameworks) {
    const met = hardRequirement(firm, framework, deliverables, today);
    if (met.ok) {
      covers.push(framework);
      reasons.push({ code: `can-${framework}`, text: met.text, points: 0, facts: met.facts });
    } else {
      missing.push(framework);
      why.push(met.text);
    }
  }
  if (covers.length === 0)
    return { exclusion: { ...base, code: 'no-framework', reason: why.join('; '), facts: [] } };

  const regions = usable(firm.regions, today);
  if (profile.regions.length > 0 && regions.length > 0) {
    const served = new Set(regions.map((fact) => normalRegion(fact.value)));
    const outside = profile.regions.filter((region) => !served.has(region) && !served.has('global'));
    if (outside.length > 0)
      return {
        exclusion: {
          ...base,
          code: 'region',
          reason: `its published regions (${[...served].join(', ')}) leave out ${outside.join(', ')}`,
          facts: regions,
        },
      };
    reasons.push({
      code: 'region',
      text: `serves ${profile.regions.join(', ')}`,
      points: 0,
      facts: regions.filter(
        (fact) => profile.regions.includes(normalRegion(fact.value)) || normalRegion(fact.value) === 'global',
      ),
    });
  }

  if (covers.length > 1)
    reasons.push({
      code: 'several-frameworks',
      text: `can take on ${covers.map((f) => frameworkLabel(f, profile)).join(' and ')} in one relationship`,
      points: 3 * (covers.length - 1),
      facts: [],
    });
  reasons.push(...fitReasons(firm, profile, covers, deliverables, today));
  const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
  const website = usableOne(firm.website, today);
  return {
    match: {
      ...base,
      ...(firm.size ? { size: firm.size } : {}),
      ...(website ? { website } : {}),
      covers,
      missing,
      missingWhy: why,
      score,
      reasons,
      unknown: unknownsOf(firm, profile, today),
    },
  };
}

function hardRequirement(
  firm: FirmData,
  framework: AuditedFramework,
  deliverables: SourcedFact<Deliverable>[],
  today: string,
): { ok: boolean; text: string; facts: SourcedFact<unknown>[] } {
  if (framework === 'soc2') {
    const cpa = usableOne(firm.cpaFirm, today);
    const soc2 = deliverables.filter((fact) => fact.value.startsWith('soc2'));
    if (cpa?.value !== true)
      return { ok: false, text: 'SOC 2: no sourced fact that it is a licensed CPA firm', facts: [] };
    if (soc2.length === 0) return { ok: false, text: 'SOC 2: no sourced SOC 2 service', facts: [] };
    return {
      ok: true,
      text: 'can issue a SOC 2 report: a CPA firm that offers SOC 2 examinations',
      facts: [cpa, ...soc2],
    };
  }
  const forStandard = usable(firm.accreditations, today).filter((fact) => fact.value.standard === framework);
  const accreditations = forStandard.filter((fact) => fact.value.accredited);
  if (accreditations.length === 0 && forStandard.length > 0)
    return {
      ok: false,
      text: `${frameworkLabel(framework)}: its source says it is not accredited for this standard`,
      facts: [],
    };
  if (accreditations.length === 0)
    return {
      ok: false,
      text: `${frameworkLabel(framework)}: no sourced accreditation for this standard`,
      facts: [],
    };
  // Accreditation is only checkable when the page names who accredited the body.
  if (!accreditations.some((fact) => fact.value.accreditationBody))
    return {
      ok: false,
      text: `${frameworkLabel(framework)}: accredited, says the source, but by an accreditation body it does not name`,
      facts: [],
    };
  const named = accreditations.filter((fact) => fact.value.accreditationBody);
  const bodies = [...new Set(named.map((fact) => fact.value.accreditationBody))].join(', ');
  return {
    ok: true,
    text: `can certify ${frameworkLabel(framework)}: accredited for it by ${bodies}`,
    facts: named,
  };
}

function fitReasons(
  firm: FirmData,
  profile: CompanyProfile,
  covers: readonly AuditedFramework[],
  deliverables: SourcedFact<Deliverable>[],
  today: string,
): Reason[] {
  const reasons: Reason[] = [];
  const stages = usable(firm.stages, today);
  const stageFacts = stages.filter((fact) => fact.value === profile.stage);
  if (stageFacts.length > 0)
    reasons.push({
      code: 'stage',
      text: `says it serves ${profile.stage} companies`,
      points: 2,
      facts: stageFacts,
    });
  else if (stages.length > 0) {
    const served = stages
      .map((fact) => fact.value)
      .sort((a, b) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b));
    reasons.push({
      code: 'stage-other',
      text: `says it serves ${served.join(', ')} companies, not ${profile.stage}`,
      points: -1,
      facts: stages,
    });
  }

  if (covers.includes('soc2')) {
    const wanted = profile.reportType === 'type1' ? 'soc2-type1' : 'soc2-type2';
    const typeFacts = deliverables.filter((fact) => fact.value === wanted);
    if (typeFacts.length > 0)
      reasons.push({
        code: 'report-type',
        text: `offers the ${profile.reportType === 'type1' ? 'Type I' : 'Type II'} report scope advises`,
        points: 1,
        facts: typeFacts,
      });
  }

  const ai = usable(firm.aiExperience, today);
  const aiAccredited = usable(firm.accreditations, today).filter(
    (fact) => fact.value.standard === 'iso42001' && fact.value.accredited,
  );
  const aiFacts = [...ai, ...aiAccredited];
  if (aiFacts.length > 0) {
    const specifics = [
      profile.ai.training ? 'model training' : '',
      profile.ai.customerDataInRetrieval ? 'customer data in retrieval' : '',
    ].filter(Boolean);
    reasons.push({
      code: 'ai-experience',
      text: `has published AI-system audit work${specifics.length ? ` (your system has ${specifics.join(' and ')})` : ''}`,
      points: 2,
      facts: aiFacts,
    });
  }

  const lead = usableOne(firm.leadTimeDays, today);
  if (lead && profile.targetDate) {
    const days = daysBetween(today, profile.targetDate);
    const fits = lead.value <= days;
    reasons.push({
      code: fits ? 'lead-time' : 'lead-time-late',
      text: fits
        ? `plans engagements ${lead.value} days ahead; your date (${profile.targetDate}) is ${days} days away`
        : `plans engagements ${lead.value} days ahead, more than the ${days} days to your date (${profile.targetDate})`,
      points: fits ? 1 : -2,
      facts: [lead],
    });
  }

  const prices = usable(firm.prices, today).filter((fact) => relevantPrice(fact.value, profile));
  if (prices.length > 0) {
    const within =
      profile.budgetUsd !== undefined
        ? prices.some(
            (fact) => fact.value.currency === 'USD' && fact.value.min <= (profile.budgetUsd as number),
          )
        : undefined;
    reasons.push({
      code: within === false ? 'price-over-budget' : 'price-published',
      text:
        within === undefined
          ? `publishes a price band (${prices.map((fact) => band(fact.value)).join('; ')})`
          : within
            ? `publishes a price band that starts within your budget (${prices.map((fact) => band(fact.value)).join('; ')})`
            : `publishes a price band that starts above your budget (${prices.map((fact) => band(fact.value)).join('; ')})`,
      points: within === undefined ? 1 : within ? 2 : -2,
      facts: prices,
    });
  }
  return reasons;
}

function relevantPrice(price: PriceBand, profile: CompanyProfile): boolean {
  if (price.deliverable.startsWith('soc2')) return profile.frameworks.includes('soc2');
  return (profile.frameworks as readonly string[]).includes(price.deliverable);
}

/** `USD 20,000–40,000 first year (ISO/IEC 42001)` */
export function band(price: PriceBand): string {
  const money = (n: number) => n.toLocaleString('en-US');
  const range =
    price.max !== undefined ? `${money(price.min)}–${money(price.max)}` : `from ${money(price.min)}`;
  return `${price.currency} ${range}${price.per ? ` ${price.per}` : ''} (${price.deliverable})`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function unknownsOf(firm: FirmData, profile: CompanyProfile, today: string): string[] {
  const unknown: string[] = [];
  if (!usableOne(firm.legalName, today)) unknown.push('legal name');
  if (profile.frameworks.includes('soc2') && !usableOne(firm.peerReview, today))
    unknown.push('AICPA peer review');
  if (usable(firm.regions, today).length === 0) unknown.push('regions served');
  if (usable(firm.languages, today).length === 0) unknown.push('languages');
  if (usable(firm.stages, today).length === 0) unknown.push('stages served');
  if (usable(firm.industries, today).length === 0) unknown.push('industries served');
  if (usable(firm.aiExperience, today).length === 0) unknown.push('published AI-system audit work');
  if (!usableOne(firm.leadTimeDays, today)) unknown.push('lead time');
  if (usable(firm.prices, today).filter((fact) => relevantPrice(fact.value, profile)).length === 0)
    unknown.push('price band');
  return unknown;
}

/** A readiness provider named by the company matches a firm by id or by name, ignoring case and punctuation. */
function sameFirm(name: string, firm: FirmData): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const wanted = plain(name);
  return wanted.length > 0 && (wanted === plain(firm.id) || wanted === plain(firm.name));
}

/**
 * Picks `count` firms in rank order, with two corrections: a needed framework no pick covers yet is covered
 * by the best firm that can (if any); and the last pick is not a third firm of the size the first two share.
 */
function pickDiverse(
  ranked: FirmMatch[],
  frameworks: readonly AuditedFramework[],
  count: number,
): FirmMatch[] {
  const picks: FirmMatch[] = [];
  const remaining = [...ranked];
  const take = (match: FirmMatch) => {
    picks.push(match);
    remaining.splice(remaining.indexOf(match), 1);
  };
  while (picks.length < count && remaining.length > 0) {
    const covered = new Set(picks.flatMap((pick) => pick.covers));
    const open = frameworks.filter((framework) => !covered.has(framework));
    const slotsLeft = count - picks.length;
    // Keep a slot for each framework nobody covers yet: fill it with the best firm that covers one.
    if (open.length > 0 && open.length >= slotsLeft) {
      const filler = remaining.find((match) => match.covers.some((framework) => open.includes(framework)));
      if (filler) {
        take(filler);
        continue;
      }
    }
    if (picks.length === count - 1 && picks.length >= 2) {
      const sizes = new Set(picks.map((pick) => pick.size ?? `unknown:${pick.id}`));
      const shared = sizes.size === 1 ? picks[0]?.size : undefined;
      if (shared) {
        const other = remaining.find((match) => match.size !== shared);
        if (other) {
          other.reasons.push({
            code: 'diversity',
            text: `chosen over higher-ranked ${shared} firms so the three are not all ${shared}`,
            points: 0,
            facts: [],
          });
          take(other);
          continue;
        }
      }
    }
    take(remaining[0] as FirmMatch);
  }
  return picks;
}
