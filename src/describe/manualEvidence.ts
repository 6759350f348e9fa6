import { isConfirmed } from '../core/vocabulary.js';
import { evidenceRef, type Model } from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionBlock, Statement } from './types.js';

/**
 * What the map records as evidence for a manual control, as one statement per evidence entry ("The information
 * security policy is on file, collected 2026-04-01, valid to 2027-04-01."), or none when nothing is recorded.
 */
export function manualEvidence(model: Model, controlId: string): Statement[] {
  const declared = model.map.controls.find((entry) => entry.id === controlId);
  if (!declared) return [];
  return (declared.evidence ?? []).flatMap((id) => {
    const entry = model.index.evidence.get(id);
    if (!entry || !isConfirmed(entry)) return [];
    const dates = [
      entry.collected ? `collected ${entry.collected}` : '',
      entry.expires ? `valid to ${entry.expires}` : '',
    ].filter(Boolean);
    return [
      {
        text: `On file: ${entry.title}${dates.length > 0 ? `, ${dates.join(', ')}` : ''}.`,
        sources: [mapSource(model, `controls/${controlId}`), evidenceRef(model, id)],
      },
    ];
  });
}

/**
 * Blocks for a topic: the facts when the map has them, and a marked request to the company for what it must
 * still write in any case (a description explains the process, which a file name alone does not).
 */
export function topicBlocks(title: string, facts: readonly Statement[], toWrite: string): DescriptionBlock[] {
  return [
    { kind: 'heading', text: title, level: 4 },
    ...(facts.length > 0 ? [{ kind: 'list' as const, items: [...facts] }] : []),
    { kind: 'placeholder', text: toWrite },
  ];
}
