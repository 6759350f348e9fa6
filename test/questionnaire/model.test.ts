import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/corpus.js';
import {
  classify,
  OUT_OF_SCOPE,
  packModel,
  shippedTopicModel,
  TOPIC_IDS,
  trainTopicModel,
  unpackModel,
} from '../../src/questionnaire/index.js';
import { PACKED_MODEL } from '../../src/questionnaire/model/weights.js';

const sources = readCorpus();

describe('labelled corpus', () => {
  it('holds at least 800 questions from public questionnaires and 150 out-of-scope ones, every label a topic', () => {
    const questions = sources.flatMap((source) => source.questions);
    const publicQuestions = sources
      .filter((source) => source.text !== 'own')
      .flatMap((source) => source.questions);
    expect(publicQuestions.length).toBeGreaterThanOrEqual(800);
    expect(questions.filter((question) => question.labels[0] === OUT_OF_SCOPE).length).toBeGreaterThanOrEqual(
      150,
    );
    for (const question of questions) {
      if (question.labels[0] === OUT_OF_SCOPE) expect(question.labels).toHaveLength(1);
      else
        for (const label of question.labels)
          expect(TOPIC_IDS, `${question.source} ${question.id}`).toContain(label);
    }
    const ids = questions.map((question) => `${question.source}#${question.id}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('records source, licence and date for every questionnaire, and ships verbatim only what the licence allows', () => {
    for (const source of sources) {
      expect(source.url, source.source).toMatch(/^https:\/\//);
      expect(source.retrieved, source.source).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.published, source.source).toMatch(/^\d{4}/);
      if (source.text === 'verbatim')
        // Licences that allow redistribution (with the attribution the file records): the text may ship as is.
        expect(
          ['Apache-2.0', 'CC0-1.0', 'CC-BY-4.0', 'OGL-UK-3.0', 'public-domain'],
          source.source,
        ).toContain(source.licence);
      if (source.text === 'paraphrase') expect(source.licence, source.source).toMatch(/paraphrased/);
    }
  });
});

describe('topic model', () => {
  it('ships compact (under 2 MB packed) and loads with every topic and the out-of-scope class', () => {
    const size = JSON.stringify(PACKED_MODEL).length;
    expect(size).toBeLessThan(2 * 1024 * 1024);
    const model = shippedTopicModel();
    expect([...model.classes].sort()).toEqual([...TOPIC_IDS, OUT_OF_SCOPE].sort());
    expect(model.weights.length).toBe(model.idf.length * model.classes.length);
  });

  it('classifies deterministically, and the way a person would file plain questions', () => {
    const model = shippedTopicModel();
    const questions = {
      'Is multi-factor authentication required for administrators?': 'mfa',
      'Will our data be used to train your models?': 'ai-training-on-customer-data',
      'What is your pricing for 200 seats?': OUT_OF_SCOPE,
      'What are your support hours?': OUT_OF_SCOPE,
    };
    for (const [question, label] of Object.entries(questions)) {
      const first = classify(model, question);
      expect(classify(model, question)).toEqual(first);
      expect(first[0]!.label, question).toBe(label);
      expect(first.reduce((sum, score) => sum + score.probability, 0)).toBeCloseTo(1, 5);
    }
  });

  it('trains to the same weights from the same examples and seed, and packs without changing decisions', () => {
    const examples = [
      { text: 'Is MFA enforced for staff?', label: 'mfa' },
      { text: 'Do you require two-factor login?', label: 'mfa' },
      { text: 'Is data encrypted at rest?', label: 'encryption-at-rest' },
      { text: 'Which algorithm encrypts stored data?', label: 'encryption-at-rest' },
      { text: 'What does it cost per seat?', label: OUT_OF_SCOPE },
    ];
    const options = { buckets: 1 << 10, epochs: 5, l2: 1e-5, learningRate: 0.5, seed: 7 };
    const a = trainTopicModel(examples, options);
    const b = trainTopicModel(examples, options);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    const packed = unpackModel(packModel(a));
    for (const { text, label } of examples) {
      expect(classify(a, text)[0]!.label).toBe(label);
      expect(classify(packed, text)[0]!.label).toBe(label);
    }
  });
});

describe('the analyser', () => {
  it('reads "language model" without "large" as the LLM term (ai-town, WrenAI, briefer: "Which language models do you use?" was blank)', async () => {
    const { analyze } = await import('../../src/questionnaire/match/analyze.js');
    for (const text of [
      'Which language models do you use?',
      'Which large language models do you use?',
      'Which LLMs do you use?',
      'Do you use NLP models?',
    ])
      expect(analyze(text), text).toEqual(['llm']);
    // Unchanged: a model alone is not the LLM term.
    expect(analyze('Which models do you use?')).not.toContain('llm');
  });
});
