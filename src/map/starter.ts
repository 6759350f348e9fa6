import { PLACEHOLDER_MARK } from '../core/vocabulary.js';
import { readmeTitle, sameName } from './readmeTitle.js';
import type { STAGES } from './schema/organization.js';

export interface StarterAnswers {
  name: string;
  stage: (typeof STAGES)[number];
  /**
   * No one gave the stage (`init --yes`): it is left out, with a commented line to fill, not written as a default a
   * reader takes for an answer (Onyx, AnythingLLM, LibreChat, then every reviewer of a corrected map keeping `seed`).
   */
  stageDefaulted?: boolean;
  frameworks: string[];
  website?: string;
  /** Path from the map to the JSON Schema, for the editor modeline. */
  schemaPath: string;
  /** Leave out the example component, when discovery proposes the real ones. */
  fromCode?: boolean;
}

const quote = (text: string) => JSON.stringify(text);

/**
 * A commented starter map: valid as written, with one example of each section so a team can edit rather than
 * start from a blank page. Every statement in it is `status: proposed` (a template is nobody's promise), and it
 * names no vendor: `trustmap discover --write` (or `trustmap init` on a repository) proposes the real ones. The
 * training default is commented out: discovery cannot tell whether anything trains, and the reviewers of four apps
 * that train nothing (LightRAG, quivr, DocsGPT, MaxKB) had to delete it. So is the deletion time: five of the seven
 * apps reviewed on 2026-12-05 delete nothing within 30 days (no account deletion, soft deletes, files never removed),
 * and a map confirmed by deleting its `status: proposed` lines would have promised it to buyers. The contract
 * promises and the isolation policy are commented out for the same reason: a map so confirmed had stated "never used
 * for advertising" of inbox-zero, which sends hashed emails to Meta's Conversions API, and "separate customers in the
 * datastore itself" of three apps that filter shared tables in their queries (inbox-zero, karakeep, Onyx).
 */
export function starterMap(answers: StarterAnswers): string {
  return `# yaml-language-server: $schema=${answers.schemaPath}
# Trustmap system map: describe your system once; \`trustmap validate\` checks it,
# \`trustmap check\` tests it against your code and controls.
version: 1

organization:
  name: ${quote(answers.name)}
  # product: ${quote(answers.name)}   # the product's name, where the company's name above is another
${answers.website ? `  website: ${quote(answers.website)}\n` : ''}${answers.stageDefaulted ? '  # stage: seed   # your funding stage, for scope advice and auditor matching: pre-seed, seed, series-a, series-b, series-c, growth or public' : `  stage: ${answers.stage}`}
  frameworks: [${answers.frameworks.join(', ')}]${answers.frameworks.length === 0 ? '   # target frameworks, e.g. [soc2, iso42001]' : ''}
  # What your customer contracts promise: uncomment each promise they make, and only those.
  # commitments:
  #   noTrainingOnCustomerData: true # customer data never trains models
  #   noSecondaryUse: true           # customer data used only to provide the service: not sold, no advertising
  #   deletionWithin: 30d            # the time your contracts give to delete a customer's data
  #   deletionAfter: request-or-termination # what starts that clock: request, termination, or either

# Policies the checks hold your stores and flows to, not a description of them: say how each store separates
# customers in its component's \`tenancy\`. Uncomment the policy you hold; until then checks hold every store to
# datastore-enforced, and nothing states a policy to buyers.
# tenancy:
#   isolation: datastore-enforced    # tenant-scoped stores must separate tenants in the datastore itself (row-level
#                                    # security, a database or index per tenant); or application-filter-allowed: a
#                                    # tenant filter in our queries is enough
#   trainingDefault: opt-in          # if anything in your system trains models: no tenant's data may train them
#                                    # unless it opts in

# Entries marked \`status: proposed\` are never stated as fact (trust center, answers, checks) until a person
# confirms them: check each against your system, then delete its \`status: proposed\` line.
# A vendor or store discover proposed that your system does not use (only in tests, CI, docs or an icon): do not
# just delete it, or the next scan finds it again and reports it as undeclared. Delete it and dismiss it by its id,
# with the reason, for the reviewer of the pull request:
# dismissals:
#   - { id: ai21, reason: "only an icon in the model picker (web/lib/provider-icons.tsx)" }

# Kinds of data you handle. Categories: customer-content, prompts, model-outputs, embeddings,
# training-data, telemetry, credentials, personal-data, internal.
${
  answers.fromCode
    ? // From the code, the classes are what discovery finds reaching a provider or a store, not a template's documents
      // (farfalle, pr-agent, openlit: "Customer documents" proposed for apps that take no uploads).
      'dataClasses: []\n\n'
    : `dataClasses:
  - id: customer-documents
    status: proposed
    name: Customer documents
    category: customer-content
    tenantScoped: true
    sensitivity: confidential
    retention: until-deleted
    # How they are deleted, and within what time (sla: 30d): the text below is for you to replace.
    deletion: { mechanism: "${PLACEHOLDER_MARK} say how customer documents are deleted (a job, a button, an API call)" }
  - id: prompts
    status: proposed
    name: User prompts
    category: prompts
    tenantScoped: true
    # retention: how long you keep them (30d, until-deleted, zero); then how they are deleted:
    deletion: { mechanism: "${PLACEHOLDER_MARK} say how prompts and chat history are deleted or expire" }

`
}# Parts of your system: services, stores, vector indexes, models, pipelines.
${
  answers.fromCode
    ? 'components: []\n'
    : `components:
  - id: api
    status: proposed
    kind: service
    technology: node
    hosting: cloud-managed
    dataClasses: [customer-documents, prompts]
    tenancy: { model: application-filter, mechanism: "tenant id from the session token" }
`
}
# Third parties that receive data, with their terms (training, retention, DPA).
# \`trustmap discover --write\` proposes the ones your code calls.
subprocessors: []

# How data moves. Purposes: inference, retrieval, embedding, ingestion, training, fine-tuning,
# evaluation, analytics, support, backup, deletion, logging, storage, code-execution.
flows: []

# Documents that prove what the map says (DPAs, reports, policies).
evidence: []
`;
}

/** Names a repository's root manifest gives its workspace, not its product (`@typebot.io/root`'s "root"). */
// `source` and `src` too: Reactive-Resume's root package is `@reactive-resume/source` (Nx's default), read as "source".
const WORKSPACE_NAMES =
  /^(?:root|monorepo|workspace|workspaces|app|apps|web|frontend|backend|server|main|project|packages?|source|src|repo|mono)$/i;

/**
 * The product's name as the repository's root manifest gives it, for `init -y`'s organisation name where no one gave
 * one: the `name` of `package.json` (a scope's name where the package's own is a workspace word, `@typebot.io/root` →
 * `typebot.io`) or of `pyproject.toml`'s `[project]` (`arize-phoenix`). Undefined where neither names it; the folder's
 * name is then the fallback (lunary's reviewer's copy in a folder named `proposed` was named "proposed", and its own
 * product was not recognised as its own). A package's code name that neither the README's title nor the folder shares,
 * where the folder is named for that title, gives way to the title (make-real's `draw-a-ui`: `Make Real`). Pure.
 * @example productNameFrom({ packageJson: '{"name":"@typebot.io/root"}' }) // 'typebot.io'
 */
export function productNameFrom(manifests: {
  packageJson?: string;
  pyproject?: string;
  /** The README's text and the folder's name: a title both agree on wins over a code name. */
  readme?: string;
  folder?: string;
}): string | undefined {
  const manifest = manifestName(manifests);
  const title = manifests.readme === undefined ? undefined : readmeTitle(manifests.readme);
  // The package's code name (make-real's `draw-a-ui`, chat-langchain's `agent`), where the README's title shares
  // nothing with it and the folder is named for the title: the title (`Make Real`).
  if (
    manifest &&
    title &&
    manifests.folder &&
    !sameName(manifest, title) &&
    !sameName(manifest, manifests.folder) &&
    sameName(title, manifests.folder)
  )
    return title;
  return manifest;
}

/** The name the root manifest gives the product (see `productNameFrom`). */
function manifestName(manifests: { packageJson?: string; pyproject?: string }): string | undefined {
  const fromNpm = (() => {
    try {
      const name = (JSON.parse(manifests.packageJson ?? 'null') as { name?: unknown } | null)?.name;
      return typeof name === 'string' ? name : undefined;
    } catch {
      return undefined;
    }
  })();
  const npm = fromNpm ? /^(?:@([^/]+)\/)?(.+)$/.exec(fromNpm) : null;
  if (npm) {
    const [, scope, own] = npm;
    if (!WORKSPACE_NAMES.test(own!)) return own;
    if (scope && !WORKSPACE_NAMES.test(scope)) return scope;
  }
  const project = /^\[project\][^[]*?^\s*name\s*=\s*["']([^"'\n]+)["']/m.exec(manifests.pyproject ?? '')?.[1];
  return project && !WORKSPACE_NAMES.test(project) ? project : undefined;
}
