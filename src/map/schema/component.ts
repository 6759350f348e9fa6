import { z } from 'zod';
import {
  COMPONENT_KINDS,
  HOSTINGS,
  SIGN_IN_METHODS,
  TENANCY_MODELS,
  USER_MFA,
} from '../../core/vocabulary.js';
import { DurationText, EntryStatusField, EvidenceRefs, Id, Text, VisibilityField } from './common.js';
import { Deletion } from './dataClass.js';
import { ProbeConfig } from './probe.js';

const Switch = (what: string) =>
  z.strictObject({
    enabled: z.boolean(),
    mechanism: z
      .string()
      .optional()
      .meta({ description: `How ${what} is done.` }),
    evidence: EvidenceRefs.optional(),
  });

export const Component = z
  .strictObject({
    id: Id,
    status: EntryStatusField,
    name: Text.optional(),
    kind: z.enum(COMPONENT_KINDS),
    description: z.string().optional(),
    technology: z
      .string()
      .optional()
      .meta({ description: 'What it is built on, e.g. "postgres 16 + pgvector".' }),
    provider: z
      .string()
      .optional()
      .meta({ description: 'Discovery catalog id of the technology or vendor (e.g. `pgvector`, `openai`).' }),
    hosting: z.enum(HOSTINGS).optional(),
    cloud: z.string().optional().meta({ description: 'Cloud account or provider, e.g. `aws`.' }),
    region: z.string().optional(),
    subprocessor: Id.optional().meta({
      description: 'For vendor-hosted components: the sub-processor that runs it.',
    }),
    dataClasses: z.array(Id).default([]).meta({ description: 'Data classes stored or processed here.' }),
    tenancy: z
      .strictObject({
        model: z.enum(TENANCY_MODELS),
        mechanism: z
          .string()
          .optional()
          .meta({ description: 'What enforces it, e.g. "RLS policy tenant_isolation".' }),
        evidence: EvidenceRefs.optional(),
      })
      .optional(),
    encryption: z
      .strictObject({
        atRest: Switch('encryption at rest').optional(),
        inTransit: Switch('encryption in transit').optional(),
      })
      .optional(),
    accessControl: z
      .strictObject({
        mechanism: Text,
        mfa: z.boolean().optional(),
        roles: z.array(Text).optional(),
        evidence: EvidenceRefs.optional(),
      })
      .optional()
      .meta({
        description:
          'Who on your side (staff, services) can reach this component and how: SSO, IAM roles, MFA. Not your product’s own user login; answers about your staff’s access to customer data read this.',
      }),
    logging: Switch('logging').extend({ sink: Id.optional() }).optional(),
    userAuthentication: z
      .strictObject({
        methods: z.array(z.enum(SIGN_IN_METHODS)).min(1).meta({
          description:
            'Every way a user signs in: password, magic-link (a link sent by email), email-code (a one-time code sent by email), passkey, social (Google, GitHub), oidc, saml, ldap (the customer’s identity provider), api-key, delegated (a token the application in front of it issues), or none (no sign-in; beside other methods, anyone may also use it without signing in, as a public API that takes a key for more).',
        }),
        mfa: z.enum(USER_MFA).optional().meta({
          description:
            'Whether users are asked for a second factor: required, optional (a user or the customer’s admin turns it on), not-offered.',
        }),
        scim: z
          .boolean()
          .optional()
          .meta({ description: 'Users are provisioned from the customer’s directory by SCIM.' }),
        identityProvider: Id.optional().meta({
          description:
            'The sub-processor or component that signs users in (Auth0, Clerk, a Keycloak server).',
        }),
        mechanism: Text.optional().meta({
          description: 'In words for buyers, e.g. "sessions expire after 12 hours".',
        }),
        evidence: EvidenceRefs.optional(),
      })
      .optional()
      .meta({
        description:
          'How your product’s users sign in to this component (a service or API users reach). Your own staff’s access goes in `accessControl`.',
      }),
    monitoring: Switch('monitoring').optional(),
    changeControl: z
      .strictObject({ process: Text, evidence: EvidenceRefs.optional() })
      .optional()
      .meta({ description: 'How changes reach this component (review, CI, approvals).' }),
    retention: z
      .union([
        DurationText,
        z
          .record(Id, DurationText)
          .refine(
            (value) => Object.keys(value).length > 0,
            'name at least one data class, or give one duration',
          ),
      ])
      .optional()
      .meta({
        description:
          'How long data stays here in practice: one duration for everything it holds (`30d`), or one per data class it holds (`{ chat-messages: 1h, documents: until-deleted }`); a class it holds but does not list is not yet documented.',
      }),
    deletion: Deletion.optional(),
    backups: z.strictObject({ enabled: z.boolean(), retention: DurationText.optional() }).optional(),
    owner: z.string().optional(),
    paths: z
      .array(Text)
      .optional()
      .meta({ description: 'Folders or files of the codebase that implement this component.' }),
    evidence: EvidenceRefs.optional(),
    probe: ProbeConfig.optional(),
    visibility: VisibilityField.optional().meta({
      description:
        'What buyers are told about it: `public` also publishes its free-text details on the trust center (tenancy mechanism, technology); absent or `on-request`: name and standard labels only; `internal`: not named on the trust center, in questionnaire answers or in checks\' sentences for buyers ("an internal cache"; still counted).',
    }),
  })
  .meta({ description: 'A part of the system: a service, a store, a model, a pipeline.' });

export { COMPONENT_KINDS, HOSTINGS, TENANCY_MODELS };
