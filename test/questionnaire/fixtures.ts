import type { SystemMapInput } from '../../src/map/index.js';
import type { Model } from '../../src/model/index.js';
import { type AnsweredQuestion, answerQuestions, prepareKnowledge } from '../../src/questionnaire/index.js';
import { needsSentenceOpinion, SENTENCE_MIX } from '../../src/questionnaire/model/dense.js';
import { shippedTopicModel } from '../../src/questionnaire/model/shipped.js';
import { classProbabilities, type TopicModel } from '../../src/questionnaire/model/softmax.js';
import { modelOf } from '../controls/fixtures.js';

/** The model of a small company's map: the given sections over a seed-stage organisation, through the real loader. */
export function tinyModel(input: Partial<SystemMapInput>): Model {
  return modelOf({ version: 1, organization: { name: 'Tiny AI', stage: 'seed' }, ...input });
}

/** The customer-content data class most tiny maps' components hold. */
export const DOCS = {
  id: 'docs',
  name: 'Documents',
  category: 'customer-content',
  tenantScoped: true,
} as const;

type EvidenceEntry = NonNullable<SystemMapInput['evidence']>[number];

type ComponentEntry = NonNullable<SystemMapInput['components']>[number];

/** A datastore holding `DOCS`, with the rest of its fields (name, encryption, backups…). */
export function docsStore(id: string, fields: Partial<ComponentEntry> = {}): ComponentEntry {
  return { id, kind: 'datastore', dataClasses: ['docs'], ...fields };
}

/** A map with one AES-256-encrypted datastore of `DOCS`, `proposed` by discovery or confirmed by a person. */
export function encryptedDocsModel(status?: 'proposed'): Model {
  const encryption = { atRest: { enabled: true, mechanism: 'AES-256' } };
  return tinyModel({
    dataClasses: [DOCS],
    components: [docsStore('db', { ...(status ? { status } : {}), encryption })],
  });
}

/** A document of a kind on file, collected 2026-04-01; `more` adds or overrides fields (expiry, visibility, URL). */
export function documentOnFile(
  id: string,
  title: string,
  kind: EvidenceEntry['kind'],
  more: Partial<EvidenceEntry> = {},
): EvidenceEntry {
  return { id, title, kind, collected: '2026-04-01', url: `https://example.com/${id}`, ...more };
}

/** The questions answered from the model's facts with no check results, one row each from row 2 of sheet `s`. */
export function ask(model: Model, ...questions: string[]): AnsweredQuestion[] {
  return answerQuestions(
    prepareKnowledge({ model, results: [] }),
    questions.map((question, i) => ({ sheet: 's', row: i + 2, question })),
  );
}

/**
 * Questions in a buyer's everyday words, vague enough that the shipped word model is often unsure of them. Which of
 * them it is unsure of moves with every retrain, so the tests of the sentence model take them from here
 * (`unsureQuestions`) instead of naming one that a retrain turns sure.
 */
const UNSURE_CANDIDATES = [
  'Are our chats used to make your model better?',
  'Does the tool learn from us?',
  'Is what we type used to improve your product?',
  'Do our conversations help tune your assistant?',
  'How long is what we type kept around?',
  'Do humans ever look at our conversations?',
  'Can other customers ever see our stuff?',
  'Who else gets to see what we paste in?',
  'What stops someone tricking the bot?',
];

/**
 * The first `count` candidate questions `model` (the word model a test answers with; the shipped one by default) is
 * unsure of (`needsSentenceOpinion`), in every form `forms` gives of each (the question itself by default); throws,
 * naming the rule, when fewer are: the sentence tests then fail with that reason rather than pass without asking
 * the sentence model.
 * @example const [unsure] = unsureQuestions(1, knowledge.model)
 */
export function unsureQuestions(
  count: number,
  model: TopicModel = shippedTopicModel(),
  forms = (question: string) => [question],
): string[] {
  const unsure = (text: string) =>
    needsSentenceOpinion(classProbabilities(model, text), model.classes, SENTENCE_MIX);
  const found = UNSURE_CANDIDATES.filter((question) => forms(question).every(unsure)).slice(0, count);
  if (found.length < count)
    throw new Error(
      `the shipped word model is unsure of only ${found.length} of the candidate questions (${count} needed): add phrasings it is unsure of to UNSURE_CANDIDATES`,
    );
  return found;
}
