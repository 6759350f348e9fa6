/** A small valid map, as YAML text, that tests mutate. */
export const MINIMAL_MAP = `version: 1
organization:
  name: Tiny AI
  stage: seed
dataClasses:
  - id: docs
    name: Documents
    category: customer-content
    tenantScoped: true
    retention: until-deleted
  - id: prompts
    name: Prompts
    category: prompts
    tenantScoped: true
    retention: 30d
components:
  - id: api
    kind: service
    dataClasses: [docs, prompts]
  - id: vectors
    kind: vector-store
    dataClasses: [docs]
    tenancy: { model: index-per-tenant }
subprocessors:
  - id: openai
    vendor: OpenAI
    service: API
    purpose: answers
    dataClasses: [prompts]
    terms: { training: never, retention: zero, dpa: dpa-openai }
flows:
  - { id: ask, from: api, to: openai, dataClasses: [prompts], purpose: inference }
  - { id: index, from: api, to: vectors, dataClasses: [docs], purpose: storage }
evidence:
  - { id: dpa-openai, title: OpenAI DPA, path: dpa.pdf, expires: 2027-01-01 }
`;
