import { isConfirmed } from '../core/vocabulary.js';
import { buildModel, type Model, proposedPointers } from '../model/index.js';
import { mapSource } from './sources.js';
import type { DescriptionSection, Statement } from './types.js';

const SECTIONS = ['dataClasses', 'components', 'subprocessors', 'flows', 'aiSystems', 'evidence'] as const;

/**
 * The model with proposed map entries left out, and those entries as notes for reviewers: a description states
 * only what the company has confirmed. An entry is as confirmed as the answers and checks read it
 * (`proposedPointers`): a flow to a proposed vendor, or a component a proposed vendor runs, is left out with it.
 * Other references from confirmed entries to proposed ones stay as written.
 */
export function confirmedView(model: Model): { model: Model; proposed: Statement[] } {
  const proposed: Statement[] = [];
  const pointers = proposedPointers(model);
  const map = { ...model.map };
  for (const section of SECTIONS) {
    const entries = model.map[section] as readonly {
      id: string;
      status?: string;
      name?: string;
      vendor?: string;
    }[];
    const held = (entry: (typeof entries)[number]) => pointers.has(`${section}/${entry.id}`);
    for (const entry of entries)
      if (held(entry))
        proposed.push({
          text: isConfirmed(entry)
            ? `${entry.name ?? entry.vendor ?? entry.id} joins an entry that is proposed but not yet confirmed; it is left out of this description until someone confirms it.`
            : `${entry.name ?? entry.vendor ?? entry.id} is proposed in the map but not yet confirmed; it is left out of this description until someone confirms it.`,
          sources: [mapSource(model, `${section}/${entry.id}`)],
        });
    (map as Record<string, unknown>)[section] = entries.filter((entry) => !held(entry));
  }
  if (proposed.length === 0) return { model, proposed };
  return {
    model: buildModel(map, {
      discovery: model.discovery,
      probes: model.probes,
      evidenceFiles: model.evidenceFiles,
      manifests: model.manifests,
      now: model.now,
    }),
    proposed,
  };
}

/** Notes for reviewers listing proposed entries, or undefined when there are none. */
export function proposedNotes(proposed: readonly Statement[]): DescriptionSection['blocks'] {
  return proposed.length > 0
    ? [
        { kind: 'heading', text: 'Proposed entries awaiting confirmation', level: 3 },
        { kind: 'list', items: [...proposed] },
      ]
    : [];
}
