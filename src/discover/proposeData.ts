import {
  type ComponentKind,
  CUSTOMER_CATEGORIES,
  PROMPT_CATEGORIES,
  RETRIEVAL_KINDS,
  STORE_KINDS,
} from '../core/vocabulary.js';
import { joinList } from '../core/words.js';
import { mapIdFor, type SystemMap } from '../map/index.js';
import { deploysApps, findProvider, PROVIDERS } from './catalog/index.js';
import type { ProviderEntry } from './catalog/types.js';
import type { DriftItem } from './drift.js';
import { isLocalStore } from './localStores.js';
import { CLOUD_BESIDE_SERVER_DETAIL } from './merge.js';
import { retrievedSources, sourcesInWords, type WebRetrieval, webRetrieval } from './retrievedContent.js';
import { GUARDED_IMPORT_DETAIL } from './scan/guardedImports.js';
import { USERS_RUN_FACT } from './scan/usersRun.js';
import { settingsOwner } from './signals/configDefaults.js';
import { CONNECTION_FIELD_DETAIL } from './signals/connectionFields.js';
import { CONNECTOR_INSTANCE_DETAIL } from './signals/connectorClients.js';
import { KEYED_CATEGORIES, keyOwner } from './signals/customerKey.js';
import { DATABASE_CHOICE_DETAIL } from './signals/databaseChoices.js';
import { OPENAI_FILES_KEPT, RECORDS_PROMPTS } from './signals/factRules.js';
import { DEFAULTED_KEY_DETAIL } from './signals/lineSignals.js';
import { PRISMA_CHATS_DETAIL } from './signals/prisma.js';
import { PROVIDER_TYPE_DETAIL } from './signals/providerTypes.js';
import { SEMANTIC_CACHE } from './signals/semanticCache.js';
import { notOurSignIn, signInProposal } from './signals/signIn.js';
import { WEB_SESSION_DETAIL } from './signals/webSessions.js';
import type { ConfigFact, DiscoveryEvidence, Finding } from './types.js';

/** One entry `--write` adds, with the comment a reviewer reads above it. */
export interface MapAddition {
  section: 'dataClasses' | 'components' | 'subprocessors' | 'flows';
  entry: Record<string, unknown> & { id: string };
  comment: string;
}

/**
 * What the code shows a provider receives. `documents` and `embeddings` are what the app retrieves, and their vectors:
 * customers' documents, public web pages, or both, as the code shows (`retrievedSources`); `files` are files users
 * upload, which a file store keeps and a parser reads, customers' documents whatever retrieval reads.
 */
type DataRole =
  | 'prompts'
  | 'outputs'
  | 'documents'
  | 'embeddings'
  | 'files'
  | 'accounts'
  | 'usage'
  | 'errors';

/** The classes proposed: customers' documents and their embeddings, and public web pages and theirs, apart. */
type ClassRole = Exclude<DataRole, 'files'> | 'pages' | 'pageEmbeddings';

const CLASS_TEMPLATES: Record<ClassRole, Record<string, unknown> & { id: string }> = {
  prompts: { id: 'prompts', name: 'User prompts', category: 'prompts', tenantScoped: true },
  outputs: { id: 'model-outputs', name: 'Model outputs', category: 'model-outputs', tenantScoped: true },
  documents: {
    id: 'customer-documents',
    name: 'Customer documents',
    category: 'customer-content',
    tenantScoped: true,
  },
  embeddings: {
    id: 'document-embeddings',
    name: 'Document embeddings',
    category: 'embeddings',
    tenantScoped: true,
    derivedFrom: ['customer-documents'],
  },
  // Pages of the public web the app reads and retrieves from (llm-answer-engine's search results scraped into an
  // in-memory vector store): no customer's content, so neither customer data nor kept apart per tenant. `internal`
  // with `sensitivity: public`, as a company's own public filings are (sec-insights).
  pages: {
    id: 'web-pages',
    name: 'Public web pages',
    category: 'internal',
    sensitivity: 'public',
    tenantScoped: false,
  },
  // Their vectors: embeddings derived only from a class that is not the customer's are not customer data.
  pageEmbeddings: {
    id: 'web-page-embeddings',
    name: 'Web page embeddings',
    category: 'embeddings',
    tenantScoped: false,
    derivedFrom: ['web-pages'],
  },
  // Who the users are (names, email addresses): what an email, payments or CRM service receives (LibreChat's account
  // emails through Mailgun, Onyx's sign-ups to HubSpot).
  accounts: { id: 'user-accounts', name: 'User accounts', category: 'personal-data', tenantScoped: true },
  // What users do in the product: what a product analytics service receives (AnythingLLM's and Onyx's PostHog).
  usage: { id: 'usage-events', name: 'Usage events', category: 'telemetry', tenantScoped: false },
  // What an error tracker receives: stack traces with the request that failed (R2R's Sentry, every error and trace).
  errors: {
    id: 'error-reports',
    name: 'Error reports',
    category: 'telemetry',
    tenantScoped: false,
    sensitivity: 'confidential',
  },
};

const CATEGORY_OF: Record<ClassRole, string> = {
  prompts: 'prompts',
  outputs: 'model-outputs',
  documents: 'customer-content',
  embeddings: 'embeddings',
  pages: 'internal',
  pageEmbeddings: 'embeddings',
  accounts: 'personal-data',
  usage: 'telemetry',
  errors: 'telemetry',
};

/** What the code shows reaching a provider, by what the provider is; `sends` from discovery wins when present. */
function rolesFor(finding: Finding): DataRole[] {
  const sends = (finding as { sends?: string[] }).sends;
  if (sends?.length) {
    const roles = new Set<DataRole>();
    for (const item of sends) {
      if (item === 'prompts') roles.add('prompts');
      else if (item === 'outputs') roles.add('outputs');
      else if (item === 'documents') roles.add('documents');
      else if (item === 'files') roles.add('files');
      else if (item === 'embeddings') roles.add('embeddings');
    }
    // A model that answers prompts receives them, whatever else one of its clients is shown sending: a client made to
    // embed says what is embedded, not all the model is sent (refly: seven chat models proposed as sent documents only,
    // from their list's `categories: ['llm', 'embedding']`). Used only to embed, it is `embedsOnly`, read before; a
    // recording sent to transcribe (`files`) is no prompt.
    // A reranker is sent the query with the passages, and answers none.
    if (answersPrompts(finding) && (roles.has('documents') || roles.has('embeddings')) && !roles.has('files'))
      if (reranks(finding)) roles.add('prompts');
      else roles.add('prompts').add('outputs');
    if (roles.size) return [...roles];
  }
  // What a user asks becomes the search query; the pages found come back, no model output.
  if (SEARCHERS.has(finding.provider)) return ['prompts'];
  // A reranker orders the passages found for the query: it receives both, and writes no answer.
  if (reranks(finding)) return ['prompts', 'documents'];
  const receivesPrompts = finding.receivesPrompts ?? findProvider(finding.provider)?.receivesPrompts;
  // An object store keeps the files users upload (R2R's S3 and MinIO, vercel/ai-chatbot's Vercel Blob: proposed with
  // no data).
  if (findProvider(finding.provider)?.serves === 'files') return ['files'];
  // A code sandbox runs the code a model wrote (Phoenix's and RAGFlow's E2B and Daytona, proposed as model providers
  // receiving prompts and answering them).
  if (servesOf(finding) === 'code') return ['outputs'];
  // A text analysis API labels what it is sent, the user's text, and answers nothing the app shows as a model's.
  if (findProvider(finding.provider)?.serves === 'analysis') return ['prompts'];
  switch (finding.category) {
    case 'vector-store':
      return ['embeddings', 'documents'];
    case 'embedding-api':
      return ['documents'];
    case 'llm-api':
    case 'llm-gateway':
    case 'inference-runtime':
      return ['prompts', 'outputs'];
    // What a user asks becomes the search query.
    case 'web-search':
      return ['prompts'];
    // Recipients and messages, customers and payments, contacts: who the users are.
    case 'messaging':
    case 'payments':
    case 'crm':
    case 'identity':
      return ['accounts'];
    case 'product-analytics':
      return findProvider(finding.provider)?.serves === 'errors' ? ['errors'] : ['usage'];
    default:
      return receivesPrompts || finding.ai ? ['prompts', 'outputs'] : [];
  }
}

/** The purpose of what a service is sent, where the catalog says what it serves beyond its category. */
const SERVES_PURPOSE: Partial<Record<string, string>> = {
  errors: 'logging',
  files: 'storage',
  code: 'code-execution',
};

const PURPOSE: Partial<Record<string, string>> = {
  datastore: 'storage',
  'vector-store': 'retrieval',
  'embedding-api': 'embedding',
  'llm-observability': 'logging',
  'product-analytics': 'analytics',
  'web-search': 'retrieval',
};

/**
 * What a provider is to the app, for telling alternatives apart: an app that supports several model APIs, vector
 * stores or search APIs sends each request to the one configured, not to all of them.
 */
const ALTERNATIVE_ROLE: Partial<Record<string, string>> = {
  'llm-api': 'model provider',
  'llm-gateway': 'model provider',
  'inference-runtime': 'model provider',
  'embedding-api': 'embedding provider',
  'vector-store': 'vector store',
  'web-search': 'search provider',
  'llm-observability': 'tracing service',
};

/**
 * The role a provider plays among alternatives, if any. A gateway run in the app (LiteLLM as a library or a proxy of
 * ours) is not one of the model providers but the way to all of them (SurfSense): every request passes through it.
 */
/** A path named for a sandbox (`tool_sandbox/`, `modal_sandbox_v2.py`, `sandbox/`). */
const SANDBOX_PATH = /sandbox/i;

/**
 * What a provider serves in this app: the catalog's word, or `code` for a compute platform that also runs sandboxes
 * (`sandboxes`) where most of its production proofs sit in sandbox code (letta: 7 of Modal's 9 in `tool_sandbox/` and
 * `sandbox/`, proposed as one of 24 model providers receiving prompts and retrieved passages).
 */
function servesOf(finding: Finding): ProviderEntry['serves'] {
  const entry = findProvider(finding.provider);
  if (!entry?.sandboxes) return entry?.serves;
  const uses = usesOf(finding);
  const inSandbox = uses.filter((proof) => SANDBOX_PATH.test(proof.file)).length;
  return uses.length > 0 && inSandbox * 2 >= uses.length ? 'code' : entry.serves;
}

/** A client's base URL written in the code (`baseURL: "https://…"`, `base_url="https://…"`), not chosen on the line. */
const WRITTEN_BASE_URL = /\b(?:base_?url|api_?base|base_?path)["']?\s*[=:]\s*["'`]https?:\/\//i;
/** A line that chooses its value (`cond ? "…" : …`, `"…" if cond else …`, `a || b`, `a ?? b`). */
const CHOSEN_ON_LINE = /\?[^:?]*:|\bif\b[^\n]*\belse\b|\|\||\?\?/;

/**
 * Whether the code routes its requests through the provider by a base URL it writes itself (turboseek's
 * `baseURL: "https://together.helicone.ai/v1"`): a proxy every request passes, not one a deployment switches on.
 */
function hardRoute(finding: Finding): boolean {
  return usesOf(finding).some(
    (proof) =>
      proof.signal === 'api-host' &&
      (proof.proofClass ?? 'code') === 'code' &&
      WRITTEN_BASE_URL.test(proof.snippet ?? '') &&
      !CHOSEN_ON_LINE.test((proof.snippet ?? '').replace(/https?:\/\//g, '')),
  );
}

function alternativeRole(finding: Finding): string | undefined {
  if (reranks(finding)) return 'reranker';
  if (embedsOnly(finding)) return 'embedding provider';
  if (SPEECH.has(finding.provider)) return 'speech provider';
  if (SEARCHERS.has(finding.provider)) return 'search provider';
  // A plugin's service is switched on with the other plugins the operator lists, not chosen instead of them
  // (chatgpt-telegram-bot's `PLUGINS=wolfram,ddg_web_search,spotify`, proposed as "one of 3 search providers").
  if (pluginModule(finding)) return undefined;
  // A `web-search` API that searches no web (Spotify's catalog, Wolfram|Alpha's computations) is no search provider.
  if (finding.category === 'web-search') return undefined;
  if (finding.category === 'llm-gateway' && finding.hosting === 'self-hosted') return undefined;
  if (findProvider(finding.provider)?.serves === 'files') return 'file store';
  if (servesOf(finding) === 'code') return 'code sandbox';
  if (findProvider(finding.provider)?.serves === 'models') return 'model provider';
  return ALTERNATIVE_ROLE[finding.category];
}

/** A folder of plugins, one module each, which an operator switches on by name. */
const PLUGIN_FOLDER = /(?:^|\/)plugins?\//i;

/**
 * The plugin module a finding is reached through, where every proof of its use in production code lies in a plugins
 * folder; undefined otherwise.
 * @example pluginModule(finding) // 'bot/plugins/spotify.py'
 */
function pluginModule(finding: Finding): string | undefined {
  const uses = usesOf(finding);
  return uses.length > 0 && uses.every((proof) => PLUGIN_FOLDER.test(proof.file)) ? uses[0]!.file : undefined;
}

/**
 * How many of a role found at once make them alternatives: `ALTERNATIVES_FROM`, but two file stores already, where
 * an app keeps uploads in one backend of several it supports (LibreChat: S3, Azure Blob and Firebase, local disk by
 * default, each proposed as always receiving files).
 */
function alternativesFrom(role: string): number {
  return role === 'file store' || role === 'code sandbox' ? 2 : ALTERNATIVES_FROM;
}

/**
 * Providers of one role found at once, from which they are read as alternatives the app is configured to choose
 * among. Two are often a split of work (chat with one vendor, embeddings with another: the onboarding fixture's
 * OpenAI and Cohere); the apps reviewed that support a choice name many (anything-llm 25 model APIs, RAGFlow 62
 * vendors, gpt-researcher 30, LibreChat 10).
 */
export const ALTERNATIVES_FROM = 3;

/** Roles an operator who chooses the model provider chooses too: optional where the model provider is. */
const SERVICES_CHOSEN_ALONGSIDE: ReadonlySet<string> = new Set([
  'embedding provider',
  'speech provider',
  'search provider',
]);

/**
 * Document parsing services: the app sends them whole uploaded files to turn into text (Verba's Unstructured,
 * kotaemon's Adobe PDF Services), not prompts for answers.
 */
const PARSERS = new Set([
  'unstructured-api',
  'adobe-pdf-services',
  'aws-textract',
  'google-document-ai',
  'llamacloud',
  // Datalab's hosted Marker API (refly's PDF parser).
  'datalab',
]);

/** The catalog's speech services (`serves: speech`): no retrieved passages, their own role among alternatives. */
export const SPEECH: ReadonlySet<string> = new Set(
  PROVIDERS.filter((entry) => entry.serves === 'speech').map((entry) => entry.id),
);

/**
 * The catalog's search, crawl and scraping APIs of the public web (`serves: search`): those built for agents (category
 * `ml-platform`, being AI services) and the classic `web-search` APIs, proposed alike with prompts only, for retrieval,
 * among the search providers. Not a `web-search` API that searches a catalog (Spotify) or computes (Wolfram|Alpha).
 */
export const SEARCHERS: ReadonlySet<string> = new Set(
  PROVIDERS.filter((entry) => entry.serves === 'search').map((entry) => entry.id),
);

/** Services that receive who the users are, with no flow purpose of their own. */
const ACCOUNT_SERVICES: ReadonlySet<string> = new Set(['messaging', 'payments', 'crm', 'identity']);

/**
 * Whether the code uses a model API only to rerank search results: every use in production code names a reranker
 * (`CohereRerank`, `JinaRerank`, `co.rerank(`, `/v1/rerank`, a `reranker/` module). quivr's and LibreChat's Cohere
 * and Jina were proposed as model providers receiving outputs, or as embedding vendors; they receive the query and
 * the passages found, for retrieval.
 */
function reranks(finding: Finding): boolean {
  const uses = usesOf(finding);
  return uses.length > 0 && uses.every((proof) => /rerank/i.test(`${proof.file} ${proof.snippet}`));
}

/** A finding's proofs of use in production code or configuration, not its manifest entries. */
function usesOf(finding: Finding): DiscoveryEvidence[] {
  return finding.evidence.filter(
    (proof) => STRONG.has((proof as { proofClass?: string }).proofClass) && proof.signal !== 'manifest',
  );
}

/**
 * Where the code also embeds text with a model API it calls for answers, if it does: an embedding model named (`text-embedding-
 * 3-small`, `embed-english-v3.0`) or an embeddings call (`embeddings.create`, `embed_documents`, `embedQuery`) among
 * its proofs in production code. Chatbot UI and R2R send documents and questions to OpenAI for embeddings as well as
 * for answers, and only the inference flow was proposed.
 */
function embeddingProof(finding: Finding): DiscoveryEvidence | undefined {
  return (
    defaultFor(finding, /embed/i) ??
    usesOf(finding).find(
      (proof) =>
        !INSTRUMENTATION.test(proof.file) &&
        !listedModel(proof) &&
        (/\btext-embedding-|\bembed-(?:english|multilingual)|\bembeddings?\.create\b|\bembed_(?:documents|query)\b|\bembed(?:Documents|Query)\b|\bcreateEmbedding\b/.test(
          proof.snippet ?? '',
        ) ||
          inModule(proof, EMBEDDING_MODULE)),
    )
  );
}

/**
 * A model named as an item of a list and nothing else (`'text-embedding-3-large',`): the models a provider offers,
 * not one the code calls (AFFiNE's `availableModels` in `plugins/copilot/providers/openai.ts:48`, proposed as an
 * embedding flow of customer documents, though no code asks it for embeddings).
 */
const listedModel = (proof: DiscoveryEvidence) =>
  proof.signal === 'model-id' && /^\s*["'`][\w./:-]+["'`]\s*,?\s*$/.test(proof.snippet ?? '');

/**
 * Whether a model API is used only to embed: every proof of use in production code is an embeddings call or class, or
 * lies in an embedding module (dialoqbase imports only `CohereEmbeddings`, and Cohere was proposed as answering prompts).
 * It receives the documents indexed and the questions searched with, for embedding, not prompts to answer.
 */
function embedsOnly(finding: Finding): boolean {
  if (!answersPrompts(finding)) return false;
  // What the code calls: a key or a setting says nothing of which of the vendor's APIs it reaches.
  const uses = usesOf(finding).filter((proof) => CALLS.has(proof.signal));
  if (uses.length === 0) return false;
  const embeds = (proof: DiscoveryEvidence) =>
    /embed/i.test(proof.snippet ?? '') || inModule(proof, EMBEDDING_MODULE);
  // An import in a file whose every model named is an embedding model (vector-admin's `require("openai")` beside two
  // `createEmbedding` calls with `text-embedding-ada-002`, proposed as answering prompts): the file is an embedder.
  const embeddingFile = (file: string) => {
    const named = uses.filter((proof) => proof.file === file && proof.signal === 'model-id');
    return named.length > 0 && named.every(embeds);
  };
  if (uses.every((proof) => embeds(proof) || (proof.signal === 'import' && embeddingFile(proof.file))))
    return true;
  // A library run in our process that loads a sentence embedding model and never one that writes text (Onyx's model
  // server: SentenceTransformer, a CrossEncoder reranker and tokenizers, proposed as an optional model answering
  // prompts while it embeds every document).
  return (
    findProvider(finding.provider)?.inProcess === true &&
    uses.some((proof) => SENTENCE_EMBEDDER.test(proof.snippet ?? '')) &&
    !uses.some((proof) => WRITES_TEXT.test(proof.snippet ?? ''))
  );
}

/** A sentence embedding model's class (sentence-transformers, Transformers.js's feature extraction). */
const SENTENCE_EMBEDDER = /\bSentenceTransformer\b|feature-extraction/;
/** A model that writes text: a causal or sequence-to-sequence language model, a generation pipeline, `generate`. */
const WRITES_TEXT =
  /ForCausalLM|Seq2SeqLM|text-generation|text2text-generation|\.generate\(|\bpipeline\(\s*["'](?:text|conversational|summari)/;

const CALLS: ReadonlySet<string> = new Set(['import', 'api-call', 'api-host', 'model-id']);

/** A proof in a rerank module of the provider's adapter (`impl/ollama_model_provider/model/reranker.py`). */
function rerankProof(finding: Finding): DiscoveryEvidence | undefined {
  return defaultFor(finding, /re-?rank/i) ?? usesOf(finding).find((proof) => inModule(proof, RERANK_MODULE));
}

/** The name of the setting a default choice's proof gives (`embed_model` in `… for Config.embed_model`). */
const settingOf = (proof: DiscoveryEvidence) =>
  settingsOwner(proof.detail) ? /\.(\w+)$/.exec(proof.detail!)?.[1] : undefined;

/**
 * The default choice of `finding` for a setting whose name says `task` (Yuxi-Know's `embed_model` and `reranker`,
 * `siliconflow-cn:Pro/BAAI/bge-m3` by default, `config/app.py:59-66`): the app embeds or reranks with it by default, and
 * neither flow was proposed.
 */
const defaultFor = (finding: Finding, task: RegExp) =>
  finding.defaultChoice?.find((proof) => task.test(settingOf(proof) ?? ''));

/**
 * Whether a proof lies in a module named for what it does, other than a model name: a name in a schema's examples
 * (TaskingAI's `examples=["openai/gpt-4"]` in `routes/rerank/schema.py`) is no call to the provider from there.
 */
const inModule = (proof: DiscoveryEvidence, module: RegExp) =>
  proof.signal !== 'model-id' && module.test(proof.file);

/** A file of a module named for what it does: `model/embedding.py`, `embeddings/cohere.ts`, `text_embedding_service.py`. */
const moduleNamed = (words: string) =>
  new RegExp(String.raw`(?:^|/)(?:[\w-]*[_-])?(?:${words})(?:[_-][\w-]*)?(?:/|\.[a-z]+$)`, 'i');
/**
 * A module of a provider adapter that embeds (`impl/aliyun_model_provider/model/embedding.py`): MaxKB's thirteen
 * providers with an embedding module got no embedding flow, only OpenAI, whose call names one. Likewise rerank.
 */
const EMBEDDING_MODULE = moduleNamed('embed(?:ding|dings|der|ders)?');
const RERANK_MODULE = moduleNamed('re-?rank(?:er|ers|ing)?');

/**
 * Code that reads documents: OCR, a parser, document intelligence (R2R's `providers/ocr/mistral.py`, SurfSense's
 * `etl_pipeline/parsers/azure_doc_intelligence.py` importing `azure.ai.documentintelligence`).
 */
const READS_DOCUMENTS =
  /(?:^|[/_.\s-])(?:ocr|parsers?|document_?intelligence|doc_intelligence|form_?recognizer)(?:$|[/_.\s(-])/i;

/**
 * Whether the code uses a model API only to read documents: every use in production code is in OCR or parsing code
 * (R2R's `providers/ocr/mistral.py` uploads each PDF to Mistral's OCR; SurfSense's Azure Document Intelligence, once
 * proposed as receiving prompts for inference). Like a parser, it receives the files to ingest, not prompts for
 * answers.
 */
function readsDocumentsOnly(finding: Finding): boolean {
  const uses = usesOf(finding);
  return uses.length > 0 && uses.every((proof) => READS_DOCUMENTS.test(`${proof.file} ${proof.snippet}`));
}

/** Code that turns text into speech: the answer read aloud, a podcast script spoken (open-notebook's ElevenLabs). */
const SPEAKS =
  /(?<![a-z])(?:tts|text_?to_?speech|texttospeech|synthesi[sz]e|speak|podcast|narrat\w*|voice_?over)(?![a-z])/i;
/** Code that turns speech into text: the user's spoken question, or an uploaded recording (open-notebook's Deepgram). */
const LISTENS = /(?<![a-z])(?:stt|speech_?to_?text|speechtotext|transcri\w*|whisper|asr|dictation)(?![a-z])/i;
/** Where a recording is read as a document to ingest rather than heard as a question. */
const INGESTS =
  /(?<![a-z])(?:ingest\w*|uploads?|sources?|documents?|loaders?|etl|content_?core|extract\w*|parsers?)(?![a-z])/i;

/**
 * What a speech service receives, read from where the code calls it: text-to-speech only the answers it reads aloud
 * (model outputs), speech-to-text the user's spoken prompt, or an uploaded recording to ingest where every call lies
 * in ingestion code (open-notebook's Deepgram transcribes uploaded audio and its ElevenLabs speaks podcast scripts; both
 * were proposed as receiving prompts and outputs). Both, or neither read, stays prompts and outputs.
 */
function speechUse(finding: Finding): { roles: DataRole[]; purpose: string } | undefined {
  const uses = usesOf(finding).map((proof) => `${proof.file} ${proof.snippet ?? ''}`);
  const oneWay = findProvider(finding.provider)?.speech;
  let speaks = uses.some((use) => SPEAKS.test(use));
  let listens = uses.some((use) => LISTENS.test(use));
  // The code's words say nothing: a service that works one way only (Kokoro speaks, AssemblyAI listens) says it.
  if (speaks === listens && oneWay) [speaks, listens] = [oneWay === 'speaks', oneWay === 'listens'];
  if (speaks === listens) return undefined;
  if (speaks) return { roles: ['outputs'], purpose: 'inference' };
  const hearing = uses.filter((use) => LISTENS.test(use));
  return hearing.length > 0 && hearing.every((use) => INGESTS.test(use))
    ? { roles: ['files'], purpose: 'ingestion' }
    : { roles: ['prompts'], purpose: 'inference' };
}

/**
 * A LangGraph checkpointer on a store (`AsyncPostgresSaver`, `langgraph-checkpoint-postgres`, `SqliteSaver`,
 * `RedisSaver`, `MongoDBSaver`): the store keeps each agent thread's whole state, the user's prompts, what tools and
 * retrieval returned, and the answers (SurfSense's PostgreSQL, cited only as PostgreSQL being used, kept every
 * conversation after its thread was deleted).
 */
const CHECKPOINTER =
  /\b(?:Async)?(?:Postgres|Sqlite|Redis|MongoDB|Mongo)Saver\b|langgraph[-_.]checkpoint[-_.](?:postgres|sqlite|redis|mongodb)/;

/** Where a store is a LangGraph checkpointer, if it is: the proof. */
function checkpointerProof(finding: Finding): DiscoveryEvidence | undefined {
  if (finding.category !== 'datastore') return undefined;
  return finding.evidence.find((proof) => CHECKPOINTER.test(proof.snippet ?? ''));
}

/**
 * Where a database's ORM schema keeps conversations, if it does (`PRISMA_CHATS_DETAIL`: llamacoder's `Chat` and `Message`
 * models, every prompt and the code generated for it, proposed as Neon with no data): the proof.
 */
function conversationsProof(finding: Finding): DiscoveryEvidence | undefined {
  if (finding.category !== 'datastore') return undefined;
  return finding.evidence.find((proof) => proof.detail === PRISMA_CHATS_DETAIL);
}

/**
 * The id proposed for Supabase where the code keeps its vectors there: pgvector found through Supabase's vector store
 * (`SupabaseVectorStore`, a `supabase` vector module) beside Supabase itself.
 */
function hostedVectors(drift: readonly DriftItem[]): string | undefined {
  const vectors = drift.find((item) => item.proposal && item.finding?.provider === 'pgvector')?.finding;
  const host = drift.find(
    (item) => item.proposal?.section === 'subprocessors' && item.finding?.provider === 'supabase',
  );
  if (!vectors || !host) return undefined;
  return usesOf(vectors).some((proof) => /supabase/i.test(`${proof.file} ${proof.snippet ?? ''}`))
    ? String(host.proposal!.entry.id)
    : undefined;
}

/** Categories whose calls are a model answering a prompt: in an app that retrieves, the prompt carries passages. */
const ANSWERING = new Set(['llm-api', 'llm-gateway', 'inference-runtime']);

/**
 * Whether a provider's calls are a model answering a prompt: its category's, or a platform serving models
 * (`serves: models`: Vertex AI, SageMaker, Azure Machine Learning), which the same model picker selects (open-notebook,
 * gpt-researcher: Vertex AI proposed under no condition beside 15 conditional model APIs).
 */
function answersPrompts(finding: Pick<Finding, 'category' | 'provider'>): boolean {
  return ANSWERING.has(finding.category) || findProvider(finding.provider)?.serves === 'models';
}

const STRONG = new Set(['code', 'config', 'infrastructure', undefined]);

/**
 * Whether every proof of a finding lies in a connector folder or file (`connectors/hubspot/connector.py`,
 * `SQLConnectors/MySQL.js`, `elasticsearch_connector.py`): Onyx's HubSpot, Salesforce and Zendesk are read from the customer's own accounts, and
 * AnythingLLM's SQL agent reads the customer's own database; not services or stores we send data to.
 */
function onlyInConnectors(finding: Finding): boolean {
  // A connector folder, or a file named as one (SurfSense's `connectors/elasticsearch_connector.py` reads the
  // customer's own cluster); and a key field of a connection's parameters (WrenAI's `AthenaConnectionInfo` beside
  // `connector/athena.py`), which is what each customer gives to connect.
  // And a file that builds its client from one connector instance's configuration (pipeshub-ai's
  // `sources/client/zendesk/zendesk.py`), known by any of its proofs (`CONNECTOR_INSTANCE_DETAIL`).
  const proofs = codeProofs(finding);
  const clients = new Set(
    proofs.filter((proof) => proof.detail?.includes(CONNECTOR_INSTANCE_DETAIL)).map((proof) => proof.file),
  );
  return (
    proofs.length > 0 &&
    proofs.every(
      (proof) =>
        CONNECTOR_FILE.test(proof.file.replace(/\\/g, '/')) ||
        clients.has(proof.file) ||
        proof.detail?.startsWith(CONNECTION_FIELD_DETAIL) === true,
    )
  );
}

/**
 * Where a vendor's cloud is known only by its key beside the vendor's own server the repository runs
 * (`CLOUD_BESIDE_SERVER_DETAIL`): the key, where it is read, and the server with its image's place.
 */
function cloudBesideServer(
  finding: Finding,
): { key: string; proof: DiscoveryEvidence; server: string; image: string } | undefined {
  const proof = finding.evidence.find((item) => item.detail?.startsWith(CLOUD_BESIDE_SERVER_DETAIL));
  const said = proof && /\((.{1,200}), ([^,()\s]{1,300}:\d{1,9})\)$/.exec(proof.detail!);
  const key =
    proof && findProvider(finding.provider)?.signals.env?.find((name) => proof.snippet.includes(name));
  return proof && said && key ? { key, proof, server: said[1]!, image: said[2]! } : undefined;
}

/** Where a finding's key fields of a connection's parameters are, as an aside (` and AthenaConnectionInfo (a.py:85)`). */
function connectionFields(finding: Finding): string {
  const field = codeProofs(finding).find((proof) => proof.detail?.startsWith(CONNECTION_FIELD_DETAIL));
  const owner = field && /\((\w+)\)$/.exec(field.detail!)?.[1];
  return field ? ` and the parameters of ${owner ?? 'a connection'} (${field.file}:${field.line})` : '';
}

/** A connector folder (`connectors/hubspot/`, `SQLConnectors/`) or a file named as one (`elasticsearch_connector.py`). */
// A data-source folder too (Briefer's `apps/api/src/datasources/athena.ts`, `mysql.ts`, … one module per kind of database
// a customer connects; DataAgent's `service/datasource/`).
const CONNECTOR_FILE =
  /(^|\/)[\w-]*connectors?\/|(^|\/)[\w-]+[_-]connector\.[a-z]+$|(^|\/)data[-_]?sources?\//i;

/**
 * Whether every code proof of a finding lies in an integration folder, where a workflow builder or an agent platform
 * keeps one module per service its customers connect (sim's `tools/hubspot/`, `blocks/blocks/sendgrid.ts`): with many
 * such services, an integration catalogue (`INTEGRATION_CATALOGUE`), each reached with the customer's own account.
 */
function onlyInIntegrations(finding: Finding): boolean {
  // Not a service whose key the server reads from its own environment: that is the operator's account, whatever the
  // folder is called (docmost: OpenAI, Stripe, Gemini and turbopuffer, read by `integrations/environment/`, proposed as
  // each customer's own account, Stripe billing docmost's own customers among them).
  if (codeProofs(finding).some((proof) => proof.signal === 'env-var')) return false;
  return onlyIn(
    finding,
    /(^|\/)(?:tools?|blocks?|integrations?|nodes|pieces|connectors?|instrumentations?|instrumentors?)\//i,
  );
}

/**
 * Whether a finding is each customer's own source, by its code alone: found only in connector or data-source code, or
 * only as one of several database kinds to choose (WrenAI's warehouses, Dataherald's connection form). What the trust
 * center leaves off its list of stores found in the code and under review.
 * @example customersOwnSource(finding) // true for a MySQL named only in `connectors/mysql.py`
 */
export function customersOwnSource(finding: Finding): boolean {
  return onlyInConnectors(finding) || onlyAsChoice(finding);
}

/** Whether the code names a store only as one of several database kinds to choose (`DATABASE_CHOICE_DETAIL`). */
function onlyAsChoice(finding: Finding): boolean {
  const proofs = codeProofs(finding);
  return proofs.length > 0 && proofs.every((proof) => proof.detail?.startsWith(DATABASE_CHOICE_DETAIL));
}

/**
 * Whether the code reaches a vendor only at a consumer chat app's address from a browser extension
 * (`WEB_SESSION_DETAIL`), its provider type's `case` labels and model names aside: the user's own signed-in session.
 */
function webSessionOnly(finding: Finding): boolean {
  const proofs = codeProofs(finding).filter(
    (proof) => proof.signal !== 'model-id' && !proof.detail?.startsWith(PROVIDER_TYPE_DETAIL),
  );
  return proofs.length > 0 && proofs.every((proof) => proof.detail?.includes(WEB_SESSION_DETAIL));
}

/** Whether the code's only proofs of a finding are adapter files of ours named for it (`providers/qdrant/api.ts`). */
function adapterOnly(finding: Finding): boolean {
  const proofs = codeProofs(finding);
  return proofs.length > 0 && proofs.every((proof) => proof.signal === 'adapter');
}

/**
 * An observability SDK's `instrumentation/<vendor>/`: wrappers around each customer's own calls to the vendor, which
 * send it nothing of ours (openlit: AI21, ElevenLabs, Reka and Astra DB proposed as its sub-processors, receiving
 * customer documents, from the wrappers its customers' apps load).
 */
const INSTRUMENTATION = /(^|\/)(?:instrumentations?|instrumentors?)\//i;

/**
 * How many services found only in integration folders make those folders a catalogue of integrations each customer
 * connects (sim: 34 proposed as our sub-processors, Clerk, HubSpot and Salesforce among them), not an agent's few
 * tools called with our own keys (a web search tool beside the model API).
 */
const INTEGRATION_CATALOGUE = 5;

/**
 * The code's proofs of a finding: not its manifests or lockfiles, nor its tests (a connector's tests sit in a test
 * folder, WrenAI's `tests/unit/test_mysql_helpers.py` beside `connector/mysql.py`, and say nothing of where the app
 * calls it).
 */
function codeProofs(finding: Finding): DiscoveryEvidence[] {
  return finding.evidence.filter(
    (proof) =>
      proof.signal !== 'manifest' &&
      !proof.file.endsWith('.lock') &&
      STRONG.has((proof as { proofClass?: string }).proofClass),
  );
}

/** Whether every proof of use of `finding` is in code only a caught import reaches (`markGuardedStores`). */
function importGuarded(finding: Finding): boolean {
  const uses = usesOf(finding);
  return uses.length > 0 && uses.every((proof) => proof.detail?.includes(GUARDED_IMPORT_DETAIL));
}

function onlyIn(finding: Finding, folder: RegExp): boolean {
  const proofs = codeProofs(finding);
  return proofs.length > 0 && proofs.every((proof) => folder.test(proof.file.replace(/\\/g, '/')));
}

/** The code file that calls the provider: the first proof in production code (or any proof when unclassed). */
function callingFile(finding: Finding): DiscoveryEvidence | undefined {
  return (
    finding.evidence.find(
      (proof) => STRONG.has((proof as { proofClass?: string }).proofClass) && !proof.file.endsWith('.lock'),
    ) ?? finding.evidence[0]
  );
}

/**
 * A store proposed with nothing said of what it keeps (the app's own database: dialoqbase's PostgreSQL, Cheshire Cat's
 * SQLite): confirmed as it is, no answer names its data and the isolation check does not judge it.
 */
function keepsUnsaid(entry: Record<string, unknown>): boolean {
  const kind = entry.kind as ComponentKind;
  const classes = entry.dataClasses;
  return (
    STORE_KINDS.has(kind) && !RETRIEVAL_KINDS.has(kind) && !(Array.isArray(classes) && classes.length > 0)
  );
}

/** Where a fact was found, as `file:line`. */
const at = (fact: ConfigFact, index = 0) => `${fact.evidence[index]?.file}:${fact.evidence[index]?.line}`;

/**
 * The comment above a proposed data class: for public web pages, the code that shows them retrieved, and why customer
 * documents are proposed beside them or not (`beside`: the store reached elsewhere that holds them, if one does).
 */
function classComment(
  role: ClassRole,
  template: Record<string, unknown>,
  web: WebRetrieval | undefined,
  beside: string | undefined,
): string {
  const reach = ` proposed by trustmap discover: ${String(template.name).toLowerCase()} reach a provider in the code`;
  if (role === 'pageEmbeddings')
    return `${reach}: vectors of public web pages, not of customers' documents, so not customer data; confirm`;
  if (role !== 'pages' || !web) return `${reach}; set retention and deletion, then confirm`;
  const [first] = web.indexed;
  const customers = web.files
    ? `; code also takes files users upload or loads their documents (${at(web.files)}), so customer documents are proposed beside them`
    : beside
      ? `; ${beside} is proposed holding customer documents beside them`
      : "; no code takes files users upload: if customers' own documents are retrieved too, add a class for them";
  return `${reach}: the code reads web pages or search results (${at(first!)}) and embeds, indexes or reranks them (${at(first!, 1)}), public content, not customers' documents${customers}; confirm`;
}

/**
 * Turns drift proposals into map additions that carry data, so every check keeps its teeth right after
 * `--write`: a model API gets the calling component, a flow carrying prompts and outputs, and those data
 * classes; a vector store holds embeddings of the documents they come from; an observability vendor receives
 * prompts and completions. Everything added is `status: proposed`. Existing entries are reused, never changed.
 * Pure.
 * @example planAdditions(map, computeDrift(map, report))
 */
export function planAdditions(
  map: SystemMap,
  drift: readonly DriftItem[],
  facts: readonly ConfigFact[] = [],
): MapAddition[] {
  const additions: MapAddition[] = [];
  const taken = new Set(
    [...map.dataClasses, ...map.components, ...map.subprocessors, ...map.flows].map((entry) => entry.id),
  );
  // Where the code reads web pages and embeds them, and where it takes files users upload: what retrieval reads.
  const web = webRetrieval(facts);
  // The whole app is a program each user runs (`usersRunFact`), if the tree says so.
  const usersRun = facts.find((fact) => fact.kind === USERS_RUN_FACT);
  // A retrieval store the code reaches from no file that reads web pages, which holds customers' documents beside them.
  let beside: string | undefined;
  const classIds = new Map<ClassRole, string>();
  const isPublic = (id: string) => {
    const known = map.dataClasses.find((entry) => entry.id === id);
    return known !== undefined && !CUSTOMER_CATEGORIES.has(known.category);
  };
  // A class the map already has for a role, tenant-scoped first: web pages among its public classes, by name; each kind
  // of embeddings by what it is derived from (vectors of public pages are not those of customers' documents).
  const existingClass = (role: ClassRole) => {
    const fits = map.dataClasses.filter((entry) =>
      role === 'pages'
        ? entry.sensitivity === 'public' &&
          !CUSTOMER_CATEGORIES.has(entry.category) &&
          /\bweb\b/i.test(`${entry.id} ${entry.name}`)
        : entry.category === CATEGORY_OF[role] &&
          (role === 'pageEmbeddings'
            ? (entry.derivedFrom ?? []).includes(classFor('pages'))
            : role !== 'embeddings' || !(entry.derivedFrom?.length && entry.derivedFrom.every(isPublic))),
    );
    return fits.find((entry) => entry.tenantScoped) ?? fits[0];
  };
  const classFor = (role: ClassRole): string => {
    const known = classIds.get(role);
    if (known) return known;
    let id = existingClass(role)?.id;
    if (!id) {
      const template = CLASS_TEMPLATES[role];
      id = template.id;
      const entry: Record<string, unknown> & { id: string } = { ...template, status: 'proposed' };
      if (role === 'embeddings') entry.derivedFrom = [classFor('documents')];
      if (role === 'pageEmbeddings') entry.derivedFrom = [classFor('pages')];
      if (!taken.has(id)) {
        taken.add(id);
        additions.push({ section: 'dataClasses', entry, comment: classComment(role, template, web, beside) });
      }
    }
    classIds.set(role, id);
    return id;
  };
  // The application's folders: each top folder a provider is called from, or the whole tree (`.`) where a call sits
  // in a file at the top or the calls spread over more than three folders. Not the folder of most calls alone:
  // chat-langchain's `frontend/` held its sign-in and analytics, every model call was in `src/`; anthropic-quickstarts
  // is four apps side by side; lollms-webui's server is `app.py` beside `lollms/` and `web/`.
  // Code places it; a manifest or a Compose file at the top names what the tree runs, not where it is called from.
  const callers = new Set<string>();
  for (const item of drift) {
    if (!item.proposal || !item.finding) continue;
    for (const proof of item.finding.evidence) {
      if ((proof.proofClass ?? 'code') !== 'code') continue;
      const file = proof.file.replace(/\\/g, '/');
      callers.add(file.includes('/') ? file.split('/')[0]! : '.');
    }
  }
  const callersFolders = callers.has('.') || callers.size > 3 ? ['.'] : [...callers].sort();
  // The sign-in vendor found, if any (Auth0, Clerk): the app's users sign in through it, where the code that uses it is
  // the app's own and not a tool's login elsewhere (sim's Clerk workflow tool, cognee's CLI device login to Auth0).
  const identity = drift.find(
    (item) =>
      item.proposal &&
      item.finding?.category === 'identity' &&
      codeProofs(item.finding).some((proof) => !notOurSignIn(proof.file)),
  );
  const signsIn = identity?.finding && {
    name: identity.finding.name,
    id: identity.proposal!.entry.id,
    where: `${identity.evidence[0]?.file}:${identity.evidence[0]?.line}`,
  };
  const componentFor = (proof: DiscoveryEvidence | undefined): string => {
    const file = proof?.file.replace(/\\/g, '/') ?? '';
    const owner = map.components.find((component) =>
      (component.paths ?? []).some(
        (prefix) =>
          prefix === '.' ||
          prefix === './' ||
          file.startsWith(prefix.replace(/\/?$/, '/')) ||
          file === prefix,
      ),
    );
    if (owner) return owner.id;
    const top = callersFolders.length
      ? callersFolders
      : file.includes('/')
        ? [file.split('/')[0]!]
        : undefined;
    const id = 'app';
    if (!taken.has(id)) {
      taken.add(id);
      // How its users sign in, where the sign-in set-up in the code says (inbox-zero, karakeep, Onyx: none proposed).
      const signIn = signInProposal(facts);
      const userAuthentication = signIn && {
        ...signIn.userAuthentication,
        ...(signsIn ? { identityProvider: signsIn.id } : {}),
      };
      additions.push({
        section: 'components',
        entry: {
          id,
          status: 'proposed',
          name: 'Application',
          kind: 'service',
          ...(top ? { paths: top } : {}),
          ...(usersRun ? { hosting: 'customer-hosted' } : {}),
          ...(userAuthentication ? { userAuthentication } : {}),
        },
        comment: signIn
          ? ` proposed by trustmap discover: the code that calls the providers below; split it into your services. How users sign in, from the sign-in set-up in the code: ${signIn.proofs}${signsIn ? `; ${signsIn.name} signs them in (${signsIn.where})` : ''}${signIn.offered && !signsIn ? `; ${signIn.offered}: users choose among them, so none is proposed as the identity provider (\`identityProvider\`) or as a sub-processor: list those your deployment switches on` : ''}. Check the methods against what is switched on where you run it${signIn.userAuthentication.mfa ? '; one-time codes are set up, so `mfa: optional`: make it `required` if every user must use them' : ', and add `mfa` (required, optional or not-offered)'}`
          : ` proposed by trustmap discover: the code that calls the providers below; split it into your services, and say how each one's users sign in (\`userAuthentication\`: \`methods: [password, saml]\`, \`mfa\`; \`methods: [none]\` where anyone who reaches it may use it)${signsIn ? `: ${signsIn.name} signs them in (${signsIn.where}), so \`identityProvider: ${signsIn.id}\`` : ''}`,
      });
      // A program each user runs is run by them, not by us, wherever it calls providers from.
      if (usersRun)
        additions[additions.length - 1]!.comment +=
          `; ${usersRun.message}, so \`hosting: customer-hosted\`: make it \`self-hosted\` if you also run it as a service`;
    }
    return id;
  };

  // How many proposals of each role carry data: from `ALTERNATIVES_FROM` on, each flow is proposed under the
  // condition that the app is configured to use it, which the person confirming keeps or deletes.
  const ofRole = new Map<string, Set<string>>();
  // A vendor-hosted store is proposed twice, as the vendor (a sub-processor, whose terms are judged) and as the
  // index held there (a component, whose tenancy is): one place the data goes, so one flow, to the vendor, and the
  // component names it as the sub-processor that runs it.
  const runBy = new Map<string, string>();
  for (const subprocessor of map.subprocessors)
    if (subprocessor.provider && !runBy.has(subprocessor.provider))
      runBy.set(subprocessor.provider, subprocessor.id);
  // The one provider of a role the app's settings choose by default (`defaultChoice`), if exactly one: the others
  // are alternatives an operator configures, it is not (mem0, dialoqbase: OpenAI proposed "only when configured").
  // Counted for each use apart: a default embedding model chooses no model to answer (llm-answer-engine's config:
  // OpenAI's `embeddingsModel` beside Groq's `nonOllamaBaseURL` left no default model provider).
  const defaultsOfRole = new Map<string, Set<string>>();
  // The configuration a proof names says it too (`default="openai"` in mem0's `EmbedderConfig`).
  const useOf = (proof: DiscoveryEvidence) => {
    // With the setting's own name (Yuxi-Know's `Config.embed_model`, whose value names no embedding).
    const said = `${proof.snippet} ${settingsOwner(proof.detail) ?? ''} ${settingOf(proof) ?? ''}`;
    // A speech setting's default is no default model provider (anything-llm's `TTS_PROVIDER || "openai"` in
    // `server/utils/TextToSpeech/index.js:2`).
    return /embed/i.test(said)
      ? 'embed'
      : /rerank/i.test(said)
        ? 'rerank'
        : /\b(?:TTS|STT)_|text_?to_?speech|speech_?to_?text|whisper|transcri/i.test(said)
          ? 'speech'
          : '';
  };
  for (const item of drift) {
    if (!item.proposal || !item.finding) continue;
    if (item.proposal.section === 'subprocessors')
      runBy.set(item.finding.provider, String(item.proposal.entry.id));
    const role = alternativeRole(item.finding);
    if (role && rolesFor(item.finding).length > 0) {
      ofRole.set(role, (ofRole.get(role) ?? new Set()).add(item.finding.provider));
      for (const proof of item.finding.defaultChoice ?? []) {
        const key = `${role}:${useOf(proof)}`;
        defaultsOfRole.set(key, (defaultsOfRole.get(key) ?? new Set()).add(item.finding.provider));
      }
    }
  }
  // What embeds here: the embedding services, and the model APIs the code also embeds with (`embeddingProof`). Where
  // that is one service, the operator chooses no embedder, however many model providers answer prompts (reor: its
  // in-process Transformers.js embedder, proposed "when configured" beside three chat providers).
  const embedders = new Set(ofRole.get('embedding provider') ?? []);
  for (const item of drift)
    if (
      item.proposal &&
      item.finding &&
      answersPrompts(item.finding) &&
      !SPEECH.has(item.finding.provider) &&
      !embedsOnly(item.finding) &&
      embeddingProof(item.finding)
    )
      embedders.add(item.finding.provider);
  /** The providers production code calls by name for a task of its own (`Finding.pinned`). */
  const calledByName = new Set(
    drift.flatMap((item) => (item.finding?.pinned?.length ? [item.finding.provider] : [])),
  );
  /** The proof that `finding` is its role's default, for its main flow or for one of its side uses. */
  const defaultProof = (finding: Finding, role: string | undefined, use?: 'embed' | 'rerank') => {
    const chosen = role === undefined ? undefined : defaultsOfRole.get(`${role}:${use ?? ''}`);
    if (chosen?.size !== 1 || !chosen.has(finding.provider)) return undefined;
    return finding.defaultChoice?.find((proof) => useOf(proof) === (use ?? ''));
  };

  // Hosting platforms whose deployment files sit side by side: recipes for one service on any of them (cognee's
  // `distributed/deploy/` with fly.toml, railway.toml and render.yaml), which runs on one, not all. Files in separate
  // folders deploy separate apps (inbox-zero's web app on Vercel, its image proxy on Cloudflare Workers).
  const deployFolders = new Map<string, string[]>();
  for (const item of drift) {
    if (item.proposal?.section !== 'subprocessors' || !item.finding) continue;
    if (!deploysApps(findProvider(item.finding.provider))) continue;
    for (const proof of item.finding.evidence) {
      if (proof.signal !== 'deploy-file') continue;
      const folder = proof.file.replace(/[^/]*$/, '');
      const names = deployFolders.get(folder) ?? [];
      if (!names.includes(item.finding.name)) deployFolders.set(folder, [...names, item.finding.name]);
    }
  }
  // Services found only in integration folders: from `INTEGRATION_CATALOGUE` on, each customer's own account.
  const integrated = drift.flatMap((item) =>
    item.proposal?.section === 'subprocessors' && item.finding && onlyInIntegrations(item.finding)
      ? [item.finding.provider]
      : [],
  );
  // Where a CI workflow deploys the app (farfalle's API to Azure Container Apps): a platform known only by its
  // deployment file beside it may be a recipe for those who run their own copy (farfalle's render.yaml, a one-click
  // blueprint in its README).
  const deployedBy = drift.flatMap((item) => {
    const proof = item.finding?.evidence.find((evidence) => evidence.signal === 'deploy-action');
    return item.finding && proof ? [{ name: item.finding.name, provider: item.finding.provider, proof }] : [];
  });
  const deployedElsewhere = (finding: Finding) =>
    deployedBy.length > 0 &&
    !deployedBy.some((entry) => entry.provider === finding.provider) &&
    codeProofs(finding).every((proof) => proof.signal === 'deploy-file')
      ? deployedBy.filter((entry) => entry.provider !== finding.provider)
      : [];
  /** The hosting platforms deployed from the same folder as `finding`, itself among them, if more than one. */
  const sideBySide = (finding: Finding): string[] =>
    [...deployFolders.values()].find((names) => names.length > 1 && names.includes(finding.name)) ?? [];

  // pgvector reached through a database vendor's own vector store class (`SupabaseVectorStore`) is an index held at
  // that vendor: the vendor receives what it keeps (ai-pdf-chatbot: a self-hosted pgvector proposed beside a Supabase
  // holding nothing, while every page and embedding went to Supabase).
  const vectorHost = hostedVectors(drift);
  if (vectorHost) runBy.set('pgvector', vectorHost);

  // An app with a retrieval store puts passages of customer documents into its prompts (every generator of Verba
  // and kotaemon received them), so a model answering prompts receives documents too.
  // Not a vector store found only where customers connect their own (openlit's instrumentation of Qdrant and Astra DB
  // made every model flow carry "customer documents" of an app that retrieves nothing).
  // A vector store reached only from files that keep answers in a semantic cache keeps prompts and answers, and is no
  // retrieval store (llm-answer-engine's Upstash Vector under `@upstash/semantic-cache`).
  const caches = facts.filter((fact) => fact.kind === SEMANTIC_CACHE);
  const cacheOf = (finding: Finding) => {
    const proofs = codeProofs(finding);
    if (finding.category !== 'vector-store' || proofs.length === 0) return undefined;
    const found = proofs.map((proof) => caches.find((fact) => fact.evidence[0]?.file === proof.file));
    return found.every((fact) => fact !== undefined) ? found[0] : undefined;
  };
  const retrievalStores = drift.flatMap((item) =>
    item.proposal &&
    item.finding?.category === 'vector-store' &&
    !cacheOf(item.finding) &&
    !onlyInConnectors(item.finding) &&
    !adapterOnly(item.finding) &&
    !(integrated.length >= INTEGRATION_CATALOGUE && onlyInIntegrations(item.finding))
      ? [item.finding]
      : [],
  );
  const declaresRetrieval = map.components.some((component) => RETRIEVAL_KINDS.has(component.kind));
  // So does one that embeds the web pages it reads, in memory as often as not (llm-answer-engine's `MemoryVectorStore`).
  const retrieves = declaresRetrieval || retrievalStores.length > 0 || web !== undefined;
  // What the app retrieves: customers' documents, unless the code shows web pages read and embedded; then those, and
  // customers' documents too where code takes files or a store declared or reached from elsewhere holds them.
  const apart = retrievalStores.find((store) => !web?.inWebFile(codeProofs(store)));
  beside = apart
    ? `${apart.name} (reached from ${callingFile(apart)?.file})`
    : declaresRetrieval
      ? "the map's retrieval store"
      : undefined;
  const retrieved = retrievedSources(web, undefined, beside !== undefined);
  /** The classes of a role: what retrieval reads (a store's own, for one) split into customers' and the web's. */
  const classesOf = (role: DataRole, store?: Finding): string[] => {
    if (role === 'files') return [classFor('documents')];
    if (role !== 'documents' && role !== 'embeddings') return [classFor(role)];
    const sources = store ? retrievedSources(web, codeProofs(store), false) : retrieved;
    return [
      ...(sources.customer ? [classFor(role)] : []),
      ...(sources.web ? [classFor(role === 'documents' ? 'pages' : 'pageEmbeddings')] : []),
    ];
  };

  for (const item of drift) {
    if (!item.proposal) continue;
    const source = item.finding;
    const entry = { ...item.proposal.entry } as Record<string, unknown> & { id: string };
    // A store kept on users' devices or the server's disk lists its places in its message.
    const local = isLocalStore(source);
    const where = item.evidence[0] && !local ? ` (${item.evidence[0].file}:${item.evidence[0].line})` : '';
    // A parser that also keeps the documents as an index (LlamaCloud's managed index) is a store first.
    const parses =
      source !== undefined &&
      source.category !== 'vector-store' &&
      (PARSERS.has(source.provider) || readsDocumentsOnly(source));
    const embeds = source !== undefined && !parses && embedsOnly(source);
    const speech = source !== undefined && SPEECH.has(source.provider) ? speechUse(source) : undefined;
    const checkpoint = source && checkpointerProof(source);
    const conversations = source && !checkpoint ? conversationsProof(source) : undefined;
    const cache = source && cacheOf(source);
    // What it is sent and why, decided once for the flow's classes and its purpose (the two had been decided in two
    // chains, in different orders). With no purpose of its own, the provider's category says it, below.
    const use: { roles: DataRole[]; purpose?: string } = !source
      ? { roles: [] }
      : parses
        ? { roles: ['files'], purpose: 'ingestion' }
        : embeds
          ? { roles: ['documents', ...(retrieves ? (['prompts'] as const) : [])], purpose: 'embedding' }
          : source.provider === 'supabase' && vectorHost
            ? { roles: ['embeddings', 'documents'], purpose: 'retrieval' }
            : cache
              ? { roles: ['prompts', 'outputs'], purpose: 'storage' }
              : (speech ?? {
                  roles: checkpoint || conversations ? ['prompts', 'outputs'] : rolesFor(source),
                });
    // A store reached only from an integration catalogue's modules (openlit's instrumentation of Qdrant, Astra DB and
    // LangGraph's PostgreSQL checkpointer) is each customer's own, holding nothing we can name.
    const customersStore =
      source !== undefined &&
      item.proposal.section === 'components' &&
      integrated.length >= INTEGRATION_CATALOGUE &&
      onlyInIntegrations(source);
    const wraps = source !== undefined && onlyIn(source, INSTRUMENTATION);
    // A store known only by an adapter file of ours (portkey-gateway's `providers/qdrant/api.ts`, forwarding each
    // caller's requests to the host the caller names) says nothing of what it keeps for us.
    const forwarded = source !== undefined && source.category === 'vector-store' && adapterOnly(source);
    const roles = customersStore || wraps || forwarded ? [] : [...use.roles];
    // An error tracker told to record model calls' inputs and outputs receives prompts and answers as well.
    const recorded =
      source && facts.find((fact) => fact.kind === RECORDS_PROMPTS && fact.provider === source.provider);
    if (recorded) roles.push('prompts', 'outputs');
    // A model API whose own Files or vector stores the code uploads to keeps the documents uploaded (papermark's document
    // chat: PDFs, Excel as Markdown and image descriptions sent to OpenAI Files and team vector stores,
    // `ee/features/ai/lib/trigger/process-pdf-for-ai.ts:69-73`; discovery said so, and the flow carried only prompts).
    const uploads =
      source && facts.some((fact) => fact.provider === source.provider && fact.message === OPENAI_FILES_KEPT);
    if (uploads && roles.includes('prompts')) roles.push('documents');
    const withPassages =
      retrieves &&
      !embeds &&
      source !== undefined &&
      answersPrompts(source) &&
      !SPEECH.has(source.provider) &&
      roles.includes('prompts');
    if (withPassages) roles.push('documents');
    // A store holds what is indexed where the code reaches it; everything else is sent what the app retrieves.
    const store =
      source && (source.category === 'vector-store' || (source.provider === 'supabase' && vectorHost))
        ? source
        : undefined;
    const classes = [...new Set(roles.flatMap((role) => classesOf(role, store)))];
    // Where a store holds web pages, the file that indexes them, for the person confirming.
    const pagesAt =
      store && roles.includes('documents') && web?.inWebFile(codeProofs(store))
        ? web.indexed.find((fact) => codeProofs(store).some((proof) => proof.file === fact.evidence[0]?.file))
        : undefined;
    // A model API that also embeds text receives the documents indexed (and the questions searched with) that way.
    const embedding =
      source && answersPrompts(source) && !SPEECH.has(source.provider) && !embeds
        ? embeddingProof(source)
        : undefined;
    const embedded = embedding
      ? [...classesOf('documents'), ...(retrieves ? [classFor('prompts')] : [])]
      : [];
    // One that also reranks (an adapter with a rerank module: MaxKB's Ollama, vLLM, Xinference) receives the query and
    // the passages retrieved for it. An embedding API too (TaskingAI's Jina adapter embeds and reranks).
    const reranking =
      source &&
      (answersPrompts(source) || source.category === 'embedding-api') &&
      !SPEECH.has(source.provider) &&
      !reranks(source)
        ? rerankProof(source)
        : undefined;
    const reranked = reranking ? [classFor('prompts'), ...classesOf('documents')] : [];
    if (classes.length) entry.dataClasses = [...new Set([...classes, ...embedded, ...reranked])];
    // Called with each customer's saved key (Flowise, every model and vector store; inbox-zero, a user's own key where
    // set): whose account it is on is proposed, with where (`account`).
    const owner =
      source && item.proposal.section === 'subprocessors'
        ? keyOwner(
            facts,
            source.provider,
            usesOf(source).some((proof) => proof.signal === 'env-var'),
          )
        : undefined;
    if (owner) entry.account = owner.account;
    const catalogued =
      !owner &&
      source !== undefined &&
      item.proposal.section === 'subprocessors' &&
      integrated.length >= INTEGRATION_CATALOGUE &&
      integrated.includes(source.provider);
    if (catalogued) entry.account = 'customer';
    // A consumer chat app a browser extension reaches with each user's own signed-in session (chathub's Bing Chat and
    // LMArena): the user's account, not ours.
    const session =
      !owner && !catalogued && item.proposal.section === 'subprocessors' && source && webSessionOnly(source);
    if (session) entry.account = 'customer';
    if (source?.provider === 'pgvector' && vectorHost && item.proposal.section === 'components')
      entry.hosting = 'vendor';
    const vendor = source && item.proposal.section === 'components' ? runBy.get(source.provider) : undefined;
    if (vendor && entry.hosting === 'vendor') entry.subprocessor = vendor;
    // A store only connector code reaches is each customer's own, which they connect (WrenAI's MySQL, ClickHouse and
    // PostgreSQL connectors, proposed as stores of ours keeping data unsaid).
    const connected = source !== undefined && onlyInConnectors(source);
    // Named only as one of several database kinds to choose (Dataherald's connection form: MariaDB among nine), a
    // store is the database a customer connects, as in connector code.
    const chosen = source !== undefined && onlyAsChoice(source);
    // A vendor only connector code reaches is where each customer's own data comes from, under their own account
    // (WrenAI's Athena and Databricks: proposed as our two sub-processors, which a confirmed map then told buyers):
    // under the customer's account, as an integration catalogue's services are, so never counted as ours unconfirmed.
    const theirSource =
      connected && !owner && !catalogued && item.proposal.section === 'subprocessors' && source !== undefined;
    if (theirSource) entry.account = 'customer';
    // An app each user runs (a CLI, a desktop app, an extension, a GitHub Action) calls model, search and tracing APIs
    // with the key each user gives it (shell_gpt's `getpass`, opencommit's `oco config set`, an Action's inputs): the
    // user's account, not ours. Not analytics or error tracking, whose key ships in the program, nor a platform the
    // repository's own CI deploys to with its secrets (hollama's `cloudflare/wrangler-action` with `CF_API_TOKEN`,
    // `.github/workflows/build.yml:30-35`: the hosted web app, on our Cloudflare account).
    const usersKey =
      usersRun !== undefined &&
      !owner &&
      !deployedBy.some((deployed) => deployed.provider === source?.provider) &&
      !catalogued &&
      !theirSource &&
      source !== undefined &&
      item.proposal.section === 'subprocessors' &&
      KEYED_CATEGORIES.has(source.category);
    if (usersKey) entry.account = 'customer';
    // What runs in the process of an app each user runs (its SQLite file, a model run in-process) runs at the user, as
    // does a server it reaches at an address each user sets (mods' Ollama).
    const atUsers =
      usersRun !== undefined &&
      item.proposal.section === 'components' &&
      (entry.hosting === 'self-hosted' || entry.hosting === undefined);
    if (atUsers) entry.hosting = 'customer-hosted';
    if (
      (connected || customersStore || chosen) &&
      item.proposal.section === 'components' &&
      entry.hosting === 'self-hosted'
    )
      entry.hosting = 'customer-hosted';
    // A vendor's cloud the code knows only by its key, beside the vendor's server the repository runs (postiz's
    // Temporal Cloud, only with `TEMPORAL_API_KEY` set, beside Temporal in its Compose file).
    const cloud = source && item.proposal.section === 'subprocessors' ? cloudBesideServer(source) : undefined;
    const platforms = source ? sideBySide(source) : [];
    const catalogue = catalogued
      ? `; found only in integration code, one of ${integrated.length} services found so (${callingFile(source)?.file}), which each customer connects with their own account, so \`account: customer\`: delete it if we call it with our own key`
      : '';
    const elsewhere = source && deploysApps(findProvider(source.provider)) ? deployedElsewhere(source) : [];
    const hosts = platforms.length
      ? `; deployment files for ${platforms.length} hosting platforms sit side by side (${joinList(platforms)}): keep the one the service runs on and dismiss the others`
      : elsewhere.length
        ? `; only its deployment file names it, while a CI workflow deploys the app to ${joinList(elsewhere.map(({ name, proof }) => `${name} (${proof.file}:${proof.line})`))}: if this file is a recipe for those who run their own copy, dismiss it`
        : '';
    additions.push({
      section: item.proposal.section,
      entry,
      comment: ` proposed by trustmap discover: ${item.message}${where}${item.proposal.note ? `; ${item.proposal.note}` : ''}${hosts}${catalogue}${cloud ? `; the code reads only its key, ${cloud.key} (${cloud.proof.file}:${cloud.proof.line}), and the repository runs ${cloud.server} itself (${cloud.image}): a deployment reaches ${source!.name} only where it sets ${cloud.key}, in place of its own server, so keep it if yours does and dismiss it if you run the server yourself` : ''}${recorded ? `; it records the inputs and outputs of the model calls it traces (${recorded.evidence[0]!.file}:${recorded.evidence[0]!.line}), so it receives prompts and answers` : ''}${chosen && !connected ? `; found only in a list of database kinds to choose from (${codeProofs(source)[0]!.file}:${codeProofs(source)[0]!.line}), so proposed as the database each customer connects (\`hosting: customer-hosted\`): make it \`self-hosted\` if the app keeps its own data there` : ''}${
        connected && !catalogued
          ? entry.hosting === 'customer-hosted'
            ? "; found only in connector code, so each customer's own, which they connect (`hosting: customer-hosted`): make it `self-hosted` if it is a store of ours"
            : theirSource
              ? `; found only in connector code${connectionFields(source)}, where each customer connects their own account: a source of their data, not our sub-processor, so proposed under the customer's own account (\`account: customer\`): delete that line if the app reaches it with an account of ours`
              : ''
          : ''
      }${item.proposal.section === 'components' && entry.hosting === undefined && !local ? '; the code reaches it by a URL: say who runs it (`hosting: self-hosted`, or `customer-hosted` where each customer points it at their own)' : ''}${forwarded ? `; found only as an adapter of ours (${callingFile(source)?.file}): if it forwards requests to a store each caller names, make it \`customer-hosted\` or dismiss it` : ''}${pagesAt ? `; ${pagesAt.evidence[0]?.file}, which reads web pages and indexes them (lines ${pagesAt.evidence[0]?.line} and ${pagesAt.evidence[1]?.line}), reaches it, so it is proposed holding them${web?.files ? ', and customer documents, as code takes files users upload' : ''}: if it holds customers' own documents, add them` : ''}${cache ? `; it is a semantic cache (${at(cache)}): it keeps the questions asked and the answers given to them, found again by similarity, not documents: set its \`retention\`, and how one customer's answers are kept from another's` : ''}${conversations ? `; its schema keeps conversations (${conversations.snippet.replace(/\s*\{$/, '')}, ${conversations.file}:${conversations.line}): the prompts users write and the answers they get, until the app deletes them: set its \`retention\` and how it is deleted` : ''}${checkpoint ? `; it keeps each agent conversation's state (a LangGraph checkpointer, ${checkpoint.file}:${checkpoint.line}): the prompts, what tools and retrieval returned, and the answers, until the app deletes them: set its \`retention\` and how it is deleted` : ''}${keepsUnsaid(entry) && entry.hosting !== 'customer-hosted' ? '; say what it keeps (`dataClasses`: chat history, uploaded files, accounts…) and for how long (`retention`): until then no answer or check names what it holds' : ''}${session ? `; the code reaches it only at its consumer chat app's address from a browser extension (${callingFile(source)?.file}:${callingFile(source)?.line}), which runs in each user's browser with their own signed-in session, so \`account: customer\`: the user's own account, not ours` : ''}${usersKey ? `; ${usersRun.message}, so it is called with each user's own key (\`account: customer\`): delete that line if the program calls it with a key of ours` : ''}${atUsers ? `; ${usersRun.message}, so it runs at each user (\`hosting: customer-hosted\`): make it \`self-hosted\` if it runs on a server of ours` : ''}${owner ? `; the code calls it with ${owner.key} (${owner.where})${owner.account === 'customer' ? " and reads no key of ours for it, so `account: customer`: its terms are each customer's own" : ', and with ours where none is given, so `account: ours-or-customer`'}: check whose key your service uses` : ''}; confirm, then delete \`status: proposed\``,
    });
    taken.add(entry.id);
    if (!source || classes.length === 0 || entry.subprocessor) continue;
    // The sub-processor says what it receives; a flow needs a purpose, and none of the vocabulary's says sending an
    // email or charging a card.
    if (ACCOUNT_SERVICES.has(source.category)) continue;
    const from = componentFor(callingFile(source));
    const flowId = mapIdFor(`${from}-to-${entry.id}`);
    if (taken.has(flowId)) continue;
    taken.add(flowId);
    const sent = classes.filter((id) => {
      const category = map.dataClasses.find((entry) => entry.id === id)?.category;
      return (
        category === undefined ||
        CUSTOMER_CATEGORIES.has(category) ||
        PROMPT_CATEGORIES.has(category) ||
        id === classIds.get('pages')
      );
    });
    const role = alternativeRole(source);
    const among = role ? (ofRole.get(role)?.size ?? 0) : 0;
    // An app whose operator chooses among several model providers lets them choose its embedding, speech and search
    // services too, even where only one of those was found (AnythingLLM's Voyage, one of 14 embedders the others of
    // which are model APIs; LibreChat's ElevenLabs and Jina; Onyx's Voyage): each is proposed under the condition.
    // Not models each called by name for a task of its own (social-media-agent: OpenAI, Anthropic and Vertex AI, each
    // built with its model in the code, made Firecrawl's crawling "when configured as the search provider").
    const choosesModels =
      [...(ofRole.get('model provider') ?? [])].filter((id) => !calledByName.has(id)).length >=
      ALTERNATIVES_FROM;
    const alongside =
      role !== undefined &&
      choosesModels &&
      SERVICES_CHOSEN_ALONGSIDE.has(role) &&
      among > 0 &&
      (role !== 'embedding provider' || embedders.size > 1);
    // Tracing is switched on by its keys, which a deployment sets or not (Langchain-Chatchat's Langfuse, only with three
    // variables set; gpt-researcher's LangSmith): proposed under that condition even alone.
    // So are analytics and error tracking where the code reads their key from the environment (Onyx: PostHog only with
    // `POSTHOG_API_KEY`, Sentry only with `SENTRY_DSN`, proposed as always receiving data); hard-coded, they are on.
    // A key read with a built-in value (skyvern's `os.getenv("POSTHOG_API_KEY", "phc_…")`) is on unless overridden.
    const keyReads = usesOf(source).filter((proof) => proof.signal === 'env-var');
    const keyed =
      source.category === 'product-analytics' &&
      keyReads.length > 0 &&
      !keyReads.some((proof) => proof.detail === DEFAULTED_KEY_DETAIL);
    // Not a tracing proxy the code's client is pointed at by a written base URL (turboseek's Together client with
    // `baseURL: "https://together.helicone.ai/v1"`, utils/clients.ts:8): every request goes through it.
    const switchedByKeys = (role === 'tracing service' && !hardRoute(source)) || keyed;
    // A setting that picks one of two by default makes the other an alternative too (rag-web-ui: Chroma by default,
    // Qdrant only when `VECTOR_STORE_TYPE` says so, proposed as receiving every document).
    const picked = role !== undefined && among >= 2 && defaultsOfRole.get(`${role}:`)?.size === 1;
    // A code sandbox is reached only when an agent runs code, one of several or alone.
    const sandbox = role === 'code sandbox';
    const choosable =
      role !== undefined
        ? among >= alternativesFrom(role) || alongside || switchedByKeys || picked || sandbox
        : keyed;
    const byDefault = choosable ? defaultProof(source, role) : undefined;
    // Called by name for a task of its own (midday's Anthropic for CSV imports, firecrawl's `getModel("gpt-4o",
    // "openai")`): that task always runs on it, whichever other providers an operator may configure.
    const fixed = choosable && byDefault === undefined && !keyed ? source.pinned?.[0] : undefined;
    const optional = choosable && byDefault === undefined && fixed === undefined;
    const plugin = pluginModule(source);
    // A store only a caught import reaches, which no manifest installs (gpt_academic's Milvus, tried with LlamaIndex's
    // simple store as the fallback; its FAISS, behind an install message): reached only where someone installs it.
    const guarded = !optional && !cloud && !plugin && importGuarded(source);
    additions.push({
      section: 'flows',
      entry: {
        id: flowId,
        status: 'proposed',
        from,
        to: entry.id,
        dataClasses: sent.length && !recorded ? sent : classes,
        purpose:
          use.purpose ??
          (SEARCHERS.has(source.provider) || reranks(source)
            ? 'retrieval'
            : (SERVES_PURPOSE[servesOf(source) ?? ''] ?? PURPOSE[source.category] ?? 'inference')),
        ...(cloud && !optional
          ? { condition: { kind: 'other', description: `when ${cloud.key} is set` } }
          : {}),
        ...(plugin && !optional
          ? { condition: { kind: 'other', description: 'when its plugin is enabled' } }
          : {}),
        ...(guarded ? { condition: { kind: 'other', description: 'when its package is installed' } } : {}),
        ...(optional
          ? {
              condition: {
                kind: 'other',
                description: keyed
                  ? 'when its keys are set'
                  : sandbox && among < 2
                    ? 'when an agent runs code'
                    : `when configured as the ${role}`,
              },
            }
          : {}),
      },
      comment: ` proposed by trustmap discover: what the code sends to ${source.name}${withPassages ? `, with passages of ${sourcesInWords(retrieved)} retrieved into its prompts` : ''}${byDefault ? `, the app's default ${role} (${byDefault.file}:${byDefault.line}), so under no condition: every request reaches it unless an operator configures another` : ''}${fixed ? `, called by name for a task of its own (${fixed.file}:${fixed.line}), so under no condition: that task always runs on it; say which tasks, or add a condition if an operator can change it` : ''}${optional ? `, ${among >= alternativesFrom(role!) || picked ? `one of ${among} ${role === 'code sandbox' ? 'code sandboxes' : `${role}s`} found${picked ? ', another being the default' : ''}` : sandbox ? 'a code sandbox, reached when an agent runs code' : switchedByKeys && !alongside ? `${keyed ? 'an analytics or error-tracking service' : 'a tracing service'}, which a deployment switches on with its keys` : `${/^[aeiou]/.test(role!) ? 'an' : 'a'} ${role} in an app whose operator chooses among ${ofRole.get('model provider')?.size} model providers`}, so only when the app is configured to use it; delete the condition if every request reaches it, or say who chooses` : ''}${plugin && !optional ? `, reached only through a plugin (${plugin}), which the operator enables beside others, so only when that plugin is enabled; delete the condition if it always is` : ''}${guarded ? `, ${GUARDED_IMPORT_DETAIL} (${usesOf(source)[0]!.file}:${usesOf(source)[0]!.line}) and installed by no manifest, so only when its package is installed; delete the condition if your deployment installs it` : ''}`,
    });
    // The same API reranking passages, or embedding documents (and, in an app that retrieves, the questions searched
    // with): a flow of its own for each.
    const sideFlows = [
      ...(reranking
        ? [
            {
              suffix: 'rerank',
              use: 'rerank' as const,
              dataClasses: reranked,
              purpose: 'retrieval',
              role: 'reranker',
              says: `also reranks (${reranking.file}:${reranking.line}): the query and the passages retrieved for it`,
            },
          ]
        : []),
      ...(embedding
        ? [
            {
              suffix: 'embedding',
              use: 'embed' as const,
              dataClasses: embedded,
              purpose: 'embedding',
              role: 'embedding provider',
              says: `also embeds text (${embedding.file}:${embedding.line}): the ${retrieved.web && !retrieved.customer ? 'web pages' : 'documents'} indexed${retrieves ? ', and the questions searched with' : ''}`,
            },
          ]
        : []),
    ];
    for (const side of sideFlows) {
      const id = mapIdFor(`${from}-to-${entry.id}-${side.suffix}`);
      if (taken.has(id)) continue;
      taken.add(id);
      additions.push({
        section: 'flows',
        entry: {
          id,
          status: 'proposed',
          from,
          to: entry.id,
          dataClasses: side.dataClasses,
          purpose: side.purpose,
          ...(choosable && defaultProof(source, role, side.use) === undefined
            ? { condition: { kind: 'other', description: `when configured as the ${side.role}` } }
            : {}),
        },
        comment: ` proposed by trustmap discover: ${source.name} ${side.says}`,
      });
    }
  }
  return additions;
}
