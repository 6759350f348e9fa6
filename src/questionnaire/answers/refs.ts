import { joinList } from '../../core/words.js';

export { joinList };

import { durationInWords } from '../../map/index.js';
import { type Model, mapRef } from '../../model/index.js';
import type { AnswerSource } from './types.js';

export { mapRef } from '../../model/index.js';

/**
 * An evidence entry: its file when the file is known to exist, its URL, or else the map entry that names it,
 * so an answer never cites a file nobody can open.
 */
export function evidenceRef(model: Model, id: string): AnswerSource {
  const entry = model.index.evidence.get(id);
  if (entry?.path && model.evidenceFiles[id]?.exists) return { kind: 'evidence', id, path: entry.path };
  if (entry?.url) return { kind: 'evidence', id, url: entry.url };
  return mapRef(model, `evidence/${id}`);
}

/** The model's clock as a calendar date. */
export function isoDate(model: Model): string {
  return model.now.toISOString().slice(0, 10);
}

/** Whether an evidence entry has expired by the model's clock. */
export function expired(model: Model, id: string): boolean {
  const expires = model.index.evidence.get(id)?.expires;
  return expires !== undefined && expires < isoDate(model);
}

/** A map duration in words: `30d` → `30 days`, `zero` → `not kept`. */
export function durationWords(duration: string): string {
  return durationInWords(duration, {
    zero: 'not kept',
    indefinite: 'indefinitely',
    'until-deleted': 'until the customer deletes it',
  });
}

/** Evidence entries whose id or title matches, e.g. the incident response plan. */
export function findEvidence(model: Model, pattern: RegExp) {
  return model.map.evidence.filter((entry) => pattern.test(`${entry.id} ${entry.title}`));
}

/** The map's `controls:` entries whose id or notes match. */
export function findControls(model: Model, pattern: RegExp) {
  return model.map.controls.filter((entry) => pattern.test(`${entry.id} ${entry.notes ?? ''}`));
}
