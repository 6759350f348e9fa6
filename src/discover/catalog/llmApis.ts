import type { ProviderEntry } from './types.js';

const api = (
  entry: Omit<ProviderEntry, 'category' | 'hosting' | 'ai'> & Partial<ProviderEntry>,
): ProviderEntry => ({
  category: 'llm-api',
  hosting: 'vendor-hosted',
  ai: true,
  ...entry,
});

/** Model and embedding API vendors reached over the internet: every one is a sub-processor candidate. */
export const LLM_API_PROVIDERS: readonly ProviderEntry[] = [
  api({
    id: 'openai',
    name: 'OpenAI API',
    vendor: 'openai',
    website: 'https://openai.com',
    signals: {
      // NuGet: OpenAI's official .NET SDK, and Semantic Kernel's and Kernel Memory's OpenAI connectors (nuget.org).
      nuget: ['OpenAI', 'Microsoft.SemanticKernel.Connectors.OpenAI', 'Microsoft.KernelMemory.AI.OpenAI'],
      npm: ['openai', '@ai-sdk/openai', '@langchain/openai', '@llamaindex/openai'],
      pypi: ['openai', 'langchain-openai', 'llama-index-llms-openai', 'llama-index-embeddings-openai'],
      pythonImports: ['llama_index.llms.openai', 'llama_index.embeddings.openai'],
      go: ['github.com/sashabaranov/go-openai', 'github.com/openai/openai-go'],
      jvm: ['com.openai'],
      cargo: ['async-openai'],
      gem: ['ruby-openai', 'openai'],
      maven: ['openai-java', 'langchain4j-open-ai'],
      env: ['OPENAI_API_KEY', 'OPENAI_ORG_ID', 'OPENAI_ORGANIZATION', 'OPENAI_PROJECT_ID', 'OPENAI_BASE_URL'],
      hosts: ['api.openai.com'],
      models: [
        'gpt-3.5',
        'gpt-4',
        'gpt-5',
        'o1-',
        'o3-',
        'o4-mini',
        'chatgpt-4o',
        'text-embedding-3',
        'text-embedding-ada',
        'openai/',
        'dall-e-',
        'whisper-1',
        'tts-1',
      ],
    },
  }),
  api({
    id: 'anthropic',
    name: 'Anthropic Claude API',
    vendor: 'anthropic',
    website: 'https://www.anthropic.com',
    signals: {
      npm: ['@anthropic-ai/sdk', '@ai-sdk/anthropic', '@langchain/anthropic'],
      pypi: ['anthropic', 'langchain-anthropic', 'llama-index-llms-anthropic'],
      pythonImports: ['llama_index.llms.anthropic'],
      go: ['github.com/anthropics/anthropic-sdk-go', 'github.com/liushuangls/go-anthropic'],
      jvm: ['com.anthropic'],
      maven: ['anthropic-java', 'langchain4j-anthropic'],
      gem: ['anthropic'],
      env: ['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY'],
      // Also its consumer chat app's web API, called with a user's session key (Chat2DB's Claude client posts to
      // `https://claude.ai/api/append_message`; claude.ai is Anthropic's own app, anthropic.com, checked 2026-12-05).
      hosts: ['api.anthropic.com', 'claude.ai/api'],
      models: ['claude-', 'anthropic/'],
    },
  }),
  api({
    id: 'cohere',
    name: 'Cohere API',
    vendor: 'cohere',
    website: 'https://cohere.com',
    signals: {
      npm: ['cohere-ai', '@ai-sdk/cohere', '@langchain/cohere'],
      pypi: ['cohere', 'langchain-cohere'],
      go: ['github.com/cohere-ai/cohere-go'],
      env: ['COHERE_API_KEY', 'CO_API_KEY'],
      hosts: ['api.cohere.ai', 'api.cohere.com'],
      models: [
        'command-r',
        'command-a-',
        'embed-english-',
        'embed-multilingual-',
        'rerank-english-',
        'rerank-multilingual-',
        'rerank-v3',
        'cohere/',
      ],
    },
  }),
  api({
    id: 'mistral',
    name: 'Mistral AI API',
    vendor: 'mistral',
    website: 'https://mistral.ai',
    signals: {
      npm: ['@mistralai/mistralai', '@ai-sdk/mistral', '@langchain/mistralai'],
      pypi: ['mistralai', 'langchain-mistralai'],
      go: ['github.com/gage-technologies/mistral-go'],
      env: ['MISTRAL_API_KEY'],
      hosts: ['api.mistral.ai', 'codestral.mistral.ai'],
      models: ['mistral-large', 'mistral-small', 'mistral-medium', 'mistral-embed', 'codestral-', 'mistral/'],
    },
  }),
  api({
    id: 'gemini-developer-api',
    name: 'Google Gemini Developer API',
    vendor: 'google',
    website: 'https://ai.google.dev',
    signals: {
      npm: ['@google/generative-ai', '@ai-sdk/google', '@langchain/google-genai'],
      pypi: ['google-generativeai', 'langchain-google-genai'],
      pythonImports: ['google.generativeai'],
      go: ['github.com/google/generative-ai-go'],
      env: ['GEMINI_API_KEY', 'GOOGLE_GENERATIVE_AI_API_KEY'],
      hosts: ['generativelanguage.googleapis.com'],
      models: ['gemini/'],
    },
  }),
  api({
    // One SDK for both Google endpoints: which one a call reaches is a configuration fact (see factRules.ts).
    id: 'google-genai',
    name: 'Google Gen AI SDK (Gemini API or Vertex AI)',
    vendor: 'google',
    covers: ['gemini-developer-api', 'vertex-ai'],
    website: 'https://ai.google.dev/gemini-api/docs/sdks',
    signals: {
      npm: ['@google/genai'],
      pypi: ['google-genai'],
      pythonImports: ['google.genai'],
      go: ['google.golang.org/genai'],
    },
  }),
  api({
    id: 'groq',
    name: 'Groq API',
    vendor: 'groq',
    signals: {
      npm: ['groq-sdk', '@ai-sdk/groq', '@langchain/groq'],
      pypi: ['groq', 'langchain-groq'],
      env: ['GROQ_API_KEY'],
      hosts: ['api.groq.com'],
      models: ['groq/'],
    },
  }),
  // AI Horde, a crowd of volunteer-run workers (SillyTavern's default API, `src/endpoints/horde.js` at ba6f7b7: the
  // `@zeldafan0225/ai_horde` client and `https://aihorde.net/api/v2/…`, with a shared anonymous key), found only as an
  // unidentified AI endpoint before.
  api({
    id: 'ai-horde',
    name: 'AI Horde',
    vendor: 'ai-horde',
    signals: {
      npm: ['@zeldafan0225/ai_horde'],
      hosts: ['aihorde.net', 'stablehorde.net'],
    },
  }),
  api({
    id: 'together',
    name: 'Together AI',
    vendor: 'together',
    signals: {
      npm: ['together-ai', '@ai-sdk/togetherai'],
      pypi: ['together', 'langchain-together'],
      env: ['TOGETHER_API_KEY', 'TOGETHERAI_API_KEY'],
      hosts: ['api.together.xyz', 'api.together.ai'],
      models: ['together_ai/'],
    },
  }),
  api({
    id: 'fireworks',
    name: 'Fireworks AI',
    vendor: 'fireworks',
    signals: {
      npm: ['@ai-sdk/fireworks'],
      pypi: ['fireworks-ai', 'langchain-fireworks'],
      pythonImports: ['fireworks'],
      env: ['FIREWORKS_API_KEY'],
      hosts: ['api.fireworks.ai'],
      models: ['accounts/fireworks/', 'fireworks_ai/'],
    },
  }),
  api({
    id: 'perplexity',
    name: 'Perplexity API',
    vendor: 'perplexity',
    signals: {
      npm: ['@ai-sdk/perplexity', '@perplexity-ai/perplexity_ai'],
      pypi: ['perplexityai'],
      pythonImports: ['perplexity'],
      env: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
      hosts: ['api.perplexity.ai'],
      models: ['sonar-', 'perplexity/'],
    },
  }),
  // Perplexity's Search API: ranked web results for a query, no model answering (`POST api.perplexity.ai/search`, the
  // SDKs' `client.search.create(…)`: docs.perplexity.ai, "Search API", checked 2026-12-07). An app that only searches
  // with it sends the query, not prompts to a model (`signals/searchOnly.ts` moves a file's Perplexity proofs here where
  // that file searches and never chats). Filed with the classic web search APIs it works as (Brave's, Bing's): results,
  // not an answer (anything-llm's web-browsing agent calls it beside its Perplexity chat provider).
  api({
    id: 'perplexity-search',
    serves: 'search',
    name: 'Perplexity Search API',
    vendor: 'perplexity',
    category: 'web-search',
    ai: false,
    website: 'https://docs.perplexity.ai',
    signals: { hosts: ['api.perplexity.ai/search'] },
  }),
  api({
    id: 'deepseek',
    name: 'DeepSeek API',
    vendor: 'deepseek',
    signals: {
      npm: ['@ai-sdk/deepseek'],
      pypi: ['langchain-deepseek'],
      env: ['DEEPSEEK_API_KEY'],
      hosts: ['api.deepseek.com'],
      models: ['deepseek-chat', 'deepseek-reasoner', 'deepseek/'],
    },
  }),
  api({
    id: 'xai',
    name: 'xAI Grok API',
    vendor: 'xai',
    signals: {
      npm: ['@ai-sdk/xai'],
      pypi: ['xai-sdk', 'langchain-xai'],
      env: ['XAI_API_KEY'],
      hosts: ['api.x.ai'],
      models: ['grok-', 'xai/'],
    },
  }),
  api({
    id: 'ai21',
    name: 'AI21 Labs',
    vendor: 'ai21',
    signals: {
      pypi: ['ai21', 'langchain-ai21'],
      env: ['AI21_API_KEY'],
      hosts: ['api.ai21.com'],
      models: ['jamba-', 'ai21/'],
    },
  }),
  api({
    id: 'replicate',
    name: 'Replicate',
    vendor: 'replicate',
    signals: {
      npm: ['replicate'],
      pypi: ['replicate'],
      go: ['github.com/replicate/replicate-go'],
      env: ['REPLICATE_API_TOKEN', 'REPLICATE_API_KEY'],
      hosts: ['api.replicate.com'],
      models: ['replicate/'],
    },
  }),
  api({
    id: 'huggingface-inference',
    name: 'Hugging Face Inference API',
    vendor: 'huggingface',
    signals: {
      npm: ['@huggingface/inference'],
      go: ['github.com/hupe1980/go-huggingface'],
      // Not `huggingface_hub`, `langchain-huggingface` or HF_TOKEN: they download open weights to run locally
      // as often as they call the hosted API; the client classes below (InferenceClient, ...) say which.
      env: ['HUGGINGFACEHUB_API_TOKEN', 'HF_API_TOKEN'],
      hosts: ['api-inference.huggingface.co', 'router.huggingface.co', '*.endpoints.huggingface.cloud'],
      models: ['huggingface/'],
    },
  }),
  api({
    id: 'deepinfra',
    name: 'DeepInfra',
    vendor: 'deepinfra',
    signals: {
      npm: ['@ai-sdk/deepinfra'],
      env: ['DEEPINFRA_API_KEY', 'DEEPINFRA_API_TOKEN'],
      hosts: ['api.deepinfra.com'],
      models: ['deepinfra/'],
    },
  }),
  api({
    id: 'cerebras',
    name: 'Cerebras Inference',
    vendor: 'cerebras',
    signals: {
      npm: ['@cerebras/cerebras_cloud_sdk', '@ai-sdk/cerebras'],
      pypi: ['cerebras-cloud-sdk'],
      pythonImports: ['cerebras.cloud'],
      env: ['CEREBRAS_API_KEY'],
      hosts: ['api.cerebras.ai'],
      models: ['cerebras/'],
    },
  }),
  api({
    id: 'sambanova',
    name: 'SambaNova Cloud',
    vendor: 'sambanova',
    signals: {
      pypi: ['sambanova', 'langchain-sambanova'],
      env: ['SAMBANOVA_API_KEY'],
      hosts: ['api.sambanova.ai'],
      models: ['sambanova/'],
    },
  }),
  api({
    id: 'reka',
    name: 'Reka API',
    vendor: 'reka',
    signals: { pypi: ['reka-api'], pythonImports: ['reka'], env: ['REKA_API_KEY'], hosts: ['api.reka.ai'] },
  }),
  api({
    id: 'aleph-alpha',
    name: 'Aleph Alpha',
    vendor: 'aleph-alpha',
    signals: {
      pypi: ['aleph-alpha-client'],
      env: ['ALEPH_ALPHA_API_KEY', 'AA_TOKEN'],
      hosts: ['api.aleph-alpha.com'],
      models: ['luminous-'],
    },
  }),
  api({
    id: 'writer',
    name: 'Writer (Palmyra)',
    vendor: 'writer',
    signals: {
      npm: ['writer-sdk'],
      pypi: ['writer-sdk'],
      pythonImports: ['writerai'],
      env: ['WRITER_API_KEY'],
      hosts: ['api.writer.com'],
      models: ['palmyra-'],
    },
  }),
  api({
    id: 'moonshot',
    name: 'Moonshot AI (Kimi)',
    vendor: 'moonshot',
    signals: {
      env: ['MOONSHOT_API_KEY'],
      hosts: ['api.moonshot.ai', 'api.moonshot.cn'],
      models: ['moonshot-v1', 'kimi-k2', 'moonshot/'],
    },
  }),
  api({
    id: 'zhipu',
    name: 'Zhipu AI (GLM)',
    vendor: 'zhipu',
    signals: {
      pypi: ['zhipuai'],
      env: ['ZHIPUAI_API_KEY'],
      hosts: ['open.bigmodel.cn', 'api.z.ai'],
      models: ['glm-4'],
    },
  }),
  api({
    id: 'alibaba-dashscope',
    name: 'Alibaba Cloud Model Studio (Qwen)',
    vendor: 'alibaba',
    signals: {
      pypi: ['dashscope'],
      jvm: ['com.alibaba.dashscope'],
      maven: ['dashscope-sdk-java'],
      env: ['DASHSCOPE_API_KEY'],
      // And any host under DashScope's own domain: the Coding Plan's `coding.dashscope.aliyuncs.com` and
      // `coding-intl.dashscope.aliyuncs.com` (Yuxi-Know's built-in providers, proposed as unidentified AI endpoints).
      hosts: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com', '*.dashscope.aliyuncs.com'],
      models: ['qwen-max', 'qwen-plus', 'qwen-turbo', 'dashscope/'],
    },
  }),
  api({
    id: 'minimax',
    name: 'MiniMax API',
    vendor: 'minimax',
    // `api.minimaxi.com`, mainland China's host (the MiniMax MCP server's README: "https://api.minimax.io for Global or
    // https://api.minimaxi.com for Mainland"; rig-core's `CHINA_API_BASE_URL`), and `api.minimaxi.chat`, its older
    // global host; Yuxi-Know's was proposed as an unidentified AI endpoint.
    signals: {
      env: ['MINIMAX_API_KEY', 'MINIMAX_GROUP_ID'],
      hosts: ['api.minimax.io', 'api.minimax.chat', 'api.minimaxi.com', 'api.minimaxi.chat'],
    },
  }),
  api({
    id: 'nvidia-nim',
    name: 'NVIDIA API Catalog (NIM)',
    vendor: 'nvidia',
    signals: {
      pypi: ['langchain-nvidia-ai-endpoints'],
      pythonImports: ['langchain_nvidia_ai_endpoints'],
      env: ['NVIDIA_API_KEY', 'NGC_API_KEY'],
      hosts: ['integrate.api.nvidia.com', 'ai.api.nvidia.com'],
      models: ['nvidia_nim/'],
    },
  }),
  api({
    id: 'novita',
    name: 'Novita AI',
    vendor: 'novita',
    signals: { env: ['NOVITA_API_KEY'], hosts: ['api.novita.ai'], models: ['novita/'] },
  }),
  api({
    id: 'hyperbolic',
    name: 'Hyperbolic',
    vendor: 'hyperbolic',
    signals: { env: ['HYPERBOLIC_API_KEY'], hosts: ['api.hyperbolic.xyz'], models: ['hyperbolic/'] },
  }),
  api({
    id: 'friendli',
    name: 'FriendliAI',
    vendor: 'friendli',
    signals: {
      pypi: ['friendli-client'],
      env: ['FRIENDLI_TOKEN'],
      hosts: ['api.friendli.ai'],
      models: ['friendliai/'],
    },
  }),
  api({
    id: 'baseten',
    name: 'Baseten',
    vendor: 'baseten',
    signals: {
      pypi: ['baseten', 'truss'],
      env: ['BASETEN_API_KEY'],
      hosts: ['*.api.baseten.co', 'inference.baseten.co'],
    },
  }),
  // Eleventh round: GPU clouds that run models, or the app's own model code, on the customer's data, like Replicate and
  // Baseten. Checked on 2026-12-05 against: Runpod's Python, JavaScript and Go SDK pages (PyPI `runpod`, npm
  // `runpod-sdk`, `github.com/runpod/go-sdk`; RUNPOD_API_KEY), its endpoint operations reference (`https://api.runpod.ai/
  // v2/ENDPOINT_ID/runsync`) and its API catalog (`rest.runpod.io/v1`, `api.runpod.ai/v2`); Modal's JavaScript SDK
  // reference (npm `modal`; MODAL_TOKEN_ID, MODAL_TOKEN_SECRET), the modal-client README (PyPI `modal`, the Go module
  // `github.com/modal-labs/modal-client/go`) and its web endpoint URL guide (`https://<workspace>--<label>.modal.run`);
  // fal's JavaScript and Python client pages (npm `@fal-ai/client`, the deprecated `@fal-ai/serverless-client`, PyPI
  // `fal-client` imported as `fal_client`; FAL_KEY, or FAL_KEY_ID and FAL_KEY_SECRET), the fal repository README (PyPI
  // `fal`, which deploys the app's own code to fal's GPUs), the AI SDK's fal provider (`@ai-sdk/fal`), the queue and
  // synchronous request pages (`queue.fal.run`, `fal.run`) and model ids such as `fal-ai/flux/dev`. A Modal or Runpod
  // worker that imports the SDK runs on the vendor's machines with whatever the app sends it.
  api({
    id: 'runpod',
    name: 'Runpod (GPU cloud and serverless endpoints)',
    vendor: 'runpod',
    website: 'https://www.runpod.io',
    signals: {
      npm: ['runpod-sdk'],
      pypi: ['runpod'],
      go: ['github.com/runpod/go-sdk'],
      env: ['RUNPOD_API_KEY'],
      hosts: ['api.runpod.ai', 'rest.runpod.io'],
    },
  }),
  api({
    id: 'modal',
    name: 'Modal (serverless GPU compute)',
    vendor: 'modal',
    website: 'https://modal.com',
    // Modal Sandboxes (`modal.Sandbox.create`, modal.com/docs/guide/sandbox, checked 2026-12-05) run untrusted code.
    sandboxes: true,
    signals: {
      npm: ['modal'],
      pypi: ['modal'],
      go: ['github.com/modal-labs/modal-client/go'],
      env: ['MODAL_TOKEN_ID', 'MODAL_TOKEN_SECRET'],
      // Deployed web endpoints, `<workspace>--<label>.modal.run`: the `--` keeps a `this.modal.run()` call out, and
      // `modal.com` is the web site and dashboard.
      hosts: ['*--*.modal.run'],
    },
  }),
  api({
    id: 'fal',
    name: 'fal (generative media models and serverless GPUs)',
    vendor: 'fal',
    website: 'https://fal.ai',
    signals: {
      npm: ['@fal-ai/client', '@fal-ai/serverless-client', '@ai-sdk/fal'],
      pypi: ['fal-client', 'fal'],
      env: ['FAL_KEY', 'FAL_KEY_ID', 'FAL_KEY_SECRET'],
      hosts: ['fal.run', 'queue.fal.run'],
      models: ['fal-ai/'],
    },
  }),
  api({
    id: 'upstage',
    name: 'Upstage (Solar)',
    vendor: 'upstage',
    signals: {
      pypi: ['langchain-upstage'],
      env: ['UPSTAGE_API_KEY'],
      hosts: ['api.upstage.ai'],
      models: ['solar-pro', 'solar-mini'],
    },
  }),
  api({
    id: 'nlp-cloud',
    name: 'NLP Cloud',
    vendor: 'nlp-cloud',
    signals: { pypi: ['nlpcloud'], npm: ['nlpcloud'], env: ['NLPCLOUD_API_KEY'], hosts: ['api.nlpcloud.io'] },
  }),
  api({
    id: 'cloudflare-workers-ai',
    name: 'Cloudflare Workers AI',
    vendor: 'cloudflare',
    signals: {
      npm: ['workers-ai-provider'],
      env: ['CLOUDFLARE_AI_API_TOKEN'],
      // Workers AI's REST and OpenAI-compatible paths under the account (`/accounts/{id}/ai/run/{model}`,
      // `/accounts/{id}/ai/v1`): the host alone is Cloudflare's whole API.
      hosts: ['api.cloudflare.com/client/v4/accounts/*/ai'],
      models: ['@cf/', 'cloudflare/'],
    },
  }),
  api({
    id: 'ibm-watsonx',
    name: 'IBM watsonx.ai',
    vendor: 'ibm',
    signals: {
      pypi: ['ibm-watsonx-ai', 'langchain-ibm'],
      go: ['github.com/IBM/watsonx-go'],
      env: ['WATSONX_APIKEY', 'WATSONX_API_KEY', 'WATSONX_PROJECT_ID'],
      hosts: ['*.ml.cloud.ibm.com'],
      models: ['ibm/granite', 'watsonx/'],
    },
  }),
  api({
    id: 'elevenlabs',
    serves: 'speech',
    name: 'ElevenLabs',
    vendor: 'elevenlabs',
    signals: {
      npm: ['elevenlabs', '@elevenlabs/elevenlabs-js'],
      pypi: ['elevenlabs'],
      env: ['ELEVENLABS_API_KEY', 'ELEVEN_API_KEY'],
      hosts: ['api.elevenlabs.io'],
    },
  }),
  api({
    id: 'assemblyai',
    speech: 'listens',
    serves: 'speech',
    name: 'AssemblyAI',
    vendor: 'assemblyai',
    signals: {
      npm: ['assemblyai'],
      pypi: ['assemblyai'],
      env: ['ASSEMBLYAI_API_KEY'],
      hosts: ['api.assemblyai.com'],
    },
  }),
  api({
    id: 'deepgram',
    serves: 'speech',
    name: 'Deepgram',
    vendor: 'deepgram',
    signals: {
      npm: ['@deepgram/sdk'],
      pypi: ['deepgram-sdk'],
      pythonImports: ['deepgram'],
      env: ['DEEPGRAM_API_KEY'],
      hosts: ['api.deepgram.com'],
    },
  }),
  api({
    id: 'stability',
    name: 'Stability AI',
    vendor: 'stability',
    signals: { pypi: ['stability-sdk'], env: ['STABILITY_API_KEY'], hosts: ['api.stability.ai'] },
  }),
  api({
    id: 'voyage',
    name: 'Voyage AI embeddings',
    vendor: 'voyage',
    category: 'embedding-api',
    signals: {
      npm: ['voyageai'],
      pypi: ['voyageai', 'langchain-voyageai'],
      env: ['VOYAGE_API_KEY'],
      hosts: ['api.voyageai.com'],
      models: ['voyage-3', 'voyage-large', 'voyage-code', 'voyage/'],
    },
  }),
  api({
    id: 'jina',
    name: 'Jina AI embeddings',
    vendor: 'jina',
    category: 'embedding-api',
    sharedCredentials: true,
    signals: {
      env: ['JINA_API_KEY', 'JINAAI_API_KEY'],
      // The embeddings and reranker API; the reader and search endpoints are `jina-reader`.
      hosts: ['api.jina.ai'],
      models: ['jina-embeddings-', 'jina-reranker-'],
    },
  }),
  api({
    // Reader (r.jina.ai: a URL in, the page as text out), Search (s.jina.ai: a query in) and DeepSearch: they receive
    // the URLs and queries an agent looks up, not the documents it holds (README of github.com/jina-ai/reader, read
    // 2026-12-04).
    id: 'jina-reader',
    serves: 'search',
    name: 'Jina Reader and Search',
    vendor: 'jina',
    category: 'ml-platform',
    website: 'https://github.com/jina-ai/reader',
    signals: { hosts: ['r.jina.ai', 's.jina.ai', 'deepsearch.jina.ai'] },
  }),
  api({
    id: 'nomic',
    name: 'Nomic Atlas embeddings',
    vendor: 'nomic',
    category: 'embedding-api',
    signals: {
      pypi: ['nomic', 'langchain-nomic'],
      env: ['NOMIC_API_KEY'],
      hosts: ['api-atlas.nomic.ai'],
      models: ['nomic-embed-text'],
    },
  }),
  api({
    id: 'mixedbread',
    name: 'Mixedbread embeddings',
    vendor: 'mixedbread',
    category: 'embedding-api',
    signals: {
      npm: ['@mixedbread-ai/sdk', '@mixedbread/sdk'],
      pypi: ['mixedbread-ai', 'mixedbread'],
      env: ['MXBAI_API_KEY', 'MIXEDBREAD_API_KEY'],
      hosts: ['api.mixedbread.ai'],
    },
  }),
  api({
    id: 'baidu-qianfan',
    name: 'Baidu Qianfan (ERNIE)',
    vendor: 'baidu',
    website: 'https://cloud.baidu.com/product/wenxinworkshop',
    signals: {
      pypi: ['qianfan', 'erniebot'],
      npm: ['@baiducloud/qianfan'],
      env: ['QIANFAN_AK', 'QIANFAN_SK', 'QIANFAN_ACCESS_KEY', 'QIANFAN_SECRET_KEY'],
      hosts: ['qianfan.baidubce.com', 'aip.baidubce.com'],
      models: ['ernie-'],
    },
  }),
  api({
    id: 'gtts',
    speech: 'speaks',
    serves: 'speech',
    name: 'Google Translate text-to-speech (gTTS)',
    vendor: 'google',
    category: 'ml-platform',
    website: 'https://pypi.org/project/gTTS/',
    signals: { pypi: ['gtts'] },
  }),
  api({
    id: 'siliconflow',
    name: 'SiliconFlow',
    vendor: 'siliconflow',
    website: 'https://siliconflow.cn',
    signals: { env: ['SILICONFLOW_API_KEY'], hosts: ['api.siliconflow.cn', 'api.siliconflow.com'] },
  }),
  api({
    id: 'ai302',
    name: '302.AI',
    vendor: '302ai',
    website: 'https://302.ai',
    signals: { env: ['AI302_API_KEY', 'AI302_URL'], hosts: ['api.302.ai', 'api.302ai.cn'] },
  }),
  api({
    id: 'microsoft-edge-tts',
    speech: 'speaks',
    serves: 'speech',
    name: 'Microsoft Edge read-aloud speech (edge-tts)',
    vendor: 'microsoft',
    category: 'ml-platform',
    website: 'https://github.com/rany2/edge-tts',
    // The consumer text-to-speech service behind Edge's read-aloud, which the edge-tts libraries call.
    signals: {
      pypi: ['edge-tts'],
      pythonImports: ['edge_tts'],
      npm: ['edge-tts', 'msedge-tts', 'edge-tts-universal'],
      hosts: ['speech.platform.bing.com'],
    },
  }),
  api({
    id: 'tencent-hunyuan',
    name: 'Tencent Hunyuan',
    vendor: 'tencent',
    website: 'https://cloud.tencent.com/product/hunyuan',
    signals: {
      pythonImports: ['tencentcloud.hunyuan'],
      env: ['HUNYUAN_API_KEY'],
      hosts: ['hunyuan.tencentcloudapi.com', 'api.hunyuan.cloud.tencent.com'],
      models: ['hunyuan-'],
    },
  }),
  api({
    id: 'volcengine-ark',
    name: 'Volcengine Ark (Doubao)',
    vendor: 'bytedance',
    website: 'https://www.volcengine.com/product/ark',
    signals: {
      pypi: ['volcengine-python-sdk'],
      go: ['github.com/volcengine/volcengine-go-sdk/service/arkruntime'],
      pythonImports: ['volcenginesdkarkruntime'],
      env: ['ARK_API_KEY', 'VOLC_ACCESSKEY', 'VOLCENGINE_API_KEY'],
      hosts: ['ark.cn-beijing.volces.com', '*.volces.com'],
      models: ['doubao-'],
    },
  }),
  api({
    id: 'baichuan',
    name: 'Baichuan',
    vendor: 'baichuan',
    website: 'https://platform.baichuan-ai.com',
    signals: { env: ['BAICHUAN_API_KEY'], hosts: ['api.baichuan-ai.com'], models: ['baichuan'] },
  }),
  // Chat web apps a browser extension drives over their own WebSockets (chathub: `wss://sydney.bing.com/sydney/ChatHub`
  // for Bing Chat, now Microsoft Copilot; `wss://chat.lmsys.org/queue/join` for LMSYS's Chatbot Arena, now LMArena at
  // lmarena.ai, which serves the open-weight models it hosts). Hosts read from the apps' code and lmarena.ai, 2026-12-07.
  api({
    id: 'bing-chat',
    name: 'Microsoft Copilot (Bing Chat)',
    vendor: 'microsoft',
    website: 'https://copilot.microsoft.com',
    signals: { hosts: ['sydney.bing.com'] },
  }),
  api({
    id: 'lmarena',
    name: 'LMArena (LMSYS Chatbot Arena)',
    vendor: 'lmarena',
    website: 'https://lmarena.ai',
    signals: { hosts: ['chat.lmsys.org', 'lmarena.ai'] },
  }),
  api({
    id: 'stepfun',
    name: 'StepFun',
    vendor: 'stepfun',
    website: 'https://platform.stepfun.com',
    signals: { env: ['STEPFUN_API_KEY'], hosts: ['api.stepfun.com'], models: ['step-1', 'step-2'] },
  }),
  api({
    id: 'lingyiwanwu',
    name: '01.AI (Yi)',
    vendor: '01-ai',
    website: 'https://platform.lingyiwanwu.com',
    signals: {
      env: ['YI_API_KEY', 'LINGYIWANWU_API_KEY'],
      hosts: ['api.lingyiwanwu.com', 'api.01.ai'],
      models: ['yi-large', 'yi-lightning'],
    },
  }),
  api({
    id: 'iflytek-spark',
    name: 'iFlytek Spark',
    vendor: 'iflytek',
    website: 'https://xinghuo.xfyun.cn',
    signals: {
      env: ['SPARK_API_KEY', 'SPARK_APP_ID'],
      // The open platform's speech, embedding and Spark hosts (`spark-api.cn-huabei-1.xf-yun.com`,
      // `iat-api.xfyun.cn`, `tts-api.xfyun.cn`, `emb-cn-huabei-1.xf-yun.com`).
      hosts: ['spark-api-open.xf-yun.com', 'spark-api.xf-yun.com', '*.xf-yun.com', '*.xfyun.cn'],
    },
  }),
  api({
    id: 'gigachat',
    name: 'GigaChat (Sber)',
    vendor: 'sber',
    website: 'https://developers.sber.ru/portal/products/gigachat-api',
    signals: {
      pypi: ['gigachat', 'langchain-gigachat'],
      env: ['GIGACHAT_CREDENTIALS', 'GIGACHAT_API_KEY'],
      hosts: ['gigachat.devices.sberbank.ru', 'ngw.devices.sberbank.ru'],
    },
  }),
  api({
    id: 'netmind',
    name: 'NetMind',
    vendor: 'netmind',
    website: 'https://www.netmind.ai',
    signals: { pypi: ['langchain-netmind'], env: ['NETMIND_API_KEY'], hosts: ['api.netmind.ai'] },
  }),
  api({
    id: 'tavily',
    serves: 'search',
    name: 'Tavily search API',
    vendor: 'tavily',
    category: 'ml-platform',
    website: 'https://tavily.com',
    signals: {
      pypi: ['tavily-python', 'langchain-tavily'],
      npm: ['@tavily/core', '@langchain/tavily'],
      pythonImports: ['tavily'],
      env: ['TAVILY_API_KEY'],
      hosts: ['api.tavily.com'],
    },
  }),
  api({
    id: 'exa',
    serves: 'search',
    name: 'Exa (formerly Metaphor) search API',
    vendor: 'exa',
    category: 'ml-platform',
    website: 'https://exa.ai',
    signals: {
      pypi: ['exa-py', 'metaphor-python', 'langchain-exa'],
      npm: ['exa-js'],
      pythonImports: [
        'exa_py',
        'metaphor_python',
        'llama_hub.tools.metaphor',
        'llama_index.tools.metaphor',
        'llama_index.tools.exa',
      ],
      env: ['EXA_API_KEY', 'METAPHOR_API_KEY'],
      hosts: ['api.exa.ai', 'api.metaphor.systems'],
    },
  }),
  api({
    id: 'unstructured-api',
    name: 'Unstructured API (document parsing)',
    vendor: 'unstructured',
    category: 'ml-platform',
    website: 'https://unstructured.io',
    signals: {
      pypi: ['unstructured-client'],
      pythonImports: ['unstructured_client'],
      npm: ['unstructured-client'],
      env: ['UNSTRUCTURED_API_KEY', 'UNSTRUCTURED_API_URL'],
      hosts: ['api.unstructured.io', '*.api.unstructuredapp.io', 'api.unstructuredapp.io'],
    },
    // The open-source API server, run with `docker run downloads.unstructured.io/unstructured-io/unstructured-api`
    // (also on quay.io): https://github.com/Unstructured-IO/unstructured-api#readme (checked 2026-12-04).
    selfHosted: { name: 'Unstructured API (self-hosted)', images: ['unstructured-io/unstructured-api'] },
  }),
  // LlamaIndex's hosted parser: the app uploads whole files to it (SurfSense's only parser that leaves the machine).
  // Packages: https://pypi.org/project/llama-cloud-services/ and llama-parse (checked 2026-12-05). Also LlamaCloud's
  // managed index (`LlamaCloudIndex`, `LlamaCloudRetriever`; the Python `llama-index-indices-managed-llama-cloud`, the
  // TS `llamaindex/cloud` and `@llamaindex/cloud` client): the documents and their vectors are kept and searched at
  // LlamaCloud (chat-llamaindex's every bot answers from one, and only its key was found).
  api({
    id: 'llamacloud',
    name: 'LlamaCloud (LlamaParse document parsing, managed indexes)',
    vendor: 'llamaindex',
    category: 'ml-platform',
    website: 'https://www.llamaindex.ai/llamaparse',
    managedIndex: 'LlamaCloud(?:Composite)?(?:Index|Retriever)|indices.managed.llama_cloud',
    signals: {
      pypi: [
        'llama-parse',
        'llama-cloud-services',
        'llama-cloud',
        'llama-index-readers-llama-parse',
        'llama-index-indices-managed-llama-cloud',
      ],
      pythonImports: ['llama_index.indices.managed.llama_cloud'],
      npm: ['llama-cloud-services', '@llamaindex/llama-cloud', 'llama-parse', '@llamaindex/cloud'],
      env: ['LLAMA_CLOUD_API_KEY'],
      hosts: ['api.cloud.llamaindex.ai', 'api.cloud.eu.llamaindex.ai'],
    },
  }),
  api({
    id: 'adobe-pdf-services',
    name: 'Adobe PDF Services API (PDF extraction)',
    vendor: 'adobe',
    category: 'ml-platform',
    website: 'https://developer.adobe.com/document-services/apis/pdf-extract/',
    signals: {
      pypi: ['pdfservices-sdk'],
      pythonImports: ['adobe.pdfservices'],
      npm: ['@adobe/pdfservices-node-sdk'],
      env: ['PDF_SERVICES_CLIENT_ID', 'PDF_SERVICES_CLIENT_SECRET'],
      hosts: ['pdf-services.adobe.io', 'pdf-services-ue1.adobe.io', 'pdf-services-ew1.adobe.io'],
    },
  }),
  // Datalab's hosted Marker API: the app uploads each document to it and gets Markdown back (refly parses PDFs with it).
  // Thirteenth round, checked on 2026-12-06 against Datalab's API overview (documentation.datalab.to: `POST
  // https://www.datalab.to/api/v1/marker` in one version, `/api/v1/convert` in the current one, with `X-API-Key`) and
  // its Python SDK page and PyPI README (`pip install datalab-python-sdk`, `from datalab_sdk import DatalabClient`,
  // DATALAB_API_KEY, base URL `https://www.datalab.to`). `www.datalab.to` is also its site, and a `www.` host is read as
  // a site, so the API's path is a marker. The open-source `marker-pdf` library runs in the app's own process and sends
  // nothing to Datalab.
  api({
    id: 'datalab',
    name: 'Datalab Marker API (document conversion)',
    vendor: 'datalab',
    category: 'ml-platform',
    website: 'https://www.datalab.to',
    signals: {
      pypi: ['datalab-python-sdk'],
      pythonImports: ['datalab_sdk'],
      env: ['DATALAB_API_KEY'],
      markers: ['datalab.to/api/v1'],
    },
  }),
  api({
    id: 'firecrawl',
    serves: 'search',
    name: 'Firecrawl',
    vendor: 'firecrawl',
    category: 'ml-platform',
    website: 'https://www.firecrawl.dev',
    signals: {
      pypi: ['firecrawl-py', 'firecrawl'],
      npm: ['@mendable/firecrawl-js'],
      pythonImports: ['firecrawl'],
      env: ['FIRECRAWL_API_KEY'],
      hosts: ['api.firecrawl.dev'],
    },
  }),
  api({
    id: 'sarvam',
    name: 'Sarvam AI',
    vendor: 'sarvam',
    website: 'https://www.sarvam.ai',
    signals: { pypi: ['sarvamai'], npm: ['sarvamai'], env: ['SARVAM_API_KEY'], hosts: ['api.sarvam.ai'] },
  }),
  api({
    id: 'zeroentropy',
    name: 'ZeroEntropy (retrieval and reranking API)',
    vendor: 'zeroentropy',
    category: 'embedding-api',
    website: 'https://www.zeroentropy.dev',
    signals: {
      pypi: ['zeroentropy'],
      npm: ['zeroentropy'],
      env: ['ZEROENTROPY_API_KEY'],
      hosts: ['api.zeroentropy.dev'],
    },
  }),
  api({
    id: 'e2b',
    name: 'E2B code sandboxes',
    vendor: 'e2b',
    category: 'ml-platform',
    serves: 'code',
    website: 'https://e2b.dev',
    signals: {
      pypi: ['e2b', 'e2b-code-interpreter'],
      npm: ['e2b', '@e2b/code-interpreter'],
      env: ['E2B_API_KEY'],
      hosts: ['api.e2b.dev', '*.e2b.dev', '*.e2b.app'],
    },
  }),
  // Cloud sandboxes an agent runs code in, like E2B (SurfSense's Daytona sandbox receives the agent's code and files).
  // SDKs: https://www.daytona.io/docs/en/python-sdk (checked 2026-12-05).
  api({
    id: 'daytona',
    name: 'Daytona sandboxes',
    vendor: 'daytona',
    category: 'ml-platform',
    serves: 'code',
    website: 'https://www.daytona.io',
    signals: {
      pypi: ['daytona', 'daytona-sdk'],
      npm: ['@daytonaio/sdk'],
      env: ['DAYTONA_API_KEY'],
      hosts: ['app.daytona.io'],
    },
  }),
  // Scalebox, cloud sandboxes an agent runs code in, like E2B (refly's code-execution tool runs each program a model wrote
  // there). Thirteenth round, checked on 2026-12-06 against the `@scalebox/sdk` README (npm: SCALEBOX_API_KEY,
  // SCALEBOX_API_URL defaulting to `https://api.scalebox.dev`), the `scalebox-sdk` PyPI page (`from
  // scalebox.code_interpreter import Sandbox`) and Scalebox's Sandbox API reference (docs.scalebox.dev: `POST
  // /v1/sandboxes`, `X-API-Key`). Its sandboxes' own hosts (`<sandbox>.<id>.scalebox.dev`) share the domain with its
  // site and docs, so only the API host names it.
  api({
    id: 'scalebox',
    name: 'Scalebox code sandboxes',
    vendor: 'scalebox',
    category: 'ml-platform',
    serves: 'code',
    website: 'https://www.scalebox.dev',
    signals: {
      npm: ['@scalebox/sdk'],
      pypi: ['scalebox-sdk'],
      pythonImports: ['scalebox'],
      env: ['SCALEBOX_API_KEY', 'SCALEBOX_API_URL'],
      hosts: ['api.scalebox.dev'],
    },
  }),
  // A tool-integration broker: an agent reaches the user's Gmail, Drive or calendar through it, with data passing its
  // servers (SurfSense). https://docs.composio.dev (checked 2026-12-05).
  api({
    id: 'composio',
    name: 'Composio (agent tool integrations)',
    vendor: 'composio',
    category: 'ml-platform',
    website: 'https://composio.dev',
    signals: {
      pypi: ['composio', 'composio-core', 'composio-openai', 'composio-langchain', 'composio-langgraph'],
      npm: ['composio-core', '@composio/core'],
      env: ['COMPOSIO_API_KEY'],
      hosts: ['backend.composio.dev'],
    },
  }),
  api({
    id: 'olostep',
    serves: 'search',
    name: 'Olostep web scraping API',
    vendor: 'olostep',
    category: 'ml-platform',
    website: 'https://www.olostep.com',
    signals: { env: ['OLOSTEP_API_KEY'], hosts: ['agent.olostep.com', 'api.olostep.com'] },
  }),
  api({
    id: 'ppio',
    name: 'PPIO (PPInfra) model API',
    vendor: 'ppio',
    website: 'https://ppio.com',
    signals: { env: ['PPIO_API_KEY'], hosts: ['api.ppinfra.com', 'api.ppio.com'] },
  }),
  api({
    id: 'gitee-ai',
    name: 'Gitee AI (Moark) model API',
    vendor: 'gitee',
    website: 'https://ai.gitee.com',
    signals: { env: ['GITEE_AI_API_KEY', 'GITEEAI_API_KEY'], hosts: ['ai.gitee.com', 'moark.com'] },
  }),
  api({
    id: 'privatemode',
    name: 'Privatemode AI (confidential-computing model API)',
    vendor: 'edgeless-systems',
    website: 'https://www.privatemode.ai',
    // Reached through the vendor's proxy, which the deployer runs locally and which forwards encrypted prompts.
    signals: {
      images: ['ghcr.io/edgelesssys/privatemode/privatemode-proxy'],
      env: ['PRIVATEMODE_API_KEY'],
      hosts: ['api.privatemode.ai'],
    },
  }),
  api({
    id: 'you-com',
    serves: 'search',
    name: 'You.com search API',
    vendor: 'you-com',
    category: 'ml-platform',
    website: 'https://you.com',
    signals: {
      pypi: ['youdotcom'],
      env: ['YDC_API_KEY', 'YOU_API_KEY'],
      hosts: ['api.you.com', 'ydc-index.io', 'chat-api.you.com', 'api.ydc-index.io'],
    },
  }),
  api({
    id: 'kay',
    name: 'Kay (retrieval API over company data)',
    vendor: 'kay',
    category: 'ml-platform',
    website: 'https://kay.ai',
    signals: { pypi: ['kay'], env: ['KAY_API_KEY'], hosts: ['api.kay.ai'] },
  }),
  api({
    id: 'fastcrw',
    serves: 'search',
    name: 'fastCRW web search and scraping API',
    vendor: 'fastcrw',
    category: 'ml-platform',
    website: 'https://fastcrw.com',
    signals: { env: ['CRW_API_KEY', 'FASTCRW_API_KEY'], hosts: ['fastcrw.com', 'api.fastcrw.com'] },
  }),
  // Fourth accuracy round (issue 13): vendors fresh apps call by host, each seen in their code.
  api({
    id: 'modular',
    name: 'Modular Cloud (MAX) model API',
    vendor: 'modular',
    website: 'https://www.modular.com',
    signals: { env: ['MODULAR_API_KEY'], hosts: ['api.modular.com'] },
  }),
  api({
    id: 'sakana',
    name: 'Sakana AI model API',
    vendor: 'sakana',
    website: 'https://sakana.ai',
    signals: { env: ['SAKANA_API_KEY'], hosts: ['api.sakana.ai'] },
  }),
  api({
    id: 'inworld',
    serves: 'speech',
    name: 'Inworld text-to-speech API',
    vendor: 'inworld',
    website: 'https://inworld.ai',
    signals: { hosts: ['api.inworld.ai'] },
  }),
  api({
    id: 'arcee',
    name: 'Arcee AI model API',
    vendor: 'arcee',
    website: 'https://www.arcee.ai',
    signals: { hosts: ['api.arcee.ai'] },
  }),
  api({
    id: 'chutes',
    name: 'Chutes serverless inference',
    vendor: 'chutes',
    website: 'https://chutes.ai',
    signals: { hosts: ['llm.chutes.ai'] },
  }),
  api({
    id: 'nous-research',
    name: 'Nous Research inference API',
    vendor: 'nous-research',
    website: 'https://nousresearch.com',
    signals: { hosts: ['inference-api.nousresearch.com'] },
  }),
  api({
    id: 'github-models',
    name: 'GitHub Models inference API',
    vendor: 'github',
    website: 'https://github.com/marketplace/models',
    // `models.inference.ai.azure.com` was the endpoint before `models.github.ai` (aichat's preset still uses it).
    signals: { hosts: ['models.github.ai', 'models.inference.ai.azure.com'] },
  }),
  // A model gateway's adapters for hosted model APIs the catalog lacked (portkey-gateway's `src/providers/<name>/api.ts`,
  // each host as its adapter's base URL: 26 of its 70-odd adapters were missing). Hosts only: their names (`lambda`,
  // `cortex`) are too common a word to be read alone.
  // Its API under the site's own host (`https://aibadgr.com/api/v1`): the path keeps a link to the site from counting.
  api({
    id: 'aibadgr',
    name: 'AI Badgr model API',
    vendor: 'aibadgr',
    website: 'https://aibadgr.com',
    signals: { hosts: ['aibadgr.com/api'] },
  }),
  api({
    id: 'anyscale-endpoints',
    name: 'Anyscale Endpoints',
    vendor: 'anyscale',
    website: 'https://www.anyscale.com',
    signals: { hosts: ['api.endpoints.anyscale.com'] },
  }),
  api({
    id: 'bytez',
    name: 'Bytez model API',
    vendor: 'bytez',
    website: 'https://bytez.com',
    signals: { hosts: ['api.bytez.com'] },
  }),
  api({
    id: 'deepbricks',
    name: 'DeepBricks model API',
    vendor: 'deepbricks',
    website: 'https://deepbricks.ai',
    signals: { hosts: ['api.deepbricks.ai'] },
  }),
  api({
    id: 'featherless-ai',
    name: 'Featherless AI model API',
    vendor: 'featherless',
    website: 'https://featherless.ai',
    signals: { hosts: ['api.featherless.ai'] },
  }),
  api({
    id: 'inference-net',
    name: 'Inference.net model API',
    vendor: 'inference-net',
    website: 'https://inference.net',
    signals: { hosts: ['api.inference.net'] },
  }),
  api({
    id: 'io-intelligence',
    name: 'IO Intelligence model API (io.net)',
    vendor: 'io-net',
    website: 'https://io.net',
    signals: { hosts: ['api.intelligence.io.solutions'] },
  }),
  api({
    id: 'kluster-ai',
    name: 'kluster.ai model API',
    vendor: 'kluster-ai',
    website: 'https://kluster.ai',
    signals: { hosts: ['api.kluster.ai'] },
  }),
  api({
    id: 'krutrim',
    name: 'Krutrim Cloud model API (Ola)',
    vendor: 'ola',
    website: 'https://cloud.olakrutrim.com',
    signals: { hosts: ['cloud.olakrutrim.com'] },
  }),
  api({
    id: 'lambda-labs',
    name: 'Lambda Inference API',
    vendor: 'lambda-labs',
    website: 'https://lambda.ai',
    signals: { hosts: ['api.lambdalabs.com'] },
  }),
  api({
    id: 'lemonfox-ai',
    name: 'Lemonfox.ai model API',
    vendor: 'lemonfox',
    website: 'https://lemonfox.ai',
    signals: { hosts: ['api.lemonfox.ai'] },
  }),
  api({
    id: 'matterai',
    name: 'MatterAI model API',
    vendor: 'matterai',
    website: 'https://matterai.so',
    signals: { hosts: ['api.matterai.so'] },
  }),
  api({
    id: 'meshy',
    name: 'Meshy 3D generation API',
    vendor: 'meshy',
    website: 'https://www.meshy.ai',
    signals: { hosts: ['api.meshy.ai'] },
  }),
  api({
    id: 'monsterapi',
    name: 'MonsterAPI model API',
    vendor: 'monsterapi',
    website: 'https://monsterapi.ai',
    signals: { hosts: ['llm.monsterapi.ai'] },
  }),
  api({
    id: 'ncompass',
    name: 'nCompass model API',
    vendor: 'ncompass',
    website: 'https://ncompass.tech',
    signals: { hosts: ['api.ncompass.tech'] },
  }),
  api({
    id: 'nebius-ai-studio',
    name: 'Nebius AI Studio model API',
    vendor: 'nebius',
    website: 'https://nebius.com',
    signals: { hosts: ['api.studio.nebius.ai'] },
  }),
  api({
    id: 'nextbit',
    name: 'Nextbit model API',
    vendor: 'nextbit',
    website: 'https://nextbit256.com',
    signals: { hosts: ['api.nextbit256.com'] },
  }),
  api({
    id: 'nscale',
    name: 'Nscale serverless inference API',
    vendor: 'nscale',
    website: 'https://www.nscale.com',
    signals: { hosts: ['inference.api.nscale.com'] },
  }),
  api({
    id: 'ovhcloud-ai-endpoints',
    name: 'OVHcloud AI Endpoints',
    vendor: 'ovhcloud',
    website: 'https://endpoints.ai.cloud.ovh.net',
    signals: { hosts: ['oai.endpoints.kepler.ai.cloud.ovh.net'] },
  }),
  api({
    id: 'predibase',
    name: 'Predibase model API',
    vendor: 'predibase',
    website: 'https://predibase.com',
    signals: { hosts: ['serving.app.predibase.com'] },
  }),
  api({
    id: 'recraft-ai',
    name: 'Recraft image generation API',
    vendor: 'recraft',
    website: 'https://www.recraft.ai',
    signals: { hosts: ['external.api.recraft.ai'] },
  }),
  api({
    id: 'segmind',
    name: 'Segmind model API',
    vendor: 'segmind',
    website: 'https://www.segmind.com',
    signals: { hosts: ['api.segmind.com'] },
  }),
  api({
    id: 'tripo3d',
    name: 'Tripo 3D generation API',
    vendor: 'tripo',
    website: 'https://www.tripo3d.ai',
    signals: { hosts: ['api.tripo3d.ai'] },
  }),
  api({
    id: 'regolo',
    name: 'Regolo.ai model API',
    vendor: 'regolo',
    website: 'https://regolo.ai',
    signals: { hosts: ['api.regolo.ai'] },
  }),
  api({
    id: 'leptonai',
    name: 'Lepton AI model API',
    vendor: 'lepton',
    website: 'https://www.lepton.ai',
    // One host per deployed model: `https://{model}.lepton.run/api/v1`; and the shared API's (portkey-gateway's
    // `src/providers/lepton/api.ts:3`, `https://api.lepton.ai`, missed while the catalog knew Lepton).
    signals: { env: ['LEPTON_API_KEY'], hosts: ['*.lepton.run', 'api.lepton.ai'] },
  }),
  api({
    id: 'llama-api',
    name: 'Llama API (llama-api.com)',
    vendor: 'llama-api',
    website: 'https://www.llama-api.com',
    signals: { hosts: ['api.llama-api.com'] },
  }),
  api({
    id: 'sensetime',
    name: 'SenseTime SenseNova model API',
    vendor: 'sensetime',
    website: 'https://platform.sensenova.cn',
    signals: { hosts: ['api.sensenova.cn'] },
  }),
  api({
    id: 'sid',
    name: "SID (retrieval API over a user's connected data)",
    vendor: 'sid',
    category: 'ml-platform',
    website: 'https://www.sid.ai',
    signals: { hosts: ['api.sid.ai'] },
  }),
  api({
    id: 'multion',
    name: 'MultiOn browsing agent API',
    vendor: 'multion',
    category: 'ml-platform',
    website: 'https://www.multion.ai',
    signals: {
      pypi: ['multion'],
      pythonImports: ['multion'],
      env: ['MULTION_API_KEY'],
      hosts: ['api.multion.ai'],
    },
  }),
  api({
    id: 'webpilot',
    serves: 'search',
    name: 'WebPilot web reading API',
    vendor: 'webpilot',
    category: 'ml-platform',
    website: 'https://www.webpilot.ai',
    signals: { hosts: ['*.webpilotai.com'] },
  }),
  api({
    id: 'geospy',
    name: 'GeoSpy photo geolocation API',
    vendor: 'geospy',
    category: 'ml-platform',
    website: 'https://geospy.ai',
    signals: { hosts: ['*.geospy.ai'] },
  }),
  api({
    id: 'oci-generative-ai',
    name: 'OCI Generative AI',
    vendor: 'oracle',
    website: 'https://www.oracle.com/artificial-intelligence/generative-ai/generative-ai-service/',
    signals: {
      go: [
        'github.com/oracle/oci-go-sdk/v65/generativeaiinference',
        'github.com/oracle/oci-go-sdk/v65/generativeai',
      ],
      pythonImports: ['oci.generative_ai_inference', 'oci.generative_ai'],
      // https://docs.oracle.com/en-us/iaas/api/#/en/generative-ai-inference/ (per region).
      hosts: ['inference.generativeai.*.oci.oraclecloud.com'],
    },
  }),
  api({
    id: 'linkai',
    name: 'LinkAI model and agent API',
    vendor: 'linkai',
    website: 'https://link-ai.tech',
    signals: { hosts: ['api.link-ai.tech'] },
  }),
  api({
    id: 'modelscope',
    name: 'ModelScope API-Inference',
    vendor: 'modelscope',
    website: 'https://modelscope.cn',
    // Only the hosted inference API: the `modelscope` package downloads models to run in process.
    signals: { hosts: ['api-inference.modelscope.cn'] },
  }),
  api({
    id: 'tencent-cloud-speech',
    serves: 'speech',
    name: 'Tencent Cloud speech recognition and synthesis',
    vendor: 'tencent',
    category: 'ml-platform',
    website: 'https://cloud.tencent.com/product/asr',
    signals: {
      pythonImports: ['tencentcloud.asr', 'tencentcloud.tts'],
      go: [
        'github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/asr',
        'github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tts',
      ],
      hosts: ['asr.tencentcloudapi.com', 'tts.tencentcloudapi.com'],
    },
  }),
  api({
    id: 'alibaba-nls',
    serves: 'speech',
    name: 'Alibaba Cloud Intelligent Speech Interaction',
    vendor: 'alibaba',
    category: 'ml-platform',
    website: 'https://www.alibabacloud.com/product/intelligent-speech-interaction',
    // The gateway by region (`nls-gateway-cn-shanghai.aliyuncs.com`, `nls-gateway.cn-shanghai.aliyuncs.com`) and the
    // token service (`nls-meta.cn-shanghai.aliyuncs.com`).
    signals: {
      hosts: ['nls-gateway.*.aliyuncs.com', 'nls-gateway-*.aliyuncs.com', 'nls-meta.*.aliyuncs.com'],
    },
  }),
  api({
    id: 'bocha',
    serves: 'search',
    name: 'Bocha AI search API',
    vendor: 'bocha',
    category: 'ml-platform',
    website: 'https://open.bocha.cn',
    // Also its other domain: the Web Search API's examples on open.bochaai.com post to
    // `https://api.bochaai.com/v1/web-search` with BOCHA_API_KEY (checked 2026-12-05; bisheng's web-search tool).
    signals: { hosts: ['api.bocha.cn', 'api.bochaai.com'], env: ['BOCHA_API_KEY'] },
  }),
  api({
    id: 'coze',
    name: 'Coze agent API',
    vendor: 'bytedance',
    website: 'https://www.coze.com',
    // Global and China sites: https://api.coze.com, https://api.coze.cn.
    signals: { jvm: ['com.coze.openapi'], maven: ['coze-api'], hosts: ['api.coze.com', 'api.coze.cn'] },
  }),
  // Twelfth round, checked on 2026-12-05: Chatbase, a hosted AI agent (chatbot) platform, modelled like Coze: the app
  // sends it the user's messages and its model answers them. Chatbase's "Message a chatbot" page (`POST
  // https://www.chatbase.co/api/v1/chat`, Bearer key, `messages` and `chatbotId`), its OpenAPI file (server
  // `https://www.chatbase.co/api/v1`) and its API v2 overview and streaming pages (`https://www.chatbase.co/api/v2`,
  // `/agents/{agentId}/chat`; file uploads at `https://files.chatbase.co/api/v2`). `www.chatbase.co` is also its site and
  // dashboard, and a `www.` host is read as a site, so the API's paths are markers. Thirteenth round, checked on
  // 2026-12-06: its chat widget, pasted into a site as the embed script copied from the dashboard, is driven through
  // `window.chatbase` (the "Widget Control" page: `window.chatbase.open()`), and a signed-in user is identified to the
  // agent with `window.chatbase("identify", { … })` (the JavaScript SDK's Identity Verification page), which postiz
  // calls with each user's token. The script's own URL is not printed in any docs page checked (they show the
  // dashboard), so it is still left out: the identify call is the marker.
  api({
    id: 'chatbase',
    name: 'Chatbase (AI agent API)',
    vendor: 'chatbase',
    website: 'https://www.chatbase.co',
    signals: {
      hosts: ['files.chatbase.co/api'],
      markers: ['chatbase.co/api/v1', 'chatbase.co/api/v2', 'chatbase("identify"', "chatbase('identify'"],
    },
  }),
  api({
    id: 'tbox',
    name: 'Tbox (Ant Group agent platform)',
    vendor: 'antgroup',
    category: 'ml-platform',
    // A hosted agent app answers the messages sent to it, as a model API does (see Dify).
    serves: 'models',
    // The SDK of Ant Group's hosted agent apps (LangBot's runners/tboxapi.py: `from tboxsdk.tbox import TboxClient`).
    signals: { pypi: ['tboxsdk'] },
  }),
  api({
    id: 'dify',
    name: 'Dify app API',
    vendor: 'dify',
    category: 'ml-platform',
    // A hosted app answers the user's messages with its models, as Coze and Chatbase do: one of the model providers an
    // operator chooses among (coai's Dify channel type, proposed under no condition beside 13 conditional ones).
    serves: 'models',
    website: 'https://dify.ai',
    // Dify Cloud's API; a self-hosted Dify is reached at the URL its deployer gives.
    signals: { jvm: ['io.github.imfangs.dify'], hosts: ['api.dify.ai'] },
  }),
  // Ninth round (RAGFlow and LibreChat reviews): classic web search APIs an agent's search tool sends queries to.
  // Category `web-search` (not `ml-platform` like `tavily`/`exa`): not AI services (`ai: false`), they return links and snippets, and an
  // undeclared one is a high, not critical, gap. Checked on 2026-12-04 against: the `serpapi` PyPI/npm READMEs
  // (serpapi-python: "separate from the legacy serpapi module, which is available on PyPI as
  // google-search-results"; serpapi-javascript: `getJson`, "Coming from google-search-results-nodejs?") and
  // LangChain's SerpAPIWrapper reference (SERPAPI_API_KEY, `from serpapi import GoogleSearch`); LangChain's
  // GoogleSerperAPIWrapper reference and source (SERPER_API_KEY, `https://google.serper.dev/search`); Brave's
  // Search API docs (api-dashboard.search.brave.com: `api.search.brave.com/res/v1`, X-Subscription-Token), LiteLLM's
  // Brave search page (BRAVE_API_KEY) and Brave tool integrations in public code (BRAVE_SEARCH_API_KEY); Google's
  // Custom Search JSON API "Using REST" page (`https://www.googleapis.com/customsearch/v1`,
  // `customsearch.googleapis.com`) and LangChain.js's
  // GoogleCustomSearch (GOOGLE_CSE_ID; GOOGLE_API_KEY left out: Gemini uses it too); LangChain's
  // DuckDuckGoSearchAPIWrapper source (`from ddgs import DDGS`, formerly `duckduckgo_search`), PyPI `ddgs` and
  // `duckduckgo-search`, and llama-index-tools-duckduckgo; LangChain's SearxSearchWrapper reference (SEARX_HOST),
  // its SearxNG provider page (SEARXNG_HOST), the searxng MCP servers (SEARXNG_URL) and SearXNG's container image
  // (`searxng/searxng`, SEARXNG_BASE_URL); Wolfram's Full Results API docs (`api.wolframalpha.com/v2/query`), LLM
  // API docs and LangChain.js WolframAlphaTool (`www.wolframalpha.com/api/v1/llm-api`), LangChain's
  // WolframAlphaAPIWrapper (WOLFRAM_ALPHA_APPID, PyPI `wolframalpha`) and PyPI llama-index-tools-wolfram-alpha.
  api({
    id: 'serper',
    name: 'Serper (Google search results API)',
    vendor: 'serper',
    category: 'web-search',
    serves: 'search',
    ai: false,
    website: 'https://serper.dev',
    signals: { env: ['SERPER_API_KEY'], hosts: ['google.serper.dev'] },
  }),
  // Microsoft's Bing Web Search API (v7), reached at api.bing.microsoft.com with an `Ocp-Apim-Subscription-Key`
  // (learn.microsoft.com, "Bing Web Search API v7 reference", checked 2026-12-06; retired for new customers in 2025,
  // its endpoint still in apps' code): farfalle sends every search question there, unfound.
  api({
    id: 'bing-search',
    name: 'Bing Web Search API',
    vendor: 'microsoft',
    category: 'web-search',
    serves: 'search',
    ai: false,
    website: 'https://www.microsoft.com/bing/apis',
    signals: {
      env: [
        'BING_API_KEY',
        'BING_SEARCH_API_KEY',
        'BING_SUBSCRIPTION_KEY',
        'BING_SEARCH_V7_SUBSCRIPTION_KEY',
      ],
      hosts: ['api.bing.microsoft.com', 'api.cognitive.microsoft.com/bing'],
    },
  }),
  api({
    id: 'serpapi',
    name: 'SerpApi (search engine results API)',
    vendor: 'serpapi',
    category: 'web-search',
    serves: 'search',
    ai: false,
    website: 'https://serpapi.com',
    signals: {
      pypi: ['google-search-results', 'serpapi'],
      npm: ['serpapi', 'google-search-results-nodejs'],
      env: ['SERPAPI_API_KEY'],
      // The search endpoint only: `serpapi.com/manage-api-key` is where a key is made, named in help texts.
      hosts: ['serpapi.com/search', 'serpapi.com/search.json'],
    },
  }),
  // Spotify's Web API, searched by an agent's tool with the user's words (llm-answer-engine's `searchSong(query)` calls
  // `api.search(query, ["track"])` through `@spotify/web-api-ts-sdk`, unfound): a catalog search API like the ones
  // here, not AI. Its SDKs (`@spotify/web-api-ts-sdk`, Spotify's own: "Introducing the TypeScript SDK for the Spotify
  // Web API", developer.spotify.com blog, 2023-07-03, checked 2026-12-06; the community `spotify-web-api-node`,
  // `spotify-web-api-js` and PyPI `spotipy`, not re-checked on their registries) and its API host
  // `api.spotify.com`. Not SPOTIFY_CLIENT_ID alone: a "Sign in with Spotify" login reads the same names and sends no
  // query.
  api({
    id: 'spotify',
    name: 'Spotify Web API',
    vendor: 'spotify',
    category: 'web-search',
    ai: false,
    website: 'https://developer.spotify.com/documentation/web-api',
    signals: {
      npm: ['@spotify/web-api-ts-sdk', 'spotify-web-api-node', 'spotify-web-api-js'],
      pypi: ['spotipy'],
      hosts: ['api.spotify.com'],
    },
  }),
  api({
    id: 'brave-search',
    name: 'Brave Search API',
    vendor: 'brave',
    category: 'web-search',
    serves: 'search',
    ai: false,
    website: 'https://brave.com/search/api/',
    signals: { env: ['BRAVE_API_KEY', 'BRAVE_SEARCH_API_KEY'], hosts: ['api.search.brave.com'] },
  }),
  api({
    id: 'google-custom-search',
    name: 'Google Programmable Search (Custom Search JSON API)',
    vendor: 'google',
    category: 'web-search',
    serves: 'search',
    ai: false,
    website: 'https://developers.google.com/custom-search/v1/overview',
    signals: {
      env: ['GOOGLE_CSE_ID'],
      hosts: ['customsearch.googleapis.com'],
      // The documented URI is on `www.googleapis.com`, which a host with a path cannot name (`www.` hosts are
      // read as web sites): the path is the marker.
      markers: ['googleapis.com/customsearch/v1'],
    },
  }),
  api({
    id: 'duckduckgo',
    name: 'DuckDuckGo search (duckduckgo-search / ddgs)',
    vendor: 'duckduckgo',
    category: 'web-search',
    serves: 'search',
    ai: false,
    website: 'https://duckduckgo.com',
    // No key: the packages read DuckDuckGo's result pages. `ddgs` (the renamed package) can also query other
    // engines it names as backends.
    signals: {
      pypi: ['duckduckgo-search', 'ddgs', 'llama-index-tools-duckduckgo'],
      pythonImports: ['llama_index.tools.duckduckgo'],
      hosts: ['api.duckduckgo.com', 'html.duckduckgo.com', 'lite.duckduckgo.com'],
    },
  }),
  // Search engines' result pages read by scraping libraries, no key and no contract: each query goes to the engine as
  // a person's search would (OpenManus's search tool, Google by default, Baidu, DuckDuckGo and Bing as fallbacks).
  // Checked on 2026-12-07 against: the `googlesearch-python` PyPI page ("uses requests and BeautifulSoup4 to scrape
  // Google", `from googlesearch import search`); python-baidusearch's README and PyPI `baidusearch` ("Baidu Search
  // unofficial API", `from baidusearch.baidusearch import search`); Bing's own result page
  // `https://www.bing.com/search?q=`, read by apps with `requests` (a `www.` host cannot be a host entry, so the page's
  // path is the marker).
  api({
    id: 'google-search-scraping',
    name: 'Google search results (scraped by googlesearch-python)',
    vendor: 'google',
    category: 'web-search',
    serves: 'search',
    ai: false,
    website: 'https://pypi.org/project/googlesearch-python/',
    signals: { pypi: ['googlesearch-python'], pythonImports: ['googlesearch'] },
  }),
  api({
    id: 'baidu-search',
    name: 'Baidu search results (scraped by baidusearch)',
    vendor: 'baidu',
    category: 'web-search',
    serves: 'search',
    ai: false,
    website: 'https://github.com/amazingcoderpro/python-baidusearch',
    signals: { pypi: ['baidusearch'] },
  }),
  // Baidu's AI Search API on the Qianfan platform (`POST qianfan.baidubce.com/v2/ai_search/web_search`, cloud.baidu.com
  // doc qianfan-api Wmbq4z7e5, as the code cites it): web results for a query, matched before Qianfan's model host
  // (anything-llm's web-browsing agent, `web-browsing.js:622-640`, was proposed as an ERNIE model provider receiving
  // prompts and documents).
  api({
    id: 'baidu-ai-search',
    serves: 'search',
    name: 'Baidu AI Search API (Qianfan)',
    vendor: 'baidu',
    category: 'web-search',
    ai: false,
    website: 'https://cloud.baidu.com/doc/qianfan-api/s/Wmbq4z7e5',
    signals: { hosts: ['qianfan.baidubce.com/v2/ai_search'] },
  }),
  api({
    id: 'bing-web-search-page',
    name: 'Bing search result pages (scraped)',
    vendor: 'microsoft',
    category: 'web-search',
    serves: 'search',
    ai: false,
    website: 'https://www.bing.com',
    signals: { markers: ['www.bing.com/search?q=', 'cn.bing.com/search?q='] },
  }),
  api({
    id: 'searxng',
    name: 'SearXNG metasearch engine (self-hosted)',
    vendor: 'searxng',
    category: 'web-search',
    serves: 'search',
    hosting: 'self-hosted',
    ai: false,
    website: 'https://docs.searxng.org',
    // An instance the deployer runs, which passes each query on to the engines it is configured with.
    signals: {
      env: ['SEARX_HOST', 'SEARXNG_HOST', 'SEARXNG_URL', 'SEARXNG_BASE_URL'],
      images: ['searxng/searxng'],
    },
  }),
  api({
    id: 'wolfram-alpha',
    name: 'Wolfram|Alpha API',
    vendor: 'wolfram',
    category: 'web-search',
    ai: false,
    website: 'https://products.wolframalpha.com/api',
    signals: {
      pypi: ['wolframalpha', 'llama-index-tools-wolfram-alpha'],
      pythonImports: ['llama_index.tools.wolfram_alpha'],
      env: ['WOLFRAM_ALPHA_APPID'],
      hosts: ['api.wolframalpha.com'],
      // The LLM API lives on `www.wolframalpha.com`, the web site's host: the path is the marker.
      markers: ['wolframalpha.com/api/v1/llm-api'],
    },
  }),
  // Checked on 2026-12-04: DeepL's "Access and authentication" and "Your first API request" pages (`api.deepl.com`,
  // `api-free.deepl.com`, `import deepl`, `deepl-node`), the deepl PyPI README and deepl-python's
  // examples/basic_usage (DEEPL_AUTH_KEY). Black Forest Labs' integration guidelines (docs.bfl.ai: `api.bfl.ai`,
  // `api.eu.bfl.ai`, `api.us.bfl.ai`, legacy `api.eu1.bfl.ai`, `api.us1.bfl.ai`; `api.bfl.ml`, the original host of
  // the docs.bfl.ml era), BFL's own agent skill black-forest-labs/skills bfl-api/api-key-setup (BFL_API_KEY), the
  // AI SDK's Black Forest Labs provider page (`@ai-sdk/black-forest-labs`) and LiteLLM's (`black_forest_labs/`).
  api({
    id: 'deepl',
    name: 'DeepL translation API',
    vendor: 'deepl',
    category: 'ml-platform',
    website: 'https://developers.deepl.com',
    signals: {
      pypi: ['deepl'],
      npm: ['deepl-node'],
      env: ['DEEPL_AUTH_KEY'],
      hosts: ['api.deepl.com', 'api-free.deepl.com'],
    },
  }),
  api({
    id: 'black-forest-labs',
    name: 'Black Forest Labs FLUX API (image generation)',
    vendor: 'black-forest-labs',
    website: 'https://bfl.ai',
    signals: {
      npm: ['@ai-sdk/black-forest-labs'],
      env: ['BFL_API_KEY'],
      models: ['black_forest_labs/'],
      hosts: [
        'api.bfl.ai',
        'api.eu.bfl.ai',
        'api.us.bfl.ai',
        'api.eu1.bfl.ai',
        'api.us1.bfl.ai',
        'api.bfl.ml',
      ],
    },
  }),
];
