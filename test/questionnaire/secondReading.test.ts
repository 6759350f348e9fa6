import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/corpus.js';
import {
  agreement,
  disagree,
  OWN_READING_FILE,
  readingKey,
  readSecondReading,
  readThirdReading,
  SECOND_READING_FILE,
  settledLabel,
} from '../../scripts/secondReading.js';
import { foldOf, TOPICS } from '../../src/questionnaire/index.js';
import { formatCorpusLabel, parseCorpusLabel } from '../../src/questionnaire/model/corpus.js';
import { OUT_OF_SCOPE } from '../../src/questionnaire/model/softmax.js';

const VALID = new Set([...TOPICS.map((topic) => topic.id), OUT_OF_SCOPE]);

describe('the second reading of the corpus', () => {
  const readings = readSecondReading();
  const byKey = new Map(readings.map((reading) => [readingKey(reading.source, reading.id), reading]));

  it.each([
    ['every public question', SECOND_READING_FILE, (fold: string | null) => fold !== null],
    ['our own files', OWN_READING_FILE, (fold: string | null) => fold === null],
  ])('covers %s once, and the corpus carries the settled labels', (_, file, inRecord) => {
    const record = new Map(
      readSecondReading(file).map((reading) => [readingKey(reading.source, reading.id), reading]),
    );
    const questions = readCorpus()
      .filter((source) => inRecord(foldOf(source.source)))
      .flatMap((source) => source.questions);
    expect(record.size).toBe(readSecondReading(file).length);
    expect(record.size).toBe(questions.length);
    const drift = questions.filter((question) => {
      const reading = record.get(readingKey(question.source, question.id));
      return !reading || settledLabel(reading) !== formatCorpusLabel(question.labels);
    });
    expect(drift.map((question) => `${question.source} ${question.id}`)).toEqual([]);
  });

  it('was adjudicated exactly where the two readings disagree, with valid labels only', () => {
    for (const reading of [...readings, ...readSecondReading(OWN_READING_FILE)]) {
      expect(reading.adjudicated !== undefined, `${reading.source} ${reading.id}`).toBe(
        disagree(reading.first, reading.second),
      );
      for (const label of [reading.first, reading.second, reading.adjudicated ?? 'oos'])
        for (const id of parseCorpusLabel(label))
          expect(VALID, `${reading.source} ${reading.id}: ${id}`).toContain(id);
    }
  });

  it('has a third reading of 400 recorded questions, with valid labels', () => {
    const third = readThirdReading();
    expect(third.size).toBe(400);
    for (const [key, label] of third) {
      expect(byKey.has(key), key).toBe(true);
      for (const id of parseCorpusLabel(label)) expect(VALID, `${key}: ${id}`).toContain(id);
    }
    expect(readingKey('hecvat', 'AIML-08')).toBe('hecvat\u0000AIML-08');
  });

  it('scores the second reader like the model, on the first reading', () => {
    const sample = [
      { source: 's', id: '1', first: 'mfa', second: 'mfa' },
      {
        source: 's',
        id: '2',
        first: 'encryption-at-rest+encryption-in-transit',
        second: 'encryption-in-transit',
      },
      { source: 's', id: '3', first: 'oos', second: 'security-policies', adjudicated: 'security-policies' },
      {
        source: 's',
        id: '4',
        first: 'access-control',
        second: 'customer-sso',
        adjudicated: 'access-control',
      },
      { source: 's', id: '5', first: 'oos', second: 'oos' },
    ];
    expect(agreement(sample)).toEqual({
      questions: 5,
      inScope: 3,
      rightTopic: 2,
      outOfScope: 2,
      outOfScopeBlank: 1,
      scopeAgrees: 4,
      bothInScope: 3,
      samePrimary: 1,
      disagreements: 2,
      sidedWithFirst: 1,
      sidedWithSecond: 1,
    });
    expect(disagree('encryption-at-rest', 'encryption-at-rest+encryption-in-transit')).toBe(false);
  });
});
