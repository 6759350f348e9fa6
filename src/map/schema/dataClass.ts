import { z } from 'zod';
import { DATA_CATEGORIES, SENSITIVITIES } from '../../core/vocabulary.js';
import { DurationText, EntryStatusField, EvidenceRefs, Id, promisedTime, Text } from './common.js';

export const Deletion = z
  .strictObject({
    mechanism: Text.meta({ description: 'How data is deleted, e.g. "tenant offboarding job purges rows".' }),
    automated: z.boolean().optional(),
    sla: promisedTime({ allowZero: true })
      .optional()
      .meta({ description: 'How long deletion takes at most after a request (`zero`: at once).' }),
    evidence: EvidenceRefs.optional(),
  })
  .meta({ description: 'How data is deleted here.' });

export const DataClass = z
  .strictObject({
    id: Id,
    status: EntryStatusField,
    name: Text,
    category: z.enum(DATA_CATEGORIES),
    description: z.string().optional(),
    tenantScoped: z.boolean().meta({ description: 'Each record belongs to one customer tenant.' }),
    sensitivity: z.enum(SENSITIVITIES).optional(),
    derivedFrom: z
      .array(Id)
      .optional()
      .meta({ description: 'Data classes this one is computed from (embeddings of documents, say).' }),
    retention: DurationText.optional().meta({ description: 'Policy: how long this class may be kept.' }),
    retentionConfigurable: z.boolean().optional().meta({
      description:
        'Each customer can set its own retention for this class (an admin setting): `retention` is then the default.',
    }),
    deletion: Deletion.optional(),
    provenance: z
      .strictObject({
        manifest: Text.meta({ description: 'Path (relative to the map) of a manifest with content hashes.' }),
        sources: z.array(Text).optional(),
      })
      .optional()
      .meta({ description: 'For training data: where it comes from and how it is pinned.' }),
  })
  .meta({ description: 'A kind of data the system handles.' });

export { DATA_CATEGORIES, SENSITIVITIES };
