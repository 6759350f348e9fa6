// Markdown tables of questionnaire scorecards, as the questionnaire benches print them (docs/questionnaire.md
// quotes them).
import type { Scorecard, Tally } from '../src/questionnaire/model/crossValidate.js';

/** `part` of `whole` as a percentage with one decimal, or `–` when there is nothing to count. */
export const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');

const row = (name: string, t: Tally) =>
  `| ${name} | ${t.inScope} | ${pct(t.rightTopic, t.inScope)} | ${pct(t.rightClosest, t.inScope)} | ${t.outOfScope} | ${pct(t.outOfScopeBlank, t.outOfScope)} | ${t.high} | ${pct(t.highRight, t.high)} |`;

/** A table of `all` and then each slice of `slices` (sorted), with `first` naming the slice column. */
export function scorecardTable(first: string, all: Tally | undefined, slices: Scorecard['bySource']): string {
  return [
    `| ${first} | in scope | right topic (answered) | best topic right | out of scope | left blank | high | high right |`,
    '|---|---|---|---|---|---|---|---|',
    ...(all ? [row('all', all)] : []),
    ...[...slices].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, tally]) => row(name, tally)),
  ].join('\n');
}
