import { z } from 'zod';
import { Component } from './component.js';
import { DataClass } from './dataClass.js';
import { Flow } from './flow.js';
import { AiSystem, ControlEvidence, Dismissal, Evidence, Tenancy } from './governance.js';
import { Organization } from './organization.js';
import { Subprocessor } from './subprocessor.js';
import { Trust } from './trust.js';

/** The whole system map as written in `trustmap.yaml` (after merging a folder of files). */
export const SystemMapSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).meta({ description: 'Map format version. Always 1 for now.' }),
    organization: Organization,
    tenancy: Tenancy.optional(),
    trust: Trust.optional(),
    dataClasses: z.array(DataClass).default([]),
    components: z.array(Component).default([]),
    subprocessors: z.array(Subprocessor).default([]),
    flows: z.array(Flow).default([]),
    aiSystems: z.array(AiSystem).default([]),
    evidence: z.array(Evidence).default([]),
    controls: z.array(ControlEvidence).default([]),
    dismissals: z.array(Dismissal).optional(),
  })
  .meta({
    title: 'Trustmap system map',
    description: 'Describes an AI company’s system: data, components, vendors and the flows between them.',
  });

/** The top-level lists of a map, whose entries have ids. */
export const LIST_SECTIONS = [
  'dataClasses',
  'components',
  'subprocessors',
  'flows',
  'aiSystems',
  'evidence',
  'controls',
] as const;

/** The map as a user writes it (defaults not yet applied). */
export type SystemMapInput = z.input<typeof SystemMapSchema>;
/** The map after validation, defaults applied. */
export type SystemMapData = z.output<typeof SystemMapSchema>;
export type OrganizationData = SystemMapData['organization'];
export type AuditData = NonNullable<OrganizationData['audits']>[number];
export type DataClassData = SystemMapData['dataClasses'][number];
export type ComponentData = SystemMapData['components'][number];
export type SubprocessorData = SystemMapData['subprocessors'][number];
export type FlowData = SystemMapData['flows'][number];
export type AiSystemData = SystemMapData['aiSystems'][number];
export type EvidenceData = SystemMapData['evidence'][number];
export type ControlEvidenceData = SystemMapData['controls'][number];
export type TenancyData = NonNullable<SystemMapData['tenancy']>;
export type DismissalData = NonNullable<SystemMapData['dismissals']>[number];
export type TrustData = NonNullable<SystemMapData['trust']>;
