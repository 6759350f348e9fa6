import { CHECKS, CONTROLS, type Control, type FrameworkId } from '../controls/index.js';
import type { SourceRef } from '../core/contracts.js';
import type { Model } from '../model/index.js';
import { type ControlHistory, controlHistories } from './controlHistory.js';
import type { AuditWindow, LedgerRecord } from './records.js';

/** One row of the control matrix an auditor tests from. */
export interface ControlMatrixRow {
  control: string;
  title: string;
  criteria: string[];
  /** How the control is tested: the checks that evidence it, or the inspection of named evidence. */
  test: string;
  /** Evidence ids from the map, and how many check runs and probe runs back the result. */
  evidence: string;
  /** Days passing of days in the window, with failing and missing days. */
  result: string;
  exceptions: string[];
  history: ControlHistory;
  sources: SourceRef[];
}

/** Controls that map to at least one criterion of the framework. */
export function controlsFor(framework: FrameworkId): Control[] {
  return CONTROLS.filter((control) =>
    framework === 'soc2' ? control.soc2.length > 0 : control.iso42001.length > 0,
  );
}

function testOf(control: Control): string {
  const checks = CHECKS.filter((check) => check.controls.includes(control.id));
  if (control.automated && checks.length > 0)
    return `Automated: ${checks.map((check) => `${check.title} (${check.id})`).join('; ')}, run on every push. ${control.description}`;
  return `Inspection of evidence: ${control.provide ?? control.description}`;
}

function resultOf(history: ControlHistory): string {
  const { passing, failing, needsEvidence, notApplicable, noData, total } = history.summary;
  const parts = [`${passing} of ${total} days passing`];
  if (failing > 0) parts.push(`${failing} failing`);
  if (needsEvidence > 0) parts.push(`${needsEvidence} needing evidence`);
  if (notApplicable > 0) parts.push(`${notApplicable} with nothing to test`);
  if (noData > 0) parts.push(`${noData} without a check run`);
  return parts.join('; ');
}

/**
 * The control matrix over a window: control, criteria, test, evidence, result and exceptions (pure).
 * @example controlMatrix(model, records, window, 'soc2').map((row) => row.result)
 */
export function controlMatrix(
  model: Model,
  records: readonly LedgerRecord[],
  window: AuditWindow,
  framework: FrameworkId,
): ControlMatrixRow[] {
  const controls = controlsFor(framework);
  const histories = controlHistories(
    records,
    window,
    controls.map((control) => control.id),
  );
  const declared = new Map(model.map.controls.map((entry) => [entry.id, entry]));
  return controls.map((control, index) => {
    const history = histories[index] as ControlHistory;
    const evidenceIds = declared.get(control.id)?.evidence ?? [];
    const runs = history.days.filter((day) => day.source).length;
    const evidence = [
      evidenceIds.length > 0 ? `Evidence: ${evidenceIds.join(', ')}` : '',
      runs > 0 ? `${runs} daily check runs in the ledger` : 'no check runs in the ledger',
    ]
      .filter(Boolean)
      .join('. ');
    return {
      control: control.id,
      title: control.title,
      criteria: framework === 'soc2' ? control.soc2 : control.iso42001,
      test: testOf(control),
      evidence,
      result: resultOf(history),
      exceptions: history.exceptions.map(
        (exception) =>
          `${exception.firstDay === exception.lastDay ? exception.firstDay : `${exception.firstDay} to ${exception.lastDay}`} (${exception.days} ${exception.days === 1 ? 'day' : 'days'}): ${exception.message}`,
      ),
      history,
      sources: history.exceptions.flatMap((exception) => exception.sources),
    };
  });
}
