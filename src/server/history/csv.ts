import { csvText, spreadsheetText } from '../../core/encode.js';
import type { ControlHistory } from './build.js';

/** One row per control per day: status, and for exceptions the causes and their sources. For auditors. */
export function historyCsv(history: readonly ControlHistory[]): string {
  const rows: string[][] = [['control', 'title', 'date', 'status', 'checks', 'causes', 'sources', 'run']];
  for (const control of history) {
    for (const day of control.days) {
      const exception =
        day.status === 'pass' || day.status === 'no-data'
          ? undefined
          : control.exceptions.find(
              (period) => period.from <= day.date && day.date <= period.to && period.status === day.status,
            );
      rows.push(
        [
          control.controlId,
          control.title,
          day.date,
          day.status,
          exception?.causes.map((cause) => cause.checkId).join('; ') ?? '',
          exception?.causes.map((cause) => `${cause.subject}: ${cause.message}`).join(' | ') ?? '',
          exception?.causes.flatMap((cause) => cause.sources.map(sourceText)).join('; ') ?? '',
          exception?.lastRun
            ? `${exception.lastRun.repo}@${exception.lastRun.commit ?? '?'} (${exception.lastRun.runId})`
            : '',
        ].map(spreadsheetText),
      );
    }
  }
  return csvText(rows);
}

function sourceText(source: unknown): string {
  if (!source || typeof source !== 'object') return '';
  const ref = source as Record<string, unknown>;
  if (ref.kind === 'code') return `${ref.file}:${ref.line}`;
  if (ref.kind === 'map') return `map ${ref.pointer}`;
  if (ref.kind === 'probe') return `probe ${ref.file}`;
  if (ref.kind === 'evidence') return `evidence ${ref.id}`;
  if (ref.kind === 'check') return `check ${ref.checkId}`;
  return String(ref.kind ?? '');
}
