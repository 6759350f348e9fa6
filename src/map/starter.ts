import type { STAGES } from './schema/organization.js';

export interface StarterAnswers {
  name: string;
  stage: (typeof STAGES)[number];
  frameworks: string[];
  website?: string;
  /** Path from the map to the JSON Schema, for the editor modeline. */
  schemaPath: string;
}

const quote = (text: string) => JSON.stringify(text);

/**
 * A commented starter map: valid as written, with one example of each section so a team can edit rather than
 * start from a blank page.
 */
export function starterMap(answers: StarterAnswers): string {
  return `# yaml-language-server: $schema=${answers.schemaPath}
# Trustmap system map: describe your system once; \`trustmap validate\` checks it,
# \`trustmap check\` tests it against your code and controls.
version: 1

organization:
  name: ${quote(answers.name)}
${answers.website ? `  website: ${quote(answers.website)}\n` : ''}  stage: ${answers.stage}
  frameworks: [${answers.frameworks.join(', ')}]
  commitments:
    noTrainingOnCustomerData: true   # what your customer contracts promise
    deletionWithin: 30d

tenancy:
  trainingDefault: opt-in            # no tenant's data trains models unless it opts in
  isolation: datastore-enforced      # tenant-scoped stores separate tenants in the datastore itself

# Kinds of data you handle. Categories: customer-content, prompts, model-outputs, embeddings,
# training-data, telemetry, credentials, personal-data, internal.
dataClasses:
  - id: customer-documents
    name: Customer documents
    category: customer-content
    tenantScoped: true
    sensitivity: confidential
    retention: until-deleted
    deletion: { mechanism: "tenant offboarding job deletes rows and objects", sla: 30d }
  - id: prompts
    name: User prompts
    category: prompts
    tenantScoped: true
    retention: 30d
    deletion: { mechanism: "expires automatically", automated: true, sla: 30d }

# Parts of your system: services, stores, vector indexes, models, pipelines.
components:
  - id: api
    kind: service
    technology: node
    hosting: cloud-managed
    dataClasses: [customer-documents, prompts]
    tenancy: { model: application-filter, mechanism: "tenant id from the session token" }

# Third parties that receive data, with their terms.
subprocessors:
  - id: llm-provider
    vendor: Example LLM Inc.
    service: Chat completions API
    purpose: Answer user questions
    ai: true
    dataClasses: [prompts]
    terms: { training: never, retention: zero, zeroDataRetention: true }

# How data moves. Purposes: inference, retrieval, embedding, ingestion, training, fine-tuning,
# evaluation, analytics, support, backup, deletion, logging, storage.
flows:
  - id: answer-questions
    from: api
    to: llm-provider
    dataClasses: [prompts]
    purpose: inference

# Documents that prove what the map says (DPAs, reports, policies).
evidence: []
`;
}
