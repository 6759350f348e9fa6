import { mapSource } from '../describe/index.js';
import type { Model } from '../model/index.js';
import { addDays, addMonths, isoDay, startOfDay } from './dates.js';
import type { ReadinessGap, ReportTypeAdvice, ScopeAnswers, ScopeSource, Stage } from './types.js';

/** Auditor fieldwork and report writing after the as-of date or the end of the window. */
export const REPORT_LAG_DAYS = 42;
export const MIN_WINDOW_MONTHS = 3;
export const MAX_WINDOW_MONTHS = 12;

/** First windows: short where buyers are waiting, longer where a mature company can show more history. */
const STAGE_WINDOW: Record<Stage, number> = {
  'pre-seed': 3,
  seed: 3,
  'series-a': 3,
  'series-b': 6,
  'series-c': 6,
  growth: 6,
  public: 12,
};

/** Days to close the blocking gaps: a month for high findings, six weeks if any is critical, a week more each. */
export function remediationDays(blocking: readonly ReadinessGap[]): number {
  if (blocking.length === 0) return 0;
  const base = blocking.some((gap) => gap.severity === 'critical') ? 45 : 30;
  return Math.min(120, base + 7 * (blocking.length - 1));
}

function window(start: Date, months: number) {
  const end = addMonths(start, months);
  return {
    windowMonths: months,
    windowStart: isoDay(start),
    windowEnd: isoDay(end),
    earliestReport: isoDay(addDays(end, REPORT_LAG_DAYS)),
  };
}

/**
 * Type I first or straight to Type II, the observation window, and the earliest report dates, from the
 * blocking gaps, the stage, the buyers and the target date.
 */
export function recommendReportType(
  model: Model,
  gaps: readonly ReadinessGap[],
  answers: ScopeAnswers,
  stage: Stage,
  now: Date,
): ReportTypeAdvice {
  const blocking = gaps.filter((gap) => gap.blocking);
  const days = remediationDays(blocking);
  const ready = addDays(startOfDay(now), days);
  const stageSource: ScopeSource = answers.stage
    ? { kind: 'answer', question: 'stage', value: answers.stage }
    : mapSource(model, 'organization/stage');
  const sources: ScopeSource[] = [stageSource, ...blocking.map((gap) => gap.sources[0]!)];

  let months = STAGE_WINDOW[stage];
  const target = answers.targetReportDate ? new Date(`${answers.targetReportDate}T00:00:00Z`) : undefined;
  if (target) {
    sources.push({ kind: 'answer', question: 'target report date', value: answers.targetReportDate! });
    while (months > MIN_WINDOW_MONTHS && addDays(addMonths(ready, months), REPORT_LAG_DAYS) > target)
      months--;
  }
  const type2 = window(ready, months);
  const type1 = { asOf: isoDay(ready), earliestReport: isoDay(addDays(ready, REPORT_LAG_DAYS)) };

  const reasons: string[] = [];
  if (blocking.length > 0)
    reasons.push(
      `${blocking.length === 1 ? '1 finding would be an exception' : `${blocking.length} findings would be exceptions`} in a Type II window (about ${days} days to fix); a Type I report once they are fixed shows buyers the design while the window runs`,
    );
  const tooLate = target !== undefined && type2.earliestReport > answers.targetReportDate!;
  if (tooLate) reasons.push(`a Type II report cannot be issued by ${answers.targetReportDate}; a Type I can`);
  const early = (stage === 'pre-seed' || stage === 'seed') && !answers.enterpriseBuyers;
  if (early) reasons.push(`at the ${stage} stage a Type I report usually satisfies buyers and costs less`);
  if (answers.enterpriseBuyers) sources.push({ kind: 'answer', question: 'enterprise buyers', value: 'yes' });
  const plan = reasons.length > 0 ? 'type1-then-type2' : 'type2';
  // The open findings that do not block are still said (QAnything: "Nothing blocks the audit" above ten open gaps).
  const open = gaps.length - blocking.length;
  if (plan === 'type2')
    reasons.push(
      `nothing blocks the audit${open > 0 ? ` (${open === 1 ? '1 open finding is' : `${open} open findings are`} to be fixed during the window, below)` : ''}, so the ${months}-month window can start now and the first report is already the one buyers ask for`,
    );
  const advice: ReportTypeAdvice = {
    plan,
    remediationDays: days,
    readyDate: isoDay(ready),
    ...(plan === 'type1-then-type2' ? { type1 } : {}),
    type2,
    reason: `${reasons.join('; ')}.`.replace(/^./, (first) => first.toUpperCase()),
    sources,
  };
  if (target) {
    const first = plan === 'type1-then-type2' ? type1.earliestReport : type2.earliestReport;
    const met = first <= answers.targetReportDate!;
    advice.target = {
      date: answers.targetReportDate!,
      met,
      note: met
        ? `The first report (${plan === 'type1-then-type2' ? 'Type I' : 'Type II'}) can be issued by ${first}, before the target.`
        : `The earliest report is ${first}, after the target; tell buyers now and offer a bridge letter or the trust center meanwhile.`,
    };
  }
  return advice;
}
