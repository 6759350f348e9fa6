import { z } from 'zod';
import {
  DurationText,
  EntryStatusField,
  EvidenceRefs,
  Id,
  IsoDate,
  Text,
  VisibilityField,
} from './common.js';

export const Tenancy = z
  .strictObject({
    status: EntryStatusField,
    trainingDefault: z.enum(['opt-in', 'opt-out']).meta({
      description:
        '`opt-in`: no tenant’s data trains models unless it opts in. `opt-out`: it does unless it opts out.',
    }),
    isolation: z
      .enum(['datastore-enforced', 'application-filter-allowed'])
      .default('datastore-enforced')
      .meta({ description: 'Whether tenant-scoped stores must separate tenants in the datastore itself.' }),
    probeMaxAge: DurationText.optional().meta({
      description: 'How old a passing isolation probe may be, e.g. `30d`.',
    }),
  })
  .meta({ description: 'Tenancy policy.' });

export const AiSystem = z
  .strictObject({
    id: Id,
    status: EntryStatusField,
    name: Text,
    purpose: Text,
    role: z.array(z.enum(['provider', 'developer', 'deployer'])).min(1),
    riskClass: z.enum(['minimal', 'limited', 'high', 'prohibited']),
    humanOversight: Text.optional(),
    components: z.array(Id).min(1),
    impactAssessment: Id.optional().meta({ description: 'Evidence id of the AI impact assessment.' }),
    evidence: EvidenceRefs.optional(),
  })
  .meta({ description: 'An AI system in the ISO/IEC 42001 sense.' });

export const Evidence = z
  .strictObject({
    id: Id,
    status: EntryStatusField,
    title: Text,
    path: z.string().optional().meta({ description: 'File path relative to the map.' }),
    url: z.string().url().optional(),
    collected: IsoDate.optional(),
    expires: IsoDate.optional(),
    visibility: VisibilityField.default('private').meta({
      description:
        'Whether the trust center lists it, and how: `public`, `on-request` (or `request-access`), `internal` (or `private`, the default).',
    }),
  })
  .meta({ description: 'A document or file that proves something.' });

export const ControlEvidence = z
  .strictObject({
    id: Text.meta({ description: 'Control id from Trustmap’s control catalog, e.g. `TM-GOV-01`.' }),
    status: z.enum(['implemented', 'planned', 'not-applicable']).default('implemented'),
    evidence: EvidenceRefs.optional(),
    notes: z.string().optional(),
    visibility: VisibilityField.optional().meta({
      description:
        'Whether the trust center shows this control: `public` shows it even when it fails and publishes its notes; `internal` never shows it. Absent: shown unless it fails, notes kept internal.',
    }),
  })
  .meta({ description: 'Evidence for a control that no automated check can prove.' });
