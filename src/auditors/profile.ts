import { MODEL_KINDS, RETRIEVAL_KINDS, TRAINING_KINDS } from '../core/vocabulary.js';
import { findAiPaths } from '../describe/index.js';
import { FRAMEWORK_NAMES } from '../map/index.js';
import { customerDataClasses, type Model } from '../model/index.js';
import type { ScopeAdvice, Stage } from '../scope/index.js';

// Components that are AI: models, and the stores and jobs that feed retrieval and training.
const AI_KINDS: ReadonlySet<string> = new Set([...MODEL_KINDS, ...RETRIEVAL_KINDS, ...TRAINING_KINDS]);

/** The frameworks a firm audits or certifies (the others in the map are not engagements). */
export const AUDITED_FRAMEWORKS = ['soc2', 'iso27001', 'iso42001'] as const;
export type AuditedFramework = (typeof AUDITED_FRAMEWORKS)[number];

/** Where a profile value came from. */
export type Origin = 'map' | 'scope' | 'flag' | 'default';

/** What the company needs from an audit firm: read once from the map and scope, each value overridable. */
export interface CompanyProfile {
  organization: string;
  stage: Stage;
  headcount?: number;
  frameworks: AuditedFramework[];
  /** SOC 2 report for this engagement: a first Type I, or a Type II with its window. */
  reportType: 'type1' | 'type2';
  windowMonths: number;
  categories: string[];
  /** YYYY-MM-DD: when buyers need the report. */
  targetDate?: string;
  /** YYYY-MM-DD: when scope says controls could be ready. */
  readyDate?: string;
  /** Scope's word on whether its plan meets the target date. */
  targetNote?: string;
  regions: string[];
  ai: {
    training: boolean;
    customerDataInRetrieval: boolean;
    iso42001Interest: boolean;
    /** Names of AI components and AI sub-processors. */
    components: string[];
  };
  /** Firms (ids or names) that helped prepare the company: they cannot also audit it. */
  readinessProviders: string[];
  /** Budget ceiling for the first year, in USD, when the user gives one. */
  budgetUsd?: number;
  origins: Partial<Record<keyof CompanyProfile | 'training' | 'retrieval' | 'iso42001', Origin>>;
}

/** Flags that override what the map and scope say. */
export interface ProfileOverrides {
  stage?: Stage;
  headcount?: number;
  frameworks?: AuditedFramework[];
  reportType?: 'type1' | 'type2';
  windowMonths?: number;
  targetDate?: string;
  regions?: string[];
  training?: boolean;
  customerDataInRetrieval?: boolean;
  iso42001?: boolean;
  readinessProviders?: string[];
  budgetUsd?: number;
}

const isAudited = (id: string): id is AuditedFramework =>
  (AUDITED_FRAMEWORKS as readonly string[]).includes(id);

/**
 * The company's needs: stage and head count from the map, SOC 2 report type, window and categories and the
 * ISO/IEC 42001 advice from `scope` (never recomputed here), AI specifics from the map's flows, and every
 * value replaceable by a flag. Pure.
 * @example companyProfile(model, adviseScope(model, results, {}), { frameworks: ['soc2'] })
 */
export function companyProfile(
  model: Model,
  advice: ScopeAdvice,
  overrides: ProfileOverrides = {},
): CompanyProfile {
  const organization = model.map.organization;
  const origins: CompanyProfile['origins'] = {};
  const pick = <T>(
    key: keyof CompanyProfile['origins'],
    flag: T | undefined,
    fallback: T,
    origin: Origin,
  ): T => {
    origins[key] = flag !== undefined ? 'flag' : origin;
    return flag !== undefined ? flag : fallback;
  };

  const paths = findAiPaths(model);
  const customer = customerDataClasses(model);
  const training = pick('training', overrides.training, paths.training.length > 0, 'map');
  const customerDataInRetrieval = pick(
    'retrieval',
    overrides.customerDataInRetrieval,
    paths.retrieval.some((path) => path.dataClasses.some((id) => customer.has(id))),
    'map',
  );
  const mapWants42001 = (organization.frameworks ?? []).includes('iso42001');
  const iso42001Interest = pick(
    'iso42001',
    overrides.iso42001,
    mapWants42001 || advice.iso42001.start === 'now',
    mapWants42001 ? 'map' : 'scope',
  );

  const fromMap = (organization.frameworks ?? []).filter(isAudited);
  // ISO/IEC 42001 follows the interest (the map's frameworks, scope's advice, or the flag); the rest come from the map.
  const base: AuditedFramework[] = fromMap.length > 0 ? fromMap.filter((id) => id !== 'iso42001') : ['soc2'];
  const derived: AuditedFramework[] = iso42001Interest ? [...base, 'iso42001'] : base;
  const frameworks = pick(
    'frameworks',
    overrides.frameworks,
    derived,
    fromMap.length > 0 ? 'map' : 'default',
  );

  const aiComponents = [
    ...model.map.components
      .filter((component) => AI_KINDS.has(component.kind))
      .map((component) => component.name ?? component.id),
    ...model.map.subprocessors
      .filter((sub) => sub.ai)
      .map((sub) => `${sub.vendor} (${sub.service ?? 'AI service'})`),
  ];

  const targetDate = pick<string | undefined>(
    'targetDate',
    overrides.targetDate,
    advice.reportType.target?.date ?? organization.targetReportDate,
    advice.reportType.target ? 'scope' : 'map',
  );

  return {
    organization: organization.name,
    stage: pick('stage', overrides.stage, advice.stage, 'scope'),
    ...optional('headcount', pick('headcount', overrides.headcount, organization.headcount, 'map')),
    frameworks: [...new Set(frameworks)].sort(byFrameworkOrder),
    reportType: pick(
      'reportType',
      overrides.reportType,
      advice.reportType.plan === 'type1-then-type2' ? 'type1' : 'type2',
      'scope',
    ),
    windowMonths: pick('windowMonths', overrides.windowMonths, advice.reportType.type2.windowMonths, 'scope'),
    categories: advice.categories.filter((category) => category.include).map((category) => category.title),
    ...optional('targetDate', targetDate),
    readyDate: advice.reportType.readyDate,
    // Scope's note is about its own plan; when a flag changes the report type the note no longer applies.
    ...optional('targetNote', overrides.reportType ? undefined : advice.reportType.target?.note),
    regions: pick('regions', overrides.regions, (organization.regions ?? []).map(normalRegion), 'map').map(
      normalRegion,
    ),
    ai: { training, customerDataInRetrieval, iso42001Interest, components: aiComponents },
    readinessProviders: pick(
      'readinessProviders',
      overrides.readinessProviders,
      organization.readinessProviders ?? [],
      'map',
    ),
    ...optional('budgetUsd', overrides.budgetUsd),
    origins,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const byFrameworkOrder = (a: AuditedFramework, b: AuditedFramework) =>
  AUDITED_FRAMEWORKS.indexOf(a) - AUDITED_FRAMEWORKS.indexOf(b);

/** Regions compare in lower case without spaces: `EU` and `eu` are the same region. */
export function normalRegion(region: string): string {
  return region.trim().toLowerCase();
}

/** `SOC 2 Type I`, `ISO/IEC 42001` … */
export function frameworkLabel(
  framework: AuditedFramework,
  profile?: Pick<CompanyProfile, 'reportType'>,
): string {
  if (framework === 'soc2' && profile)
    return `SOC 2 ${profile.reportType === 'type1' ? 'Type I' : 'Type II'}`;
  return FRAMEWORK_NAMES[framework];
}
