import { declaringComponents, declaringSubprocessor, isDeclared } from '../core/declared.js';
import {
  PLACEHOLDER_MARK,
  runByCustomer,
  SERVICE_KINDS,
  SERVING_KINDS,
  underCustomersAccount,
} from '../core/vocabulary.js';
import { foundUnderReview } from '../core/words.js';
import type { Location } from '../errors/index.js';
import type { SystemMap } from '../map/index.js';
import { activeDismissals, dismisses, locationOf, mapIdFor } from '../map/index.js';
import { findProvider } from './catalog/index.js';
import { findingsInForce, ownFinding } from './inForce.js';
import { localStores } from './localStores.js';
import { tenancyFromMigrations } from './migrationTenancy.js';
import type { DiscoveryEvidence, DiscoveryReport, Finding } from './types.js';
import { vendorVectorStores } from './vendorStores.js';

export type DriftSeverity = 'critical' | 'high' | 'info';

export type DriftKind =
  | 'undeclared-subprocessor'
  | 'subprocessor-not-found'
  | 'vector-store-without-tenancy'
  | 'undeclared-component'
  | 'component-not-found'
  /** A store's declared tenancy and the row-level security its SQL migrations set up disagree. */
  | 'tenancy-differs-from-migrations';

/** An entry `--write` can add to the map for a drift item. */
export interface ProposedEntry {
  section: 'subprocessors' | 'components';
  entry: Record<string, unknown>;
  /** What else the entry rests on, with file:line, said in the comment above it (the migrations' policies). */
  note?: string;
}

/** One difference between what the map declares and what the code shows. */
export interface DriftItem {
  severity: DriftSeverity;
  kind: DriftKind;
  provider: string;
  message: string;
  /** The same difference for a reader outside the team (no ids, no map words); set on failing kinds. */
  plain?: string;
  evidence: DiscoveryEvidence[];
  /** Id-based pointer into the map (`subprocessors/openai`), when the item concerns a map entry. */
  pointer?: string;
  location?: Location;
  proposal?: ProposedEntry;
  /** The finding behind an undeclared-provider item, for proposals that carry data. */
  finding?: Finding;
  /** What to do, where the kind's usual fix does not fit (a gateway's provider, chosen by configuration). */
  fix?: string;
}

const SEVERITY_ORDER: Record<DriftSeverity, number> = { critical: 0, high: 1, info: 2 };

// A sign-in server run by us (Keycloak) is a service of ours too.
const COMPONENT_CATEGORIES = new Set([
  'vector-store',
  'inference-runtime',
  'datastore',
  'llm-gateway',
  'identity',
]);
const KIND_BY_PROVIDER: Record<string, string> = {
  redis: 'cache',
  'aws-s3': 'object-store',
  gcs: 'object-store',
  'azure-blob-storage': 'object-store',
  'aws-cloudwatch-logs': 'log-sink',
};
const KIND_BY_CATEGORY: Record<string, string> = {
  'vector-store': 'vector-store',
  'inference-runtime': 'inference-endpoint',
  datastore: 'datastore',
  'llm-gateway': 'service',
  // A self-hosted tracing server (Langfuse run in the repository's Compose file) keeps the prompts it is sent.
  'llm-observability': 'log-sink',
};

/** A search engine that can keep vectors found used as a search index only (`searchEngine`). */
const searchIndex = (finding: Finding) =>
  finding.category === 'datastore' && findProvider(finding.provider)?.searchEngine === true;

function pointerAt(map: SystemMap, pointer: string): Pick<DriftItem, 'pointer' | 'location'> {
  const location = locationOf(map.source.locations, pointer);
  return location ? { pointer, location } : { pointer };
}

/**
 * A stable id for a proposed entry: the provider's own id, or that id qualified by what it is when a different
 * entry already holds it. Never a numeric suffix, so the same finding proposes the same id on every run.
 */
function stableId(taken: Set<string>, provider: string, qualifier: string): string | undefined {
  const base = mapIdFor(provider);
  for (const id of [base, mapIdFor(`${base}-${qualifier}`)]) {
    if (taken.has(id)) continue;
    taken.add(id);
    return id;
  }
  return undefined;
}

function subprocessorProposal(finding: Finding, taken: Set<string>, ai: boolean): ProposedEntry | undefined {
  const id = stableId(taken, finding.provider, 'vendor');
  if (!id) return undefined;
  return {
    section: 'subprocessors',
    entry: {
      id,
      status: 'proposed',
      vendor: finding.name,
      service: finding.name,
      provider: finding.provider,
      purpose: `${PLACEHOLDER_MARK} describe what it is used for`,
      ...(ai ? { ai: true } : {}),
    },
  };
}

/** Signals of a server run or reached, not of a library imported: an image, a cluster's or cloud's resource, a setting. */
const SERVER_SIGNALS = new Set([
  'compose-image',
  'kubernetes',
  'terraform',
  'env-var',
  'api-host',
  'api-call',
]);

/**
 * A package that is a library as well as a server (`alsoLibrary`), found with no sign of the server: called in the
 * app's own process, so no component of ours to propose (unstract's LiteLLM).
 */
function libraryOnly(finding: Finding): boolean {
  return (
    findProvider(finding.provider)?.alsoLibrary === true &&
    !finding.evidence.some((proof) => SERVER_SIGNALS.has(proof.signal))
  );
}

/** Categories of a provider that answers prompts itself, as a model does (not a gateway in front of one). */
const MODEL_CATEGORIES = new Set(['llm-api', 'inference-runtime']);

/** Whether a finding is a provider that answers prompts, a gateway of ours aside. */
function answersModelCalls(finding: Finding): boolean {
  return (
    MODEL_CATEGORIES.has(finding.category) ||
    (finding.category === 'llm-gateway' && !libraryOnly(finding)) ||
    findProvider(finding.provider)?.serves === 'models'
  );
}

/**
 * The model provider behind a gateway library the app calls in its own process (LiteLLM imported only), where nothing
 * else says who answers its model calls: no model provider found in use and none declared. The provider is chosen by
 * configuration (a model string such as `anthropic/claude-…` given at run time), so it is proposed as a sub-processor
 * whose vendor a person names, receiving the prompts, with the providers the tree only mentions as candidates.
 * SWE-agent, reviewed 2026-12-08: `import litellm` (`sweagent/agent/models.py:15`) and nothing else, so `init -y`
 * wrote an empty map, though every task's prompts go to the model provider each run names.
 */
function gatewayProvider(
  map: SystemMap,
  report: DiscoveryReport,
  findings: readonly Finding[],
  taken: Set<string>,
): DriftItem | undefined {
  const gateway = findings.find((finding) => finding.category === 'llm-gateway' && libraryOnly(finding));
  if (!gateway || findings.some(answersModelCalls)) return undefined;
  const declared =
    map.subprocessors.some(
      (entry) =>
        entry.ai === true ||
        findProvider(entry.provider ?? entry.id)?.ai === true ||
        map.flows.some((flow) => flow.to === entry.id && flow.purpose === 'inference'),
    ) || map.components.some((component) => SERVING_KINDS.has(component.kind));
  if (declared) return undefined;
  const id = stableId(taken, 'model-provider', 'behind-gateway');
  if (!id) return undefined;
  const mentioned = report.findings
    .filter((finding) => finding.status === 'mentioned' && answersModelCalls(finding) && finding.evidence[0])
    .slice(0, 8)
    .map((finding) => `${finding.name} (${finding.evidence[0]!.file}:${finding.evidence[0]!.line})`);
  const name = gateway.name.replace(/\s*\(.*\)$/, '');
  return {
    severity: gateway.confidence === 'low' ? 'high' : 'critical',
    kind: 'undeclared-subprocessor',
    provider: gateway.provider,
    message: `${name} is called as a library and sends the model calls to the provider its configuration names, but no model provider is a declared sub-processor (it receives prompts)`,
    plain: foundUnderReview(`the model provider ${name} sends our model calls to`, true),
    evidence: gateway.evidence.slice(0, 5),
    proposal: {
      section: 'subprocessors',
      entry: {
        id,
        status: 'proposed',
        vendor: `${PLACEHOLDER_MARK} name the model provider ${name} is configured to call`,
        service: `${PLACEHOLDER_MARK} name its model API`,
        purpose: `${PLACEHOLDER_MARK} describe what it is used for`,
        ai: true,
      },
      note: `the model provider is chosen by configuration, not in the code: name the one your deployment uses (\`provider:\` its catalog id, such as \`anthropic\`), one entry for each if several${mentioned.length ? `; the tree names these only in tests, samples, docs or comments: ${mentioned.join(', ')}` : ''}`,
    },
    // Read as the model API it stands for: sent prompts and answers, for inference, from the file that calls it.
    finding: {
      ...gateway,
      name: `the model provider ${name} calls`,
      category: 'llm-api',
      hosting: 'vendor-hosted',
    },
    fix: `name the model provider ${name} is configured to call as a sub-processor (\`provider:\` its catalog id), or dismiss \`${gateway.provider}\` if the app makes no model calls`,
  };
}

function componentProposal(finding: Finding, taken: Set<string>): ProposedEntry | undefined {
  const kind = KIND_BY_PROVIDER[finding.provider] ?? KIND_BY_CATEGORY[finding.category] ?? 'service';
  const id = stableId(taken, finding.provider, kind);
  if (!id) return undefined;
  // A model server the code only reaches by a URL someone configures may be ours or the customer's (Perplexica's and
  // MaxKB's Ollama, LM Studio, Xinference: a URL field in the settings); only its image in the repository's Compose or
  // Kubernetes files says we run it. Who runs it is left for the person confirming.
  const runsHere = finding.evidence.some(
    (proof) =>
      proof.signal === 'compose-image' || proof.signal === 'kubernetes' || proof.signal === 'terraform',
  );
  const unsure =
    finding.hosting === 'self-hosted' &&
    finding.category === 'inference-runtime' &&
    !runsHere &&
    !findProvider(finding.provider)?.inProcess;
  return {
    section: 'components',
    entry: {
      id,
      status: 'proposed',
      name: finding.name,
      kind,
      provider: finding.provider,
      ...(unsure ? {} : { hosting: finding.hosting === 'vendor-hosted' ? 'vendor' : 'self-hosted' }),
    },
  };
}

/**
 * Whether discovery can tell if the code uses a sub-processor named `key` (its `provider`, else its id): the catalog
 * knows it, or a finding names it as its provider or its company. What it cannot recognise it cannot check, so drift
 * says nothing of it and no answer says it was checked against the code.
 * @example recognisable('openai', []) // true; recognisable('ipwhois', []) // false
 */
export function recognisable(
  key: string,
  findings: readonly Pick<Finding, 'provider' | 'vendor'>[],
): boolean {
  return (
    findProvider(key) !== undefined ||
    findings.some((finding) => finding.provider === key || finding.vendor === key)
  );
}

/**
 * Whether a sub-processor only runs services of ours, sent nothing by a flow of its own: where the code runs, not what
 * it calls, so no trace of it is expected in the code, and none proves it (sec-insights: Vercel, hosting the frontend,
 * "declared but discovery found no trace of vercel"; pdftochat: Vercel "checked against our code" by the Vercel AI SDK,
 * a library).
 * @example onlyHostsOurs(map, 'vercel') // true where `app` says `subprocessor: vercel` and no flow goes to vercel
 */
export function onlyHostsOurs(map: Pick<SystemMap, 'components' | 'flows'>, subprocessor: string): boolean {
  return (
    map.components.some(
      (component) => component.subprocessor === subprocessor && SERVICE_KINDS.has(component.kind),
    ) && !map.flows.some((flow) => flow.to === subprocessor)
  );
}

/**
 * Compares discovery with the map. A vendor-hosted AI service in code but not in `subprocessors` is
 * critical (high when the service is not AI, or the proof is weak); a vector store without a map component
 * of that provider declaring `tenancy` is high; declared sub-processors and components with no trace in code
 * are informational. Findings whose status is `mentioned` take no part. Pure.
 * @example computeDrift(map, report).filter((item) => item.severity === 'critical')
 */
export function computeDrift(
  map: SystemMap,
  report: DiscoveryReport,
  options: { now?: Date } = {},
): DriftItem[] {
  const drift: DriftItem[] = [];
  // The dismissals in force, read once for the local stores and for what the map declares.
  const dismissals = activeDismissals(map, options.now ?? new Date());
  const takenIds = new Set([...map.subprocessors, ...map.components].map((entry) => entry.id));
  // A finding a person dismissed stays out of drift, and out of `--write`, until the dismissal expires. A provider
  // only mentioned (tests, docs, examples, comments, optional or transitive dependencies) is never a gap: it stays
  // in the JSON report but cannot be undeclared or prove a declared entry.
  // Our own product and addresses are no third party's (`ownFinding`): `findingsInForce` leaves them out, here as in the
  // checks.
  // In force once; our own findings split off here rather than filtered in a second pass (`ownFinding`).
  const counted = findingsInForce({ dismissals: map.dismissals }, report.findings, options.now ?? new Date());
  const findings = counted.filter((finding) => !ownFinding(map, finding));

  // An SDK of several services is not proposed beside one of them that is found too: that one is proposed, and
  // declares it.
  const found = new Set(findings.map((finding) => finding.provider));
  const namedBy = (finding: Finding) => {
    const naming = declaringComponents(map.components, finding).map((component) => `\`${component.id}\``);
    return naming.length > 0
      ? `; ${naming.join(', ')} ${naming.length === 1 ? 'names' : 'name'} it without saying who runs it: link ${naming.length === 1 ? 'it' : 'them'} to the vendor's sub-processor (\`subprocessor:\`), or set \`hosting: self-hosted\` where you run it yourself`
      : '';
  };
  for (const finding of findings) {
    const evidence = finding.evidence.slice(0, 5);
    const covered = finding.covers?.some((id) => found.has(id)) ?? false;
    // A component that names it as each customer's own says who runs it (WrenAI: Databricks, the customer's own warehouse
    // read by connector code, `hosting: customer-hosted`, was "not a declared sub-processor; `databricks-source` names it
    // without saying who runs it").
    const naming = declaringComponents(map.components, finding);
    const customersOwn =
      naming.length > 0 && naming.every((component) => runByCustomer(component, map.subprocessors));
    if (finding.hosting === 'vendor-hosted' && !isDeclared(map, finding) && !customersOwn) {
      const ai = finding.ai ?? findProvider(finding.provider)?.ai ?? false;
      const critical = ai && finding.confidence !== 'low';
      drift.push({
        severity: critical ? 'critical' : 'high',
        kind: 'undeclared-subprocessor',
        provider: finding.provider,
        // A component naming it without saying who runs it is said (linkwarden: "not a declared sub-processor" beside
        // its `provider: aws-s3` file store, while the fix offered "sub-processor or component").
        message: `${finding.name} is used in code but is not a declared sub-processor${finding.receivesPrompts ? ' (it receives prompts)' : ''}${finding.confidence === 'low' ? ' (weak evidence only)' : ''}${namedBy(finding)}`,
        plain: foundUnderReview(finding.name, finding.receivesPrompts === true),
        evidence,
        ...(covered ? {} : { proposal: subprocessorProposal(finding, takenIds, ai) }),
        finding,
      });
    }
    // A store each customer reaches with its own account (`account: customer`) is the customer's: how it separates
    // tenants is not ours to declare (Flowise: nine of its customers' own vector stores failed for want of tenancy).
    const customers = () => {
      const declaring = declaringSubprocessor(map.subprocessors, finding);
      return declaring !== undefined && underCustomersAccount(declaring);
    };
    if (finding.category === 'vector-store' && !customers()) {
      // The SDK of a cloud store found beside it is that cloud's client (`covers`: chromadb's `CloudClient`), no store
      // of ours whose tenancy we declare.
      if (covered) continue;
      const components = declaringComponents(map.components, finding);
      // So is one the map says is the customer's (vector-admin: its customers' own Chroma, Qdrant and Weaviate).
      const theirs =
        components.length > 0 && components.every((component) => runByCustomer(component, map.subprocessors));
      if (!theirs && !components.some((c) => c.tenancy)) {
        const without = components[0];
        drift.push({
          severity: 'high',
          kind: 'vector-store-without-tenancy',
          provider: finding.provider,
          message: without
            ? `Component ${without.id} (${finding.name}) declares no tenancy model`
            : `${finding.name} holds embeddings but no map component of provider ${finding.provider} declares its tenancy`,
          plain: `how ${without?.name ?? finding.name} separates customers' data is not yet documented`,
          evidence,
          ...(without
            ? pointerAt(map, `components/${without.id}`)
            : { proposal: componentProposal(finding, takenIds), finding }),
        });
      }
    } else if (
      finding.hosting === 'self-hosted' &&
      !libraryOnly(finding) &&
      // The client of a vector search found beside it is that store (`covers`), not a second one.
      !covered &&
      // A vendor's own server run by the repository (`selfHosted`: cognita's Unstructured API) is one of ours too.
      (COMPONENT_CATEGORIES.has(finding.category) ||
        (findProvider(finding.provider)?.selfHosted !== undefined && finding.confidence !== 'low')) &&
      !isDeclared(map, { ...finding, hosting: 'self-hosted' })
    ) {
      drift.push({
        severity: 'info',
        kind: 'undeclared-component',
        provider: finding.provider,
        message: `${finding.name} is used in code but no map component has provider ${finding.provider}${searchIndex(finding) ? ' (no vector search was found in the code, so it is proposed as a datastore; if it keeps embeddings, make it `kind: vector-store`)' : ''}`,
        evidence,
        proposal: componentProposal(finding, takenIds),
        finding,
      });
    }
  }

  const behindGateway = gatewayProvider(map, report, findings, takenIds);
  if (behindGateway) drift.push(behindGateway);

  // A model API's own vector stores the code fills are a store at the vendor, whose tenancy is ours to say as any
  // vector store's (assistants-quickstart's OpenAI vector store of each user's uploads).
  for (const store of vendorVectorStores(findings, report.facts)) {
    if (
      map.components.some(
        (component) => component.provider === store.provider && component.kind === 'vector-store',
      )
    )
      continue;
    drift.push({
      severity: 'high',
      kind: 'vector-store-without-tenancy',
      provider: store.provider,
      message: `${store.name} hold the documents the code uploads, but no map component of provider ${store.provider} with \`kind: vector-store\` declares their tenancy`,
      plain: `how ${store.name} separate customers' data is not yet documented`,
      evidence: store.evidence.slice(0, 5),
      proposal: componentProposal(store, takenIds),
      finding: store,
    });
  }

  // Users' content kept in their browser, and uploads written to the server's own disk: stores no package names
  // (chatgpt-clone's conversations in localStorage, ChatFiles' uploads under multer's disk storage).
  for (const store of localStores(map, report.facts ?? [])) {
    if (takenIds.has(store.entry.id) || dismisses(dismissals, store.finding)) continue;
    takenIds.add(store.entry.id);
    drift.push({
      severity: 'info',
      kind: 'undeclared-component',
      provider: store.finding.provider,
      message: store.message,
      evidence: store.finding.evidence,
      proposal: { section: 'components', entry: store.entry },
      finding: store.finding,
    });
  }

  // Our own service, at an address on our own domain the code sends prompts to (cline's api.cline.bot, its hosted
  // provider): no third party, so not a sub-processor, but a part of our system that receives them, which the map
  // should name (dropped altogether, the one path where prompts reach the company went unsaid).
  const ownName = map.organization.name;
  for (const finding of counted) {
    if (finding.kind !== 'endpoint' || !ownFinding(map, finding) || finding.category !== 'llm-api') continue;
    if (isDeclared(map, { ...finding, hosting: 'self-hosted' })) continue;
    const id = stableId(takenIds, finding.provider, 'api');
    if (!id) continue;
    drift.push({
      severity: 'info',
      kind: 'undeclared-component',
      provider: finding.provider,
      message: `the code sends model requests to our own service at ${finding.provider}, and no map component has provider ${finding.provider}: say which model vendors it sends them on to`,
      evidence: finding.evidence.slice(0, 5),
      proposal: {
        section: 'components',
        entry: {
          id,
          status: 'proposed',
          name: `${ownName} API (${finding.provider})`,
          kind: 'api',
          provider: finding.provider,
          hosting: 'self-hosted',
        },
      },
      finding,
    });
  }

  // Our own product counts as traced where the map declares it: a vendor's own sample app uses its own service
  // (pinecone-vercel-starter, named for Pinecone: "declared but discovery found no trace of pinecone", 17 proofs).
  // A finding out of force only because every service it stands for is dismissed (`covers`) still traces its own
  // technology where the map declares that (papermark: Postgres from a Prisma datasource, standing for a Neon the map
  // dismissed, was "found in the code, but the map dismisses it: remove the dismissal" of a Postgres no dismissal names).
  const traced = (id: string) =>
    findings.some((finding) => finding.provider === id || finding.vendor === id) ||
    report.findings.some(
      (finding) =>
        finding.provider === id &&
        (finding.covers?.length ?? 0) > 0 &&
        finding.status !== 'mentioned' &&
        !dismisses(dismissals, finding) &&
        !ownFinding(map, finding),
    ) ||
    report.findings.some(
      (finding) =>
        (finding.provider === id || finding.vendor === id) &&
        finding.status !== 'mentioned' &&
        ownFinding(map, finding),
    );
  // A vendor the map says receives data only from another vendor (the models behind Vercel's AI Gateway, OpenRouter or
  // a hosted LLM proxy) is called by that vendor, not by our code: no trace of it is expected there (vercel/ai-chatbot:
  // "not found there: Anthropic Claude API …" in a lineage answer sent without review).
  const vendorIds = new Set(map.subprocessors.map((entry) => entry.id));
  const onlyThroughVendor = (id: string) => {
    const incoming = map.flows.filter((flow) => flow.to === id);
    return incoming.length > 0 && incoming.every((flow) => vendorIds.has(flow.from));
  };
  // Where a declared provider is only mentioned: not "no trace" (SurfSense's Vertex AI, named in a video module, read
  // "discovery found no trace of vertex-ai").
  const mentionedAt = (key: string) =>
    report.findings.find(
      (finding) => (finding.provider === key || finding.vendor === key) && finding.status === 'mentioned',
    )?.evidence[0];
  // Found and used, but dismissed in the map while an entry declares it: said as that, not as "no trace" (Onyx: its
  // MinIO store, declared and dismissed, read "discovery did not find" it).
  const inForce = new Set(findings);
  const dismissedAt = (key: string) =>
    report.findings.find(
      (finding) =>
        (finding.provider === key || finding.vendor === key) &&
        finding.status !== 'mentioned' &&
        !inForce.has(finding) &&
        !ownFinding(map, finding),
    )?.evidence[0];
  const dismissedWords = (at: { file: string; line: number }) =>
    `discovery found it in the code (${at.file}:${at.line}), but the map dismisses it: remove the dismissal, since the map declares it`;
  for (const subprocessor of map.subprocessors) {
    const key = subprocessor.provider ?? subprocessor.id;
    const dismissed = dismissedAt(key);
    if (dismissed && !traced(key)) {
      drift.push({
        severity: 'info',
        kind: 'subprocessor-not-found',
        provider: key,
        message: `Sub-processor ${subprocessor.id} is declared; ${dismissedWords(dismissed)}`,
        evidence: [dismissed],
        ...pointerAt(map, `subprocessors/${subprocessor.id}`),
      });
      continue;
    }
    if (!recognisable(key, findings) || onlyThroughVendor(subprocessor.id)) continue;
    if (onlyHostsOurs(map, subprocessor.id)) continue;
    if (!traced(key)) {
      const at = mentionedAt(key);
      drift.push({
        severity: 'info',
        kind: 'subprocessor-not-found',
        provider: key,
        message: at
          ? `Sub-processor ${subprocessor.id} is declared but discovery found ${key} only mentioned in the code (${at.file}:${at.line}), not used`
          : `Sub-processor ${subprocessor.id} is declared but discovery found no trace of ${key} in the code`,
        evidence: at ? [at] : [],
        ...pointerAt(map, `subprocessors/${subprocessor.id}`),
      });
    }
  }
  for (const component of map.components) {
    if (!component.provider || !findProvider(component.provider)) continue;
    // Our own product's parts are traced by its own findings (search_with_lepton, mapped as Lepton AI: its LLM, KV and
    // search API "not found in the code" beside 3 proofs of leptonai).
    if (!traced(component.provider)) {
      const dismissed = dismissedAt(component.provider);
      const at = dismissed ?? mentionedAt(component.provider);
      drift.push({
        severity: 'info',
        kind: 'component-not-found',
        provider: component.provider,
        message: dismissed
          ? `Component ${component.id} names provider ${component.provider}; ${dismissedWords(dismissed)}`
          : at
            ? `Component ${component.id} names provider ${component.provider}, which discovery found only mentioned in the code (${at.file}:${at.line}), not used`
            : `Component ${component.id} names provider ${component.provider}, which discovery did not find in the code`,
        evidence: at ? [at] : [],
        ...pointerAt(map, `components/${component.id}/provider`),
      });
    }
  }
  // How the stores' SQL migrations keep rows apart, proposed with the store they belong to or set against its tenancy.
  // A report written by hand or by an older version may hold no tables.
  drift.push(...tenancyFromMigrations(map, report.tables ?? [], report.facts ?? [], findings, drift));
  return drift.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0) ||
      (a.kind < b.kind ? -1 : 1),
  );
}
