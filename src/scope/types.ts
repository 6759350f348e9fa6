import type { CheckResult, Severity, SourceRef } from '../controls/types.js';
import type { STAGES } from '../map/index.js';

export type Stage = (typeof STAGES)[number];

/** What customer contracts ask for, as the user states it. */
export const CONTRACT_DEMANDS = [
  'confidentiality',
  'availability-sla',
  'privacy',
  'processing-integrity',
] as const;
export type ContractDemand = (typeof CONTRACT_DEMANDS)[number];

/**
 * Buyer-question topics (the questionnaire catalog's ids) that ask how AI is governed rather than how data is
 * handled: the ISO/IEC 42001 signal.
 */
export const AI_GOVERNANCE_TOPICS = [
  'ai-governance',
  'ai-model-risk',
  'ai-human-oversight',
  'ai-model-change-management',
  'ai-training-data-provenance',
  'ai-data-lineage',
] as const;

/** The answers scope advice needs beyond the map. Every field is optional; the map fills what it can. */
export interface ScopeAnswers {
  /** Overrides `organization.stage`. */
  stage?: Stage;
  /** What customer contracts or NDAs demand. */
  contractsDemand?: string[];
  /** Buyer security questions seen, as topic ids (each counts once) or counts per topic. */
  buyerQuestions?: string[] | Record<string, number>;
  /** YYYY-MM-DD: when buyers need a report. */
  targetReportDate?: string;
  enterpriseBuyers?: boolean;
  nonUsBuyers?: boolean;
}

/** Where a piece of advice comes from: the map, a check result, an answer, or a recorded questionnaire. */
export type ScopeSource =
  | SourceRef
  | { kind: 'answer'; question: string; value: string }
  | { kind: 'questionnaire'; file: string; topic: string; count: number };

export interface Recommendation {
  reason: string;
  sources: ScopeSource[];
}

export type CategoryId = 'security' | 'availability' | 'confidentiality' | 'processing-integrity' | 'privacy';

export interface CategoryAdvice extends Recommendation {
  id: CategoryId;
  title: string;
  include: boolean;
}

export interface ReportTypeAdvice extends Recommendation {
  /** `type1-then-type2`: a point-in-time report first, then the period report. */
  plan: 'type1-then-type2' | 'type2';
  /** Days estimated to close the gaps that block an audit (0 when nothing blocks). */
  remediationDays: number;
  /** YYYY-MM-DD: when controls could be in place and the audit could start. */
  readyDate: string;
  type1?: { asOf: string; earliestReport: string };
  type2: { windowMonths: number; windowStart: string; windowEnd: string; earliestReport: string };
  /** Present when a target date was given: whether the plan meets it. */
  target?: { date: string; met: boolean; note: string };
  /**
   * Set where the map puts no part of ours in scope (the system's `note` says why): the dates assume a system to audit,
   * which the map does not yet show (hollama, llmware: "No component is in scope" beside "ready to start today").
   */
  noSystemYet?: true;
}

export interface SystemComponentAdvice extends Recommendation {
  id: string;
  name: string;
  kind: string;
  include: boolean;
  /** Why it matters: `inference path`, `retrieval path`, `training path`, `customer data`, `confidential data`. */
  roles: string[];
  /** Set for a part outside the system described, and who runs it (`runByCustomer`). */
  outside?: 'run by each customer' | "run under each customer's own account";
}

export interface SubprocessorAdvice extends Recommendation {
  id: string;
  vendor: string;
  treatment: 'carve-out' | 'inclusive';
  /** Evidence id of the vendor's own SOC 2 report, if the map records one. */
  soc2Report?: string;
}

/** A vendor reached only under each customer's own account (`account: customer`): not ours to carve out or include. */
export interface CustomerAccountAdvice extends Recommendation {
  id: string;
  vendor: string;
  /** Reached with no account of anyone's (`account: none`), not the customer's own. */
  anonymous?: true;
}

export interface KeepOutAdvice extends Recommendation {
  topic: string;
  answerIn: ('trust center' | 'AI questionnaire')[];
}

export interface Iso42001Advice extends Recommendation {
  start: 'now' | 'after-soc2' | 'not-yet';
  aiGovernanceQuestions: number;
  threshold: number;
}

export interface ReadinessGap extends Recommendation {
  rank: number;
  blocking: boolean;
  checkId: string;
  status: CheckResult['status'];
  severity: Severity;
  category: CategoryId;
  subject: string;
  message: string;
  remediation?: string;
}

/** First-audit advice, every recommendation with its reason and sources. */
export interface ScopeAdvice {
  organization: string;
  stage: Stage;
  asOf: string;
  categories: CategoryAdvice[];
  reportType: ReportTypeAdvice;
  system: {
    components: SystemComponentAdvice[];
    subprocessors: SubprocessorAdvice[];
    /** Vendors reached only with each customer's own account: outside the system, no report asked of them. */
    customerAccounts: CustomerAccountAdvice[];
    /** Said where no part of the product is a service of ours: what a report would then cover. */
    note?: string;
  };
  keepOut: KeepOutAdvice[];
  iso42001: Iso42001Advice;
  gaps: ReadinessGap[];
}
