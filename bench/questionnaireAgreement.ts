// `npm run bench:questionnaire-agreement`: how far two readers of the same topic definitions agree on the corpus's
// public questions (data/questionnaire/second-reading/), scored like the model: the second reader's right topic on
// the first reading's in-scope questions and blanks on its out-of-scope ones, overall and per source. It is the
// ceiling the cross-validated figures are measured under: a model cannot be expected to agree with one reader more
// than another careful reader does.
import {
  agreement,
  OWN_READING_FILE,
  readingKey,
  readSecondReading,
  readThirdReading,
  settledLabel,
} from '../scripts/secondReading.js';
import { pct } from './questionnaireTables.js';

const readings = readSecondReading();
const all = agreement(readings);
console.log(
  `${all.questions} questions read twice. The second reader, scored on the first reading's labels: right topic ${pct(all.rightTopic, all.inScope)} of ${all.inScope} in scope, out of scope left blank ${pct(all.outOfScopeBlank, all.outOfScope)} of ${all.outOfScope}; in or out of scope alike ${pct(all.scopeAgrees, all.questions)}; same primary topic where both say in scope ${pct(all.samePrimary, all.bothInScope)}.`,
);
console.log(
  `${all.disagreements} disagreements went to an adjudicator, who chose the first reading ${all.sidedWithFirst} times and the second ${all.sidedWithSecond}.\n`,
);
const own = agreement(readSecondReading(OWN_READING_FILE));
console.log(
  `Our own files (${own.questions} questions, always trained on), read the same way: right topic ${pct(own.rightTopic, own.inScope)} of ${own.inScope}, blank ${pct(own.outOfScopeBlank, own.outOfScope)} of ${own.outOfScope}; ${own.disagreements} disagreements, the adjudicator choosing the first reading ${own.sidedWithFirst} times and the second ${own.sidedWithSecond}.\n`,
);
console.log(
  '| source | in scope | second reader right topic | out of scope | second reader blank | disagreements |',
);
console.log('|---|---|---|---|---|---|');
for (const source of [...new Set(readings.map((reading) => reading.source))].sort()) {
  const slice = agreement(readings.filter((reading) => reading.source === source));
  console.log(
    `| ${source} | ${slice.inScope} | ${pct(slice.rightTopic, slice.inScope)} | ${slice.outOfScope} | ${pct(slice.outOfScopeBlank, slice.outOfScope)} | ${slice.disagreements} |`,
  );
}

// The third reader, on its 400 questions, scored against each reading in turn: fewer disagreements with the settled
// labels than with the first reading means the settling moved them towards a reading that had no part in it.
const third = readThirdReading();
const sample = readings.filter((reading) => third.has(readingKey(reading.source, reading.id)));
console.log(`\nThe third reader, on ${sample.length} questions drawn at random:\n`);
console.log('| against | disagreements | third reader right topic | third reader blank |');
console.log('|---|---|---|---|');
for (const [name, labelOf] of [
  ['first reading', (reading) => reading.first],
  ['second reading', (reading) => reading.second],
  ['settled labels (the corpus)', settledLabel],
] as const satisfies readonly (readonly [string, (reading: (typeof readings)[number]) => string])[]) {
  const scored = agreement(
    sample.map((reading) => ({
      ...reading,
      first: labelOf(reading),
      second: third.get(readingKey(reading.source, reading.id))!,
    })),
  );
  console.log(
    `| ${name} | ${scored.disagreements} | ${pct(scored.rightTopic, scored.inScope)} of ${scored.inScope} | ${pct(scored.outOfScopeBlank, scored.outOfScope)} of ${scored.outOfScope} |`,
  );
}
