import type { ProviderCategory } from '../types.js';

/**
 * How frameworks reach providers, as data: the import paths and package names of LangChain (JS and Python),
 * LlamaIndex, the Vercel AI SDK, Haystack and Semantic Kernel that name an integration, and the slug each
 * provider goes by in them. `@langchain/community/chat_models/togetherai`, `langchain_together`,
 * `llama_index.llms.together` and `@ai-sdk/togetherai` all end in a slug that normalises to `together...`.
 */

/** Where a framework puts an integration's slug: right after `prefix`, up to the next `/`, `.` or end. */
export interface IntegrationPath {
  framework: string;
  /**
   * `npm` import specifiers and package names, `python` dotted modules, `pypi` distribution names, `jvm` Java and
   * Kotlin imports, `maven` artifact ids.
   */
  ecosystem: 'npm' | 'python' | 'pypi' | 'jvm' | 'maven';
  prefix: string;
  /** For PyPI names written `<slug>-haystack`: the suffix after the slug. */
  suffix?: string;
  /**
   * Only providers of these categories: LangChain's `tools`/`utilities` hold search APIs next to database helpers
   * (`langchain.utilities.redis` is a Redis client, not Redis vector search).
   */
  categories?: readonly ProviderCategory[];
  /** Module names that are no service here (LangChain's Python `document_loaders.unstructured` partitions locally). */
  except?: readonly string[];
}

const SEARCH_TOOLS: readonly ProviderCategory[] = ['ml-platform', 'web-search'];

const py = (framework: string, ...prefixes: string[]): IntegrationPath[] =>
  prefixes.map((prefix) => ({ framework, ecosystem: 'python', prefix }));
const npm = (framework: string, ...prefixes: string[]): IntegrationPath[] =>
  prefixes.map((prefix) => ({ framework, ecosystem: 'npm', prefix }));
const pypi = (framework: string, ...prefixes: string[]): IntegrationPath[] =>
  prefixes.map((prefix) => ({ framework, ecosystem: 'pypi', prefix }));
const jvm = (framework: string, ...prefixes: string[]): IntegrationPath[] =>
  prefixes.map((prefix) => ({ framework, ecosystem: 'jvm', prefix }));
const maven = (framework: string, ...prefixes: string[]): IntegrationPath[] =>
  prefixes.map((prefix) => ({ framework, ecosystem: 'maven', prefix }));

const LANGCHAIN_KINDS = [
  'chat_models',
  'embeddings',
  'vectorstores',
  'llms',
  'retrievers',
  'document_compressors',
];
// Search and retrieval tools (`langchain_community.tools.tavily_search`, `utilities.tavily_search`).
const LANGCHAIN_TOOL_KINDS = ['tools', 'utilities'];
/**
 * Document loaders named for the service they call (`@langchain/community/document_loaders/web/firecrawl`'s
 * `FireCrawlLoader`, `langchain_community.document_loaders.firecrawl`): social-media-agent crawls every link with
 * Firecrawl through LangChain's loader, and Firecrawl was "only mentioned". Like the tools, only search, crawl and
 * parsing services: a loader of files or of a database reads what is already there (`document_loaders/fs/pdf`,
 * `document_loaders/web/s3`).
 */
const LANGCHAIN_LOADER_KINDS = ['document_loaders/web', 'document_loaders/fs', 'document_loaders'];

export const INTEGRATION_PATHS: readonly IntegrationPath[] = [
  ...npm('langchain', ...LANGCHAIN_KINDS.map((kind) => `@langchain/community/${kind}/`)),
  ...npm('langchain', ...LANGCHAIN_KINDS.map((kind) => `langchain/${kind}/`)),
  ...npm('langchain', '@langchain/'),
  ...npm('vercel-ai-sdk', '@ai-sdk/'),
  ...npm(
    'llamaindex',
    '@llamaindex/',
    'llamaindex/llm/',
    'llamaindex/embeddings/',
    'llamaindex/vector-store/',
  ),
  ...npm('mastra', '@mastra/'),
  ...py('langchain', ...LANGCHAIN_KINDS.map((kind) => `langchain_community.${kind}.`)),
  ...py('langchain', ...LANGCHAIN_KINDS.map((kind) => `langchain.${kind}.`)),
  ...[
    ...npm('langchain', ...LANGCHAIN_TOOL_KINDS.map((kind) => `@langchain/community/${kind}/`)),
    ...py('langchain', ...LANGCHAIN_TOOL_KINDS.map((kind) => `langchain_community.${kind}.`)),
    ...py('langchain', ...LANGCHAIN_TOOL_KINDS.map((kind) => `langchain.${kind}.`)),
    ...npm('langchain', ...LANGCHAIN_LOADER_KINDS.map((kind) => `@langchain/community/${kind}/`)),
    ...npm('langchain', ...LANGCHAIN_LOADER_KINDS.map((kind) => `langchain/${kind}/`)),
    ...py('langchain', 'langchain_community.document_loaders.', 'langchain.document_loaders.').map(
      (path) => ({
        ...path,
        except: ['unstructured'],
      }),
    ),
  ].map((path) => ({ ...path, categories: SEARCH_TOOLS })),
  ...py('langchain', 'langchain_'),
  ...py(
    'llamaindex',
    'llama_index.llms.',
    'llama_index.embeddings.',
    'llama_index.vector_stores.',
    'llama_index.multi_modal_llms.',
    'llama_index.postprocessor.',
    'llama_index.core.llms.',
    'llama_index.legacy.llms.',
    'llama_index.legacy.embeddings.',
    'llama_index.legacy.vector_stores.',
  ),
  ...py(
    'haystack',
    'haystack_integrations.components.generators.',
    'haystack_integrations.components.embedders.',
    'haystack_integrations.components.retrievers.',
    'haystack_integrations.document_stores.',
    'haystack.components.generators.',
    'haystack.components.embedders.',
    'haystack.document_stores.',
  ),
  ...py(
    'semantic-kernel',
    'semantic_kernel.connectors.ai.',
    'semantic_kernel.connectors.memory.',
    'semantic_kernel.connectors.',
  ),
  ...pypi('langchain', 'langchain-'),
  ...pypi(
    'llamaindex',
    'llama-index-llms-',
    'llama-index-embeddings-',
    'llama-index-vector-stores-',
    'llama-index-postprocessor-',
    'llama-index-multi-modal-llms-',
  ),
  { framework: 'haystack', ecosystem: 'pypi', prefix: '', suffix: '-haystack' },
  ...pypi('semantic-kernel', 'semantic-kernel-'),
  // LangChain4j (`dev.langchain4j.model.ollama.OllamaChatModel`, `langchain4j-community-zhipu-ai`) and Spring AI
  // (`org.springframework.ai.openai.OpenAiChatModel`, `spring-ai-starter-model-ollama`).
  ...jvm(
    'langchain4j',
    'dev.langchain4j.model.',
    'dev.langchain4j.community.model.',
    'dev.langchain4j.store.embedding.',
    'dev.langchain4j.community.store.embedding.',
  ),
  ...jvm('spring-ai', 'org.springframework.ai.vectorstore.', 'org.springframework.ai.'),
  ...maven('langchain4j', 'langchain4j-community-', 'langchain4j-'),
  ...maven('spring-ai', 'spring-ai-starter-model-', 'spring-ai-starter-vector-store-', 'spring-ai-'),
];

/**
 * Framework modules that re-export their integrations' classes under the classes' own names: LlamaIndex.TS's
 * `import { OpenAI, Settings } from "llamaindex"` (chat-llamaindex's only model client), old LlamaIndex's and old
 * LangChain's `from langchain import OpenAI`. A class imported from one names its provider as its module would.
 */
export const REEXPORTING_MODULES: readonly {
  framework: string;
  ecosystem: 'npm' | 'python';
  module: string;
}[] = [
  { framework: 'llamaindex', ecosystem: 'npm', module: 'llamaindex' },
  { framework: 'llamaindex', ecosystem: 'python', module: 'llama_index' },
  { framework: 'langchain', ecosystem: 'python', module: 'langchain' },
];

/**
 * Words a framework adds around a provider's name in a class or module (`ChatTongyi`, `OpenAIEmbeddings`,
 * `QdrantDocumentStore`, `azure_openai`); removed to find the slug when the whole name is not one.
 */
export const INTEGRATION_AFFIXES: readonly string[] = [
  'chatcompletion',
  'textcompletion',
  'chatgenerator',
  'documentembedder',
  'textembedder',
  'documentstore',
  'embeddingretriever',
  'vectorstore',
  'vectorsearch',
  'embeddings',
  'embedding',
  'generator',
  'endpoint',
  'chatmodel',
  'retriever',
  'reranker',
  'rerank',
  'store',
  'index',
  'chat',
  'llms',
  'llm',
  'vector',
  'model',
  'api',
  'ai',
  // A document loader's class (`FireCrawlLoader`), read only where its module is a framework's integration.
  'loader',
];

/**
 * Slugs (lowercase, without `-`, `_` or `.`) per catalog provider. Only names that denote the hosted (or
 * self-hosted) service itself: `huggingface` is the local Transformers runtime, not the hosted API.
 */
export const INTEGRATION_SLUGS: Readonly<Record<string, readonly string[]>> = {
  openai: ['openai'],
  'azure-openai': ['azureopenai', 'azure', 'azurechatopenai'],
  anthropic: ['anthropic', 'claude'],
  cohere: ['cohere'],
  mistral: ['mistral', 'mistralai'],
  'gemini-developer-api': [
    'google',
    'googlegenai',
    'gemini',
    'googlegenerativeai',
    'googleaigemini',
    'googleai',
  ],
  'vertex-ai': ['googlevertexai', 'vertexai', 'vertex', 'googlevertex', 'vertexaivectorsearch'],
  groq: ['groq'],
  together: ['together', 'togetherai'],
  fireworks: ['fireworks', 'fireworksai'],
  perplexity: ['perplexity', 'perplexityai'],
  deepseek: ['deepseek'],
  xai: ['xai', 'grok'],
  ai21: ['ai21'],
  replicate: ['replicate'],
  'huggingface-inference': [
    'huggingfaceapi',
    'huggingfaceinferenceapi',
    'huggingfacehub',
    'huggingfaceendpoint',
    'huggingfaceinference',
  ],
  'hf-transformers': [
    'huggingface',
    'sentencetransformers',
    'sentencetransformer',
    'huggingfacebge',
    'huggingfaceinstruct',
  ],
  deepinfra: ['deepinfra'],
  cerebras: ['cerebras'],
  sambanova: ['sambanova', 'sambanovacloud'],
  writer: ['writer'],
  moonshot: ['moonshot', 'kimi'],
  zhipu: ['zhipu', 'zhipuai', 'glm'],
  'alibaba-dashscope': ['dashscope', 'tongyi', 'qwen', 'alibabacloud', 'qianwen'],
  minimax: ['minimax'],
  // LlamaIndex's `llama-index-llms-siliconflow` and `llama-index-embeddings-siliconflow`; `siliconflow:…` model routes.
  siliconflow: ['siliconflow'],
  'nvidia-nim': ['nvidia', 'nvidiaaiendpoints', 'nim', 'nvidianim'],
  novita: ['novita'],
  upstage: ['upstage'],
  'ibm-watsonx': ['ibm', 'watsonx', 'watsonxai'],
  'cloudflare-workers-ai': ['cloudflareworkersai', 'cloudflare'],
  voyage: ['voyage', 'voyageai'],
  jina: ['jina', 'jinaai'],
  nomic: ['nomic'],
  mixedbread: ['mixedbread', 'mixedbreadai'],
  'aws-bedrock': ['bedrock', 'amazonbedrock', 'awsbedrock', 'aws', 'bedrockconverse', 'chatbedrock'],
  'aws-kendra': ['kendra', 'amazonkendra'],
  'azure-ai-search': ['azuresearch', 'azureaisearch', 'azurecognitivesearch', 'azureaisearchvectorstore'],
  pgvector: ['pgvector', 'postgres', 'postgresql', 'pgvecto', 'pgvectors', 'pgembedding', 'supabasepgvector'],
  pinecone: ['pinecone'],
  qdrant: ['qdrant'],
  weaviate: ['weaviate'],
  chroma: ['chroma', 'chromadb'],
  milvus: ['milvus'],
  'zilliz-cloud': ['zilliz'],
  lancedb: ['lancedb', 'lance'],
  turbopuffer: ['turbopuffer'],
  vespa: ['vespa'],
  'mongodb-atlas-vector-search': [
    'mongodb',
    'mongodbatlas',
    'mongodbatlasvectorsearch',
    'mongo',
    'azurecosmosdbmongo',
  ],
  'astra-db': ['astradb', 'astra'],
  'upstash-vector': ['upstash', 'upstashvector'],
  faiss: ['faiss'],
  typesense: ['typesense'],
  marqo: ['marqo'],
  elasticsearch: ['elasticsearch', 'elastic', 'elasticsearchstore', 'elasticvectorsearch'],
  opensearch: ['opensearch', 'opensearchvectorsearch', 'opensearchvector'],
  'redis-vector-search': ['redis', 'redisvector', 'redisvl'],
  couchbase: ['couchbase'],
  meilisearch: ['meilisearch'],
  singlestore: ['singlestore', 'singlestoredb'],
  vectara: ['vectara'],
  zep: ['zep', 'zepcloud'],
  'baidu-qianfan': ['qianfan', 'baiduqianfan', 'ernie', 'erniebot', 'baidu', 'wenxin'],
  ollama: ['ollama'],
  vllm: ['vllm'],
  'llama-cpp': ['llamacpp'],
  xinference: ['xinference'],
  localai: ['localai'],
  lmstudio: ['lmstudio'],
  tei: ['textembeddingsinference'],
  tgi: ['textgeneninference', 'huggingfacetextgeninference'],
  litellm: ['litellm'],
  'oci-generative-ai': ['ocigenai', 'ocigenerativeai'],
  'one-api': ['oneapi'],
  apipie: ['apipie'],
  ppio: ['ppio', 'ppinfra'],
  'gitee-ai': ['giteeai'],
  privatemode: ['privatemode'],
  koboldcpp: ['koboldcpp', 'kobold'],
  'text-generation-webui': ['textgenwebui', 'textgenerationwebui', 'oobabooga'],
  lemonade: ['lemonade'],
  'foundry-local': ['foundrylocal'],
  'docker-model-runner': ['dockermodelrunner', 'modelrunner'],
  omlx: ['omlx'],
  kokoro: ['kokoro'],
  fastcrw: ['fastcrw', 'crw'],
  'chroma-cloud': ['chromacloud'],
  openrouter: ['openrouter'],
  // The Vercel AI SDK's `@ai-sdk/baseten` (scira's model menu, unfound).
  baseten: ['baseten'],
  langfuse: ['langfuse'],
  arize: ['arize', 'phoenix'],
  opik: ['opik'],
  'weights-and-biases': ['wandb', 'weave'],
  gigachat: ['gigachat'],
  'iflytek-spark': ['sparkllm', 'iflytekspark', 'xfyun'],
  multion: ['multion'],
  netmind: ['netmind'],
  tavily: ['tavily', 'tavilysearch', 'tavilyanswer'],
  'you-com': ['you', 'youcom', 'ydc', 'yousearch'],
  kay: ['kay', 'kayai'],
  exa: ['exa', 'metaphor', 'exasearch', 'metaphorsearch'],
  'unstructured-api': ['unstructured'],
  firecrawl: ['firecrawl'],
  cassandra: ['cassandra'],
  'databricks-vector-search': ['databricks', 'databricksvectorsearch'],
  'cloudflare-vectorize': ['vectorize', 'cloudflarevectorize'],
  sarvam: ['sarvam'],
  e2b: ['e2b'],
  'aws-sagemaker': ['sagemaker', 'sagemakerendpoint'],
  // Ninth round (2026-12-04), from the module names of LangChain (`utilities.google_serper`, `utilities.serpapi`,
  // `utilities.duckduckgo_search`, `tools.ddg_search`, `utilities.searx_search`, `utilities.wolfram_alpha`) and
  // LangChain.js (`tools/serper`, `tools/google_custom_search`, `tools/duckduckgo_search`, `tools/wolframalpha`).
  serper: ['serper', 'googleserper'],
  serpapi: ['serpapi'],
  'google-custom-search': ['googlecustomsearch'],
  duckduckgo: ['duckduckgo', 'duckduckgosearch', 'ddgsearch'],
  searxng: ['searxng', 'searx', 'searxsearch'],
  'wolfram-alpha': ['wolframalpha'],
  deepl: ['deepl'],
  'black-forest-labs': ['blackforestlabs'],
};

/**
 * Class names that say more than their module: `AzureChatOpenAI` is imported from `langchain_openai` but
 * sends to Azure; `HuggingFaceEndpoint` from `langchain_huggingface` calls the hosted API.
 */
export const INTEGRATION_CLASSES: Readonly<Record<string, string>> = {
  AzureChatOpenAI: 'azure-openai',
  AzureOpenAI: 'azure-openai',
  AsyncAzureOpenAI: 'azure-openai',
  AzureOpenAIEmbeddings: 'azure-openai',
  AzureOpenAIEmbedding: 'azure-openai',
  AzureOpenAIChatCompletion: 'azure-openai',
  AzureTextEmbedding: 'azure-openai',
  AzureChatCompletion: 'azure-openai',
  AzureOpenAIGenerator: 'azure-openai',
  AzureOpenAIChatGenerator: 'azure-openai',
  AzureOpenAITextEmbedder: 'azure-openai',
  AzureOpenAIDocumentEmbedder: 'azure-openai',
  HuggingFaceEndpoint: 'huggingface-inference',
  HuggingFaceHub: 'huggingface-inference',
  HuggingFaceInferenceAPI: 'huggingface-inference',
  HuggingFaceInferenceAPIEmbeddings: 'huggingface-inference',
  HuggingFaceEndpointEmbeddings: 'huggingface-inference',
  HuggingFaceInferenceAPIEmbedding: 'huggingface-inference',
  HuggingFaceAPIGenerator: 'huggingface-inference',
  HuggingFaceAPIChatGenerator: 'huggingface-inference',
  InferenceClient: 'huggingface-inference',
  AsyncInferenceClient: 'huggingface-inference',
  HuggingFaceEmbeddings: 'hf-transformers',
  HuggingFaceEmbedding: 'hf-transformers',
  HuggingFaceBgeEmbeddings: 'hf-transformers',
  HuggingFaceLLM: 'hf-transformers',
  SentenceTransformer: 'hf-transformers',
  ChatTongyi: 'alibaba-dashscope',
  DashScopeEmbeddings: 'alibaba-dashscope',
  QianfanChatEndpoint: 'baidu-qianfan',
  QianfanEmbeddingsEndpoint: 'baidu-qianfan',
  QianfanLLMEndpoint: 'baidu-qianfan',
  ChatGoogleGenerativeAI: 'gemini-developer-api',
  GoogleGenerativeAIEmbeddings: 'gemini-developer-api',
  ChatVertexAI: 'vertex-ai',
  AnthropicVertex: 'vertex-ai',
  AsyncAnthropicVertex: 'vertex-ai',
  AnthropicBedrock: 'aws-bedrock',
  AsyncAnthropicBedrock: 'aws-bedrock',
  NeptuneAnalyticsGraph: 'aws-neptune',
  NeptuneGraph: 'aws-neptune',
  VertexAIEmbeddings: 'vertex-ai',
  ChatBedrock: 'aws-bedrock',
  ChatBedrockConverse: 'aws-bedrock',
  BedrockEmbeddings: 'aws-bedrock',
  BedrockChat: 'aws-bedrock',
  MongoDBAtlasVectorSearch: 'mongodb-atlas-vector-search',
  RedisVectorStore: 'redis-vector-search',
  PGVector: 'pgvector',
  PGVectorStore: 'pgvector',
  SupabaseVectorStore: 'pgvector',
  ElasticsearchStore: 'elasticsearch',
  OpenSearchVectorSearch: 'opensearch',
  Neo4jVector: 'neo4j',
  AzureSearch: 'azure-ai-search',
  AzureAISearchVectorStore: 'azure-ai-search',
  ZepMemory: 'zep',
  ZepClient: 'zep',
  AsyncZep: 'zep',
  Zep: 'zep',
  VectaraVectorStore: 'vectara',
  Vectara: 'vectara',
  MeilisearchVectorStore: 'meilisearch',
  Meilisearch: 'meilisearch',
  CouchbaseVectorStore: 'couchbase',
  CouchbaseSearchVectorStore: 'couchbase',
  SingleStoreDB: 'singlestore',
  SingleStoreVectorStore: 'singlestore',
  LunaryCallbackHandler: 'lunary',
  LangWatch: 'langwatch',
  OpikTracer: 'opik',
  gTTS: 'gtts',
  MetaphorToolSpec: 'exa',
  ExaToolSpec: 'exa',
  TavilyClient: 'tavily',
  AsyncTavilyClient: 'tavily',
  FirecrawlApp: 'firecrawl',
  UnstructuredClient: 'unstructured-api',
  // LlamaCloud's managed index and its retriever (LlamaIndex and LlamaIndex.TS).
  LlamaCloudIndex: 'llamacloud',
  LlamaCloudRetriever: 'llamacloud',
  // Search tool wrappers named in LangChain's and LlamaIndex's references (checked 2026-12-04).
  GoogleSerperAPIWrapper: 'serper',
  SerpAPIWrapper: 'serpapi',
  GoogleSearchAPIWrapper: 'google-custom-search',
  GoogleCustomSearch: 'google-custom-search',
  DuckDuckGoSearchAPIWrapper: 'duckduckgo',
  DuckDuckGoSearchRun: 'duckduckgo',
  DuckDuckGoSearchResults: 'duckduckgo',
  DuckDuckGoSearchToolSpec: 'duckduckgo',
  SearxSearchWrapper: 'searxng',
  SearxSearchRun: 'searxng',
  WolframAlphaAPIWrapper: 'wolfram-alpha',
  WolframAlphaTool: 'wolfram-alpha',
  WolframAlphaToolSpec: 'wolfram-alpha',
};
