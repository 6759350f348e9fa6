import type { CheckResult } from '../controls/types.js';
import { UsageError } from '../errors/index.js';
import type { Model } from '../model/index.js';
import type { RecordedQuestionnaire } from './buyerQuestions.js';
import { recommendCategories } from './categories.js';
import { controlCategories } from './controlCategories.js';
import { isoDay } from './dates.js';
import { readinessGaps } from './gaps.js';
import { recommendIso42001 } from './iso42001.js';
import { recommendKeepOut } from './keepOut.js';
import { recommendReportType } from './reportType.js';
import { recommendSystem } from './system.js';
import type { CategoryId, ScopeAdvice, ScopeAnswers } from './types.js';

/**
 * Advice for the first SOC 2 audit: categories, Type I or II with the window and dates, the in-scope system,
 * what to keep out, when to start ISO/IEC 42001, and the readiness gaps in the order they block the audit.
 * Pure: the clock is the model's (`model.now`); recorded questionnaires come in as a parameter.
 * @example
 * const advice = adviseScope(model, runChecks(model).results, { contractsDemand: ['availability-sla'] });
 * advice.reportType.plan // 'type1-then-type2'
 */
export function adviseScope(
  model: Model,
  results: readonly CheckResult[],
  answers: ScopeAnswers,
  recorded: readonly RecordedQuestionnaire[] = [],
): ScopeAdvice {
  const now = model.now;
  const stage = answers.stage ?? model.map.organization.stage;
  if (!stage)
    throw new UsageError(
      "the company's stage is not set",
      'set `organization.stage` in trustmap.yaml (pre-seed, seed, series-a, series-b, series-c, growth or public), or pass --stage',
    );
  const categories = recommendCategories(model, answers);
  const included = new Set<CategoryId>(categories.filter((c) => c.include).map((c) => c.id));
  const gaps = readinessGaps(results, included, controlCategories());
  const system = recommendSystem(model, included);
  const reportType = recommendReportType(model, gaps, answers, stage, now);
  return {
    organization: model.map.organization.name,
    stage,
    asOf: isoDay(now),
    categories,
    // No date is "ready" for a report on a system the map does not show (hollama, llmware).
    reportType: system.note
      ? {
          ...reportType,
          noSystemYet: true,
          reason: `The plan below counts from the day there is a system to audit, which the map does not yet show (see the in-scope system). ${reportType.reason}`,
        }
      : reportType,
    system,
    keepOut: recommendKeepOut(model),
    iso42001: recommendIso42001(model, answers, recorded),
    gaps,
  };
}
