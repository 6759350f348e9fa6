/**
 * Configuration facts found in source, as data. A `present` rule fires where its pattern appears; a
 * `missing-argument` rule fires where a call's arguments lack `argument`. Rules with `requiresImport` only
 * run in files that import the provider, so a generic name like `files.create` is attributed correctly.
 */
export interface FactRule {
  kind: string;
  provider: string;
  test: 'present' | 'missing-argument';
  pattern: RegExp;
  /** For `missing-argument`: what the arguments must contain for the call to be fine. */
  argument?: RegExp;
  /**
   * For `missing-argument` calls whose arguments are a variable or a splat (`genai.Client(**client_kwargs)`): the
   * same setting written anywhere in the file, as a keyword or a dict/object entry, answers for the call (RAGFlow
   * builds `{"vertexai": True, ...}` before the call). Without it such a call is reported as a heuristic.
   */
  argumentInFile?: RegExp;
  requiresImport: boolean;
  heuristic?: boolean;
  message: string;
}

const ZDR = 'zdr-excluded-feature';

/** What OpenAI's Files and vector-store API is said to do: keep what is uploaded (read by proposals too). */
export const OPENAI_FILES_KEPT =
  'OpenAI Files or vector stores keep uploaded content and are excluded from zero data retention';

/** A connection in production code that row-level security does not apply to (a service-role key). */
export const RLS_BYPASS = 'rls-bypass-key';

/**
 * An error tracker told to record the inputs and outputs of the model calls it traces (Sentry's AI integrations with
 * `recordInputs: true`, or `include_prompts=True` in Python): it receives prompts (postiz's Sentry, proposed as
 * receiving error reports only).
 */
export const RECORDS_PROMPTS = 'monitoring-records-prompts';

export const FACT_RULES: readonly FactRule[] = [
  // Sentry's JavaScript AI integrations (docs.sentry.io, "OpenAI", "Anthropic", "Vercel AI", "Google Gen AI" and
  // "LangChain" integrations: `recordInputs`, `recordOutputs`) and its Python ones (`OpenAIIntegration(
  // include_prompts=True)`, `AnthropicIntegration`, `LangchainIntegration`), checked 2026-12-05.
  {
    kind: RECORDS_PROMPTS,
    provider: 'sentry',
    test: 'present',
    pattern:
      /\b(?:openAI|anthropicAI|vercelAI|googleGenAI|langChain|langGraph)Integration\s*\(\s*\{[^}]{0,400}?\brecord(?:Inputs|Outputs)\s*:\s*true\b|\b(?:OpenAI|Anthropic|Langchain|Langgraph|GoogleGenAI|LiteLLM)Integration\s*\([^)]{0,300}?\binclude_prompts\s*=\s*True\b/g,
    requiresImport: true,
    message:
      'Sentry records the inputs and outputs of the model calls it traces: it receives prompts and answers',
  },
  // Logfire's LLM instrumentations record the messages and responses of each call (pydantic.dev/docs/logfire,
  // "Integrations: OpenAI, Anthropic, LiteLLM, Pydantic AI", checked 2026-12-06), and its Pydantic plugin with
  // `record='all'` records every validated model, a chat request's question and history with it (farfalle).
  {
    kind: RECORDS_PROMPTS,
    provider: 'logfire',
    test: 'present',
    pattern:
      /\blogfire\.instrument_(?:openai|anthropic|litellm|pydantic_ai|openai_agents|google_genai|mcp)\s*\(|\bPydanticPlugin\s*\([^)]{0,200}?\brecord\s*=\s*["']all["']|\bpydantic_plugin\b[^\n]{0,200}?\brecord\s*=\s*["']all["']|\blogfire\s*=\s*\{\s*["']record["']\s*:\s*["']all["']/g,
    requiresImport: true,
    message:
      'Logfire records the inputs and outputs of the model calls or requests it instruments: it receives prompts and answers',
  },
  {
    kind: 'gemini-developer-api',
    provider: 'google-genai',
    test: 'missing-argument',
    pattern: /\bnew\s+GoogleGenAI\s*\(/g,
    argument: /\bvertexai["']?\s*:\s*true\b/,
    argumentInFile: /\bvertexai["']?\s*:\s*true\b/,
    requiresImport: true,
    heuristic: true,
    message:
      'GoogleGenAI client without `vertexai: true` calls the Gemini Developer API, not Vertex AI (unless GOOGLE_GENAI_USE_VERTEXAI is set): its data terms differ from Google Cloud’s',
  },
  {
    kind: 'gemini-developer-api',
    provider: 'google-genai',
    test: 'missing-argument',
    pattern: /\bgenai\.Client\s*\(/g,
    argument: /\bvertexai\s*=\s*True\b/,
    argumentInFile: /\bvertexai["']?\s*[:=]\s*True\b/,
    requiresImport: true,
    heuristic: true,
    message:
      'genai.Client without `vertexai=True` calls the Gemini Developer API, not Vertex AI (unless GOOGLE_GENAI_USE_VERTEXAI is set): its data terms differ from Google Cloud’s',
  },
  {
    kind: 'openai-store-not-disabled',
    provider: 'openai',
    test: 'missing-argument',
    pattern: /\.responses\.create\s*\(/g,
    argument: /\bstore["']?\s*[:=]\s*(?:false|False)\b/,
    requiresImport: true,
    message: 'OpenAI Responses API call without `store: false`: responses are stored by OpenAI for 30 days',
  },
  {
    kind: ZDR,
    provider: 'openai',
    test: 'present',
    pattern: /\.beta\.(?:assistants|threads)\b|\.(?:assistants|threads)\.(?:create|runs)\b/g,
    requiresImport: true,
    message: 'OpenAI Assistants/threads store content and are excluded from zero data retention',
  },
  {
    kind: ZDR,
    provider: 'openai',
    test: 'present',
    // OpenAI's own Files and vector-store API: the client's `.files.create(`, a method of its `.vector_stores`
    // (`beta.vector_stores` in older SDKs), or the REST paths. Not any name holding `vector_stores`: sec-insights
    // imports `llama_index.core.vector_stores.types` beside LlamaIndex's OpenAI model and uses no OpenAI storage.
    pattern:
      /\.files\.create\s*\(|\.beta\.(?:vector_stores|vectorStores)\b|\.(?:vector_stores|vectorStores)\.(?:create|create_and_poll|retrieve|update|list|del|delete|search|files|file_batches|fileBatches)\b|(?<!api\.openai\.com)\/v1\/vector_stores\b/g,
    requiresImport: true,
    message: OPENAI_FILES_KEPT,
  },
  // The same API called over REST at OpenAI's own host, where no SDK is imported.
  {
    kind: ZDR,
    provider: 'openai',
    test: 'present',
    pattern: /\bapi\.openai\.com\/v1\/(?:vector_stores|files)\b/g,
    requiresImport: false,
    message: OPENAI_FILES_KEPT,
  },
  {
    kind: ZDR,
    provider: 'anthropic',
    test: 'present',
    pattern: /\.beta\.files\b|files-api-\d{4}/g,
    requiresImport: true,
    message: 'Anthropic Files API stores uploaded files and is excluded from zero data retention',
  },
  {
    kind: ZDR,
    provider: 'anthropic',
    test: 'present',
    pattern: /\bcache_control\b|\bcacheControl\b/g,
    requiresImport: true,
    message: 'Anthropic prompt caching keeps prompt prefixes in a cache; check it against the ZDR agreement',
  },
  {
    kind: ZDR,
    provider: 'anthropic',
    test: 'present',
    pattern: /\.messages\.batches\b|\.batches\.create\s*\(/g,
    requiresImport: true,
    message: 'Anthropic Message Batches store requests and results and are excluded from zero data retention',
  },
  {
    kind: ZDR,
    provider: 'mistral',
    test: 'present',
    pattern: /\.files\.(?:upload|create)\s*\(|\.(?:beta\.)?agents\.(?:create|complete)\s*\(/g,
    requiresImport: true,
    message: 'Mistral Files or Agents store content and are excluded from zero data retention',
  },
  {
    kind: 'bedrock-invocation-logging-text',
    provider: 'aws-bedrock',
    test: 'missing-argument',
    pattern:
      /put_model_invocation_logging_configuration\s*\(|new\s+PutModelInvocationLoggingConfigurationCommand\s*\(/g,
    argument: /text_?[dD]ata_?[dD]elivery_?[eE]nabled["']?\s*[:=]\s*(?:false|False)\b/,
    requiresImport: false,
    message: 'Bedrock model invocation logging is configured to deliver prompt and completion text',
  },
  // Chatbot UI (81328b6): its retrieval route reads every customer's chunks with the service-role key, by file ids
  // the caller sends; the tables' row-level security, which discovery reports, does not apply on that path.
  {
    kind: RLS_BYPASS,
    provider: 'supabase',
    test: 'present',
    pattern:
      /\b(?:SUPABASE_SERVICE_ROLE_KEY|SUPABASE_SERVICE_KEY|SUPABASE_SECRET_KEY|serviceRoleKey|service_role_key)\b/g,
    requiresImport: true,
    message:
      'Supabase client with the service-role key: row-level security does not apply to its queries, so this path must check who owns the rows itself',
  },
  {
    kind: 'vector-query-without-tenant-filter',
    provider: 'pinecone',
    test: 'missing-argument',
    pattern: /\.(?:query|searchRecords|search_records)\s*\(/g,
    argument: /\bnamespace\b|\bfilter\b|\btenant/i,
    requiresImport: true,
    heuristic: true,
    message:
      'Pinecone query without a namespace or metadata filter (heuristic: the namespace may be set elsewhere)',
  },
  {
    kind: 'vector-query-without-tenant-filter',
    provider: 'qdrant',
    test: 'missing-argument',
    pattern: /\.(?:search|query_points|queryPoints|search_batch)\s*\(/g,
    argument: /\bfilter\b|\bquery_filter\b|\btenant/i,
    requiresImport: true,
    heuristic: true,
    message: 'Qdrant search without a payload filter (heuristic: a filter built elsewhere is not seen)',
  },
  {
    kind: 'vector-query-without-tenant-filter',
    provider: 'chroma',
    test: 'missing-argument',
    pattern: /\.query\s*\(/g,
    argument: /\bwhere\b|\btenant/i,
    requiresImport: true,
    heuristic: true,
    message: 'Chroma query without a `where` filter (heuristic: collections per tenant also isolate)',
  },
  {
    kind: 'vector-query-without-tenant-filter',
    provider: 'weaviate',
    test: 'missing-argument',
    pattern: /\.(?:near_text|near_vector|nearText|nearVector|hybrid)\s*\(/g,
    argument: /\bwhere\b|\bfilters?\b|\btenant/i,
    requiresImport: true,
    heuristic: true,
    message:
      'Weaviate vector query without a filter or tenant (heuristic: `with_tenant` set elsewhere is not seen)',
  },
  {
    kind: 'vector-query-without-tenant-filter',
    provider: 'pgvector',
    test: 'missing-argument',
    pattern: /\bORDER\s+BY\s+[\w."]+\s*(?:<=>|<->|<#>)/gi,
    // A tenant column by name, or any WHERE condition bound to a parameter (`WHERE source_id = %s`,
    // `= $1`, `= :org`, `IN (...)`): the query is then scoped by the caller, not by luck.
    argument:
      /tenant|\bWHERE\b[\s\S]*?[\w."]+\s*(?:=|\bIN\b)\s*(?:%s|%\(\w+\)s|\$\d+|\?|:\w+|\{|\(|ANY\s*\()/i,
    requiresImport: false,
    heuristic: true,
    message:
      'pgvector similarity query without a tenant condition (heuristic: row-level security may still isolate tenants)',
  },
];
