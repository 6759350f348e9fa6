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
    // Optional: a system where nothing trains has no default to choose, and a tenancy block may hold only the
    // isolation policy (three reviewers of apps that train nothing had to pick one to keep `isolation`).
    trainingDefault: z.enum(['opt-in', 'opt-out']).optional().meta({
      description:
        '`opt-in`: no tenant’s data trains models unless it opts in. `opt-out`: it does unless it opts out. Leave it out where nothing trains.',
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

/**
 * What a piece of evidence is. Answers rely on the kind, never on the title: an incident postmortem is not an
 * incident response plan, however it is named.
 */
export const EVIDENCE_KINDS = [
  'security-policy',
  'incident-response-plan',
  'incident-postmortem',
  'pentest-report',
  'vulnerability-scan',
  'business-continuity-plan',
  'disaster-recovery-plan',
  'continuity-test',
  'audit-report',
  'certificate',
  'dpa',
  'personnel-policy',
  'training-record',
  'ai-policy',
  'ai-impact-assessment',
  'risk-assessment',
  'other',
] as const;

export const Evidence = z
  .strictObject({
    id: Id,
    status: EntryStatusField,
    title: Text,
    kind: z.enum(EVIDENCE_KINDS).optional().meta({
      description:
        'What the document is (e.g. `incident-response-plan`, `pentest-report`); questionnaire answers cite only evidence of the right kind.',
    }),
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

export const Dismissal = z
  .strictObject({
    id: z
      .string()
      .min(1, 'must not be empty')
      .meta({ description: 'What discovery calls the finding: its provider id, e.g. `pinecone`.' }),
    reason: Text.meta({ description: 'Why it is not ours, for the reviewer of the pull request.' }),
    expires: IsoDate.optional().meta({ description: 'After this date the finding comes back for review.' }),
    by: z.string().optional().meta({ description: 'Who dismissed it.' }),
  })
  .meta({
    description:
      'A discovery finding a person judged not to be ours (a false positive, a vendor only in tests). Dismissed findings are never proposed or reported as drift until the dismissal expires.',
  });
