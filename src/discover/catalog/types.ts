import type { ProviderCategory, ProviderHosting } from '../types.js';

/** A Terraform resource type that proves a provider, optionally only when an attribute matches. */
export interface TerraformSignal {
  /** Resource type, or a prefix ending in `*` (e.g. `aws_bedrock*`). */
  type: string;
  /** Attribute whose value must match `matches` (a case-insensitive regular expression source). */
  attribute?: string;
  matches?: string;
}

/** Everything that proves a provider is used. All strings are literal names, not patterns, unless said. */
export interface ProviderSignals {
  /** npm packages; also the import specifiers matched in JavaScript and TypeScript. */
  npm?: string[];
  /** PyPI distributions (names normalised to lowercase with `-`). */
  pypi?: string[];
  /** Python module prefixes when they differ from the PyPI name with `-` turned into `_`. */
  pythonImports?: string[];
  /** Go module paths; also the import path prefixes matched in Go. */
  go?: string[];
  /**
   * Crates; also the first segment of Rust paths. `crate/feature` (Cargo's spelling) is a crate that names the provider
   * only with that feature on (`sqlx/postgres`), or by its module of that name in code (`sqlx::postgres::…`).
   */
  cargo?: string[];
  /** Java and Kotlin package prefixes (`io.qdrant`, `com.alibaba.dashscope`), matched in `import` lines. */
  jvm?: string[];
  gem?: string[];
  /** Maven or Gradle artifact ids. */
  maven?: string[];
  /**
   * NuGet package ids (`Azure.AI.OpenAI`), matched without regard to case as NuGet does; also the namespaces C#'s
   * `using` lines name, which for these packages start with the package id.
   */
  nuget?: string[];
  /** Environment variable names. */
  env?: string[];
  /** API hosts; `*` stands for one or more DNS labels. */
  hosts?: string[];
  /** Model identifier prefixes as written in code (`claude-`, `anthropic/`). */
  models?: string[];
  /** Container image repositories without registry or tag (`qdrant/qdrant`). */
  images?: string[];
  terraform?: TerraformSignal[];
  /** boto3 / AWS SDK service names (`boto3.client("sagemaker-runtime")`). */
  awsServices?: string[];
  /**
   * Names of files whose presence says the app is deployed on this platform (`vercel.json`, `wrangler.toml`,
   * `fly.toml`), wherever they sit in the tree; a test's or an example's counts as theirs.
   */
  deployFiles?: string[];
  /**
   * GitHub Actions that deploy an app to this provider, as `owner/repository` (`azure/container-apps-deploy-action`),
   * matched in the `uses:` lines of `.github/workflows/`: where the company's own copy runs, which a deployment file
   * for those who run their own copy does not say (farfalle: its API deployed to Azure Container Apps by a workflow,
   * Azure "only mentioned", and Render proposed from a one-click blueprint).
   */
  actions?: string[];
  /**
   * Literal text in code that only a call to this provider's API contains (`$vectorSearch` for MongoDB
   * Atlas Vector Search, `FT.CREATE` for Redis vector search). Case-sensitive. One ending in `({` is a call whose
   * argument is an object literal, spaces allowed before the brace and the brace allowed on the next line.
   */
  markers?: string[];
}

/** One entry of the provider catalog. */
export interface ProviderEntry {
  /** Stable lowercase id, used in maps (`provider: openai`). */
  id: string;
  name: string;
  /** Groups the services of one company (`aws` for `aws-bedrock` and `aws-s3`), for matching sub-processors. */
  vendor: string;
  category: ProviderCategory;
  /** vendor-hosted: a sub-processor candidate; self-hosted: an internal component. */
  hosting: ProviderHosting;
  /** An AI service: an undeclared vendor-hosted one is critical drift. */
  ai: boolean;
  /** For observability and gateway vendors: prompts and completions reach the vendor. */
  receivesPrompts?: boolean;
  /**
   * For an SDK that reaches one of several services by configuration (Google's Gen AI SDK: the Gemini Developer API or
   * Vertex AI): their provider ids. A sub-processor naming either declares it, and it is not proposed beside one of
   * them (LightRAG's one Gemini binding was proposed as the SDK, the Gemini API and Vertex AI).
   */
  covers?: string[];
  /**
   * Its credential variables serve every service of its vendor (a cloud account's; Jina's one API key). Found by them
   * alone while another of the vendor's services is used, it is that service's credential, not a sub-processor of
   * its own (LightRAG's `GOOGLE_APPLICATION_CREDENTIALS` for Vertex AI was proposed as Google Cloud beside Vertex
   * AI): the finding then `covers` the services found.
   */
  sharedCredentials?: true;
  /**
   * Names an import may load that use no model of the provider's (Transformers' tokenizers, to count tokens): a
   * provider whose every import loads only these is mentioned, not used (quivr imports `AutoTokenizer` and
   * `GPT2TokenizerFast` and was proposed an in-process model receiving prompts). A regular expression source.
   */
  helpersOnly?: string;
  /**
   * A library that runs inside the app's own process (Transformers' models, a FAISS index): ours wherever the app
   * runs, and reached by no network, so no access control or encryption in transit of its own is asked of it.
   */
  inProcess?: true;
  /**
   * A package that is a library the app calls in its own process as well as a server it may run (LiteLLM): a server of
   * ours only where a sign of the server is found (its image, its proxy's settings), otherwise a library, like a
   * framework, and no component to propose (unstract: `litellm`, imported to route each organisation's chosen model,
   * was proposed as a service of ours holding prompts).
   */
  alsoLibrary?: true;
  /**
   * An object store reached through Amazon S3's API and SDKs at its own endpoint (Cloudflare R2): a file whose S3 client
   * is pointed at one of its hosts sends nothing to Amazon S3 (postiz's `@aws-sdk/client-s3` with
   * `https://${accountID}.r2.cloudflarestorage.com` was proposed as Amazon S3).
   */
  speaksS3?: true;
  /**
   * A compute platform that also runs code in sandboxes (Modal): where most of its proofs sit in files named for a
   * sandbox, it is one, sent the code to run, not a model provider (letta's tool sandbox, Phoenix's code evaluators).
   */
  sandboxes?: true;
  /**
   * What the service does where its category says less: `speech` (text-to-speech reads the answer aloud, speech-to-text
   * transcribes the user's audio; never the passages retrieved into a prompt, and not a model provider to a buyer),
   * `search` (a search, crawl or scraping API of the public web: it receives the query and returns pages; not a
   * search of a catalog (Spotify's tracks) or a computation (Wolfram|Alpha)), `errors` (error
   * tracking: it receives error reports with their stack traces and request data, for logging, not usage events),
   * `files` (an object store: it keeps the files users upload), `models` (a cloud ML platform whose hosted models the app
   * calls for answers, like a model API: Vertex AI, SageMaker endpoints; or a hosted agent app answering the messages
   * sent to it: Dify, Tbox), `code` (a sandbox an agent runs code in:
   * it receives the code a model wrote and what that code reads, only when an agent runs code; not a model provider),
   * `analysis` (a text analysis API: it receives the text it labels, its language, entities or personal data, and
   * writes no answer; not a model provider).
   */
  serves?: 'speech' | 'search' | 'errors' | 'files' | 'models' | 'code' | 'analysis';
  /**
   * For a speech service that works one way only: `speaks` (text-to-speech: it receives the text it reads aloud) or
   * `listens` (speech-to-text: it receives the recording). Read where the code's own words do not say.
   */
  speech?: 'speaks' | 'listens';
  website?: string;
  signals: ProviderSignals;
  /**
   * The vendor's own server, published as a container image for running it yourself (Unstructured's
   * `unstructured-io/unstructured-api`): run by the repository's Compose or Kubernetes files, the service is
   * self-hosted there, found under `name`, and not a sub-processor (cognita ran Unstructured in its own Compose file
   * and had it proposed as a vendor receiving every uploaded file).
   */
  selfHosted?: { name: string; images: string[] };
  /**
   * A search engine that can also keep vectors (Elasticsearch, OpenSearch, Meilisearch, Typesense): a vector store only
   * where the code uses it so (a vector store module, a LangChain vector store, `dense_vector`, kNN or hybrid search),
   * otherwise a search index, a `datastore` (LibreChat's Meilisearch indexes chat messages for search and was proposed
   * as its vector store, holding embeddings). Its `markers` must be vector fields only (`dense_vector`).
   */
  searchEngine?: true;
  /**
   * A hosted service that can also keep the app's documents as an index it searches (LlamaCloud's `LlamaCloudIndex`
   * besides its parser): a regular expression source over a proof's file, snippet and detail. Where a proof in use
   * matches, the finding is a `vector-store`, holding the documents and their vectors (chat-llamaindex's bots answer
   * from LlamaCloud indexes; only its key had been found, as a parser).
   */
  managedIndex?: string;
  /**
   * For a hosted database whose own drivers reach only the vendor's servers (Neon's, PlanetScale's): the catalog id of
   * the engine it runs (`postgres`). That engine found only in the files that use those drivers, or only by an ORM
   * schema's datasource, is this service, not a database of ours (llamacoder: Prisma's `provider = "postgresql"`
   * through `@prisma/adapter-neon`, proposed as a PostgreSQL of ours beside Neon). For a vector search that is an
   * extension of a database (pgvector), that database: its driver used only beside it reaches the same one.
   */
  engine?: string;
}
