import type { SystemMapInput } from '../../src/map/index.js';
import type { Model } from '../../src/model/index.js';
import { type AnsweredQuestion, answerQuestions, prepareKnowledge } from '../../src/questionnaire/index.js';
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
