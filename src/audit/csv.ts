import type { SourceRef } from '../core/contracts.js';
import { csvText, spreadsheetText } from '../core/encode.js';
import type { Population } from './populations.js';
import { ledgerLabel } from './records.js';

/** The ledger entries among `sources`, as `#12 sha256:…` separated by spaces. */
export function ledgerCell(sources: readonly SourceRef[]): string {
  return sources.flatMap((source) => (source.kind === 'ledger' ? [ledgerLabel(source)] : [])).join(' ');
}

/** A CSV table with a header row, every cell neutralised. */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return csvText([header.map(spreadsheetText), ...rows.map((row) => row.map(spreadsheetText))], {
    newline: '\r\n',
  });
}

/**
 * A population as CSV for the auditor: one row per item with its date, summary, details and the ledger entries
 * (sequence and hash) that record it.
 * @example await writeFileAtomic('probe-runs.csv', populationCsv(population(records, window, 'probe-runs')));
 */
export function populationCsv(population: Population): string {
  const keys = [...new Set(population.items.flatMap((item) => Object.keys(item.details)))].sort();
  return csvTable(
    ['id', 'date', 'summary', ...keys, 'ledger entries', 'ledger hashes'],
    population.items.map((item) => [
      item.id,
      item.at,
      item.summary,
      ...keys.map((key) => item.details[key] ?? ''),
      ledgerCell(item.sources),
      item.sources.flatMap((source) => (source.kind === 'ledger' ? [source.hash] : [])).join(' '),
    ]),
  );
}
