import { z } from 'zod';
import { FLOW_PURPOSES } from '../../core/vocabulary.js';
import { EntryStatusField, Id, Text } from './common.js';

export const Flow = z
  .strictObject({
    id: Id,
    status: EntryStatusField,
    from: Id.meta({ description: 'Component or sub-processor id.' }),
    to: Id.meta({ description: 'Component or sub-processor id.' }),
    dataClasses: z.array(Id).min(1, 'a flow carries at least one data class'),
    purpose: z.enum(FLOW_PURPOSES),
    description: z.string().optional(),
    condition: z
      .strictObject({
        kind: z.enum(['tenant-opt-in', 'other']),
        description: Text,
      })
      .optional()
      .meta({ description: 'Data moves only under this condition (e.g. the tenant opted in to training).' }),
  })
  .meta({ description: 'Data moving from one place to another.' });

export { FLOW_PURPOSES };
