import type { Control } from './types.js';

/**
 * Trustmap's own control set and its crosswalk to SOC 2 and ISO/IEC 42001. Automated controls are evidenced
 * by checks (each check names the controls it evidences); manual ones by the map's `controls:` section.
 * @example CONTROLS.find((control) => control.id === 'TM-DATA-01')?.soc2 // ['C1.1', 'P4.1', 'CC6.7']
 */
export const CONTROLS: readonly Control[] = [
  {
    id: 'TM-DATA-01',
    title: 'Customer data does not train models without tenant opt-in',
    description:
      'No flow path takes customer content, prompts, outputs or their embeddings into a training or fine-tuning sink unless it passes a tenant opt-in gate.',
    automated: true,
    soc2: ['C1.1', 'P4.1', 'CC6.7'],
    iso42001: ['A.7.2', 'A.7.3', 'A.9.4', 'A.10.4'],
  },
  {
    id: 'TM-TEN-01',
    title: 'Tenant separation is declared wherever tenant data is held',
    description: 'Every component holding tenant-scoped data says how tenants are kept apart.',
    automated: true,
    soc2: ['CC6.1', 'C1.1'],
    iso42001: ['A.4.3', 'A.6.2.3'],
  },
  {
    id: 'TM-TEN-02',
    title: 'Vector stores and datastores segregate tenants in the datastore',
    description:
      'Vector stores, embedding indexes and datastores separate tenants with namespaces, row-level security, per-tenant indexes or databases, not only an application filter.',
    automated: true,
    soc2: ['CC6.1', 'CC6.3', 'C1.1'],
    iso42001: ['A.6.2.3', 'A.7.2'],
  },
  {
    id: 'TM-TEN-03',
    title: 'Tenant isolation is verified by a recent live probe',
    description: 'A passing isolation probe, younger than the allowed age, backs the declared tenancy model.',
    automated: true,
    soc2: ['CC4.1', 'CC6.1', 'CC7.1'],
    iso42001: ['A.6.2.4', '9'],
  },
  {
    id: 'TM-VEND-01',
    title: 'AI sub-processors are declared and under a current DPA',
    description:
      'Every vendor-hosted AI service that receives customer data is a declared sub-processor with a data processing agreement on file and unexpired.',
    automated: true,
    soc2: ['CC9.2', 'P6.1', 'P6.4'],
    iso42001: ['A.10.2', 'A.10.3'],
  },
  {
    id: 'TM-VEND-02',
    title: 'AI sub-processors neither train on nor keep customer data',
    description:
      'AI sub-processors never train on what we send, keep it for zero time or within policy, and no zero-retention-excluded feature is in use.',
    automated: true,
    soc2: ['CC9.2', 'C1.1', 'P6.4'],
    iso42001: ['A.10.3', 'A.7.2'],
  },
  {
    id: 'TM-DATA-02',
    title: 'Tenant data is deleted within the promised time',
    description:
      'Every place that holds tenant data, including vector stores, logs, caches, backups and sub-processors, has a deletion mechanism within the contractual deletion time.',
    automated: true,
    soc2: ['C1.2', 'CC6.5', 'P4.3'],
    iso42001: ['A.7.2', 'A.10.4'],
  },
  {
    id: 'TM-DATA-03',
    title: 'Prompts and outputs are kept no longer than policy',
    description:
      'Log sinks, caches and observability vendors keep prompts and outputs no longer than their policy.',
    automated: true,
    soc2: ['C1.2', 'P4.2', 'CC6.7'],
    iso42001: ['A.6.2.8', 'A.7.2'],
  },
  {
    id: 'TM-INF-01',
    title: 'AI infrastructure has access control',
    description:
      'Inference endpoints, vector stores, embedding indexes, the model layer and GPU clusters restrict access.',
    automated: true,
    soc2: ['CC6.1', 'CC6.2', 'CC6.3'],
    iso42001: ['A.4.5', 'A.6.2.5'],
  },
  {
    id: 'TM-INF-02',
    title: 'AI infrastructure encrypts data in transit and at rest',
    description: 'AI infrastructure declares encryption in transit and at rest.',
    automated: true,
    soc2: ['CC6.1', 'CC6.7'],
    iso42001: ['A.4.5'],
  },
  {
    id: 'TM-INF-03',
    title: 'AI infrastructure is logged and monitored',
    description: 'AI infrastructure declares logging and monitoring.',
    automated: true,
    soc2: ['CC7.2', 'CC7.3'],
    iso42001: ['A.6.2.6', 'A.6.2.8'],
  },
  {
    id: 'TM-INF-04',
    title: 'Changes to AI infrastructure go through change control',
    description: 'AI infrastructure declares how changes are reviewed and deployed.',
    automated: true,
    soc2: ['CC8.1', 'CC3.4'],
    iso42001: ['A.6.2.5', 'A.6.2.3'],
  },
  {
    id: 'TM-ENC-01',
    title: 'Customer data is encrypted at rest and in transit',
    description:
      'No store outside the AI infrastructure keeps customer data unencrypted at rest, and no part carries it in the clear, where the map records their encryption.',
    automated: true,
    soc2: ['CC6.1', 'CC6.7'],
    iso42001: [],
  },
  {
    id: 'TM-APP-01',
    title: 'Users sign in before they reach customer data',
    description:
      'Every service or API that handles customer data says how its users sign in; none lets anyone use it without signing in.',
    automated: true,
    soc2: ['CC6.1', 'CC6.2'],
    iso42001: [],
  },
  {
    id: 'TM-MAP-01',
    title: 'The system map matches the code',
    description:
      'Providers and stores found in the code are declared in the map, and declared ones are found.',
    automated: true,
    soc2: ['CC2.1', 'CC3.4', 'CC9.2'],
    iso42001: ['A.4.2', 'A.4.4', '8'],
  },
  {
    id: 'TM-DATA-04',
    title: 'Training data is pinned by a provenance manifest',
    description:
      'Datasets feeding training have a manifest with content hashes and sources, a defence against poisoning.',
    automated: true,
    soc2: ['PI1.2', 'PI1.5'],
    iso42001: ['A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'],
  },
  {
    id: 'TM-EVD-01',
    title: 'Evidence is on file and current',
    description: 'Every evidence entry of the map exists where it says and has not expired.',
    automated: true,
    soc2: ['CC2.1', 'CC4.1'],
    iso42001: ['7', '9'],
  },
  {
    id: 'TM-GOV-01',
    title: 'An AI policy is approved and reviewed',
    description:
      'Leadership approves an AI policy, aligned with the security policy, and reviews it each year.',
    automated: false,
    soc2: ['CC1.1', 'CC5.3'],
    iso42001: ['5', 'A.2.2', 'A.2.3', 'A.2.4'],
    provide: 'the approved AI policy and the date of its last review',
  },
  {
    id: 'TM-GOV-02',
    title: 'AI roles and responsibilities are assigned',
    description:
      'Owners are named for AI systems, data, and responsible-AI concerns, with a way to raise concerns.',
    automated: false,
    soc2: ['CC1.3', 'CC1.5'],
    iso42001: ['5', 'A.3.2', 'A.3.3'],
    provide: 'an org chart or RACI naming AI system owners and the channel for concerns',
  },
  {
    id: 'TM-GOV-03',
    title: 'AI impact assessments are done and kept',
    description: 'Each AI system has an impact assessment covering individuals, groups and society.',
    automated: false,
    soc2: ['CC3.2'],
    iso42001: ['6', '8', 'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'],
    provide: 'the impact assessment of each AI system',
  },
  {
    id: 'TM-GOV-04',
    title: 'Risks are assessed each year',
    description: 'A risk assessment, including AI-specific risks and fraud, is done at least yearly.',
    automated: false,
    soc2: ['CC3.1', 'CC3.2', 'CC3.3', 'CC9.1'],
    iso42001: ['6', 'A.6.1.2'],
    provide: 'the latest risk assessment',
  },
  {
    id: 'TM-SEC-01',
    title: 'An information security policy is in force',
    description: 'A security policy is approved, published to staff and reviewed yearly.',
    automated: false,
    soc2: ['CC1.1', 'CC2.2', 'CC5.3'],
    iso42001: ['7', 'A.2.3'],
    provide: 'the approved information security policy',
  },
  {
    id: 'TM-SEC-02',
    title: 'Incidents are handled by a tested plan',
    description: 'An incident response plan covers AI incidents, customer notification and recovery.',
    automated: false,
    soc2: ['CC7.3', 'CC7.4', 'CC7.5', 'CC2.3', 'P6.5', 'P6.6'],
    iso42001: ['10', 'A.8.4'],
    provide: 'the incident response plan and the record of its last exercise',
  },
  {
    id: 'TM-SEC-03',
    title: 'Systems are penetration tested',
    description: 'An independent penetration test runs at least yearly and its findings are fixed.',
    automated: false,
    soc2: ['CC4.1', 'CC7.1', 'CC4.2'],
    iso42001: ['9', 'A.6.2.4'],
    provide: 'the latest penetration test summary',
  },
  {
    id: 'TM-SEC-04',
    title: 'Staff are screened and trained',
    description: 'People are background checked and complete security and responsible-AI training.',
    automated: false,
    soc2: ['CC1.4', 'CC2.2'],
    iso42001: ['7', 'A.4.6'],
    provide: 'training completion records and the screening procedure',
  },
  {
    id: 'TM-SEC-05',
    title: 'Backups are restored in tests',
    description: 'Backups are taken and a restore is tested at least yearly.',
    automated: false,
    soc2: ['A1.2', 'A1.3', 'CC9.1'],
    iso42001: ['A.4.5'],
    provide: 'the record of the last restore test',
  },
  {
    id: 'TM-PRIV-01',
    title: 'Customers are told how AI uses their data',
    description:
      'Customer-facing documentation explains the AI system, its data use and how to opt in or out.',
    automated: false,
    soc2: ['P1.1', 'P2.1', 'CC2.3'],
    iso42001: ['A.8.2', 'A.8.3', 'A.8.5', 'A.9.2'],
    provide: 'the public AI and privacy notice or the customer agreement that covers it',
  },
];
