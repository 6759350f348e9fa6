import type { ProviderEntry } from './types.js';

const runtime = (entry: Omit<ProviderEntry, 'category' | 'ai' | 'hosting'>): ProviderEntry => ({
  category: 'inference-runtime',
  hosting: 'self-hosted',
  ai: true,
  ...entry,
});

/** Inference servers run on the company's own machines: internal components, not sub-processors. */
export const RUNTIME_PROVIDERS: readonly ProviderEntry[] = [
  runtime({
    id: 'ollama',
    name: 'Ollama',
    vendor: 'ollama',
    signals: {
      // NuGet: OllamaSharp, and Semantic Kernel's and Kernel Memory's Ollama connectors.
      nuget: [
        'OllamaSharp',
        'Microsoft.SemanticKernel.Connectors.Ollama',
        'Microsoft.KernelMemory.AI.Ollama',
      ],
      npm: ['ollama', 'ollama-ai-provider', '@langchain/ollama'],
      pypi: ['ollama', 'langchain-ollama'],
      go: ['github.com/ollama/ollama/api'],
      cargo: ['ollama-rs'],
      env: ['OLLAMA_HOST', 'OLLAMA_BASE_URL'],
      images: ['ollama/ollama'],
      hosts: ['localhost:11434'],
      models: ['ollama/', 'ollama_chat/'],
    },
  }),
  runtime({
    id: 'vllm',
    name: 'vLLM',
    vendor: 'vllm',
    signals: {
      pypi: ['vllm'],
      images: ['vllm/vllm-openai'],
      env: ['VLLM_API_KEY', 'VLLM_BASE_URL'],
      models: ['hosted_vllm/'],
    },
  }),
  runtime({
    id: 'tgi',
    name: 'Hugging Face Text Generation Inference',
    vendor: 'huggingface',
    signals: {
      pypi: ['text-generation'],
      images: ['ghcr.io/huggingface/text-generation-inference', 'huggingface/text-generation-inference'],
    },
  }),
  runtime({
    id: 'tei',
    name: 'Hugging Face Text Embeddings Inference',
    vendor: 'huggingface',
    signals: {
      images: ['ghcr.io/huggingface/text-embeddings-inference'],
      // Framework clients that only talk to a TEI server: LlamaIndex and Haystack.
      markers: ['TextEmbeddingsInference(', 'HuggingFaceTEIDocumentEmbedder', 'HuggingFaceTEITextEmbedder'],
    },
  }),
  runtime({
    id: 'llama-cpp',
    name: 'llama.cpp',
    vendor: 'ggml',
    signals: {
      pypi: ['llama-cpp-python'],
      pythonImports: ['llama_cpp'],
      npm: ['node-llama-cpp'],
      images: ['ghcr.io/ggerganov/llama.cpp', 'ghcr.io/ggml-org/llama.cpp'],
    },
  }),
  runtime({
    id: 'triton',
    name: 'NVIDIA Triton Inference Server',
    vendor: 'nvidia',
    signals: { pypi: ['tritonclient'], images: ['nvcr.io/nvidia/tritonserver'] },
  }),
  runtime({
    id: 'localai',
    name: 'LocalAI',
    vendor: 'localai',
    signals: { images: ['localai/localai', 'quay.io/go-skynet/local-ai'], env: ['LOCALAI_API_KEY'] },
  }),
  runtime({
    id: 'sglang',
    name: 'SGLang',
    vendor: 'sglang',
    signals: { pypi: ['sglang'], images: ['lmsysorg/sglang'] },
  }),
  runtime({
    id: 'lmstudio',
    name: 'LM Studio',
    vendor: 'lmstudio',
    signals: {
      npm: ['@lmstudio/sdk'],
      pypi: ['lmstudio'],
      hosts: ['localhost:1234'],
      models: ['lm_studio/'],
    },
  }),
  runtime({
    id: 'xinference',
    name: 'Xorbits Inference',
    vendor: 'xorbits',
    signals: { pypi: ['xinference'], images: ['xprobe/xinference'] },
  }),
  runtime({
    id: 'torchserve',
    name: 'TorchServe',
    vendor: 'pytorch',
    signals: { pypi: ['torchserve'], images: ['pytorch/torchserve'] },
  }),
  runtime({
    id: 'ray-serve',
    name: 'Ray Serve',
    vendor: 'anyscale',
    signals: { pythonImports: ['ray.serve'], images: ['rayproject/ray', 'rayproject/ray-ml'] },
  }),
  runtime({
    id: 'hf-transformers',
    name: 'Hugging Face Transformers (in-process)',
    vendor: 'huggingface',
    inProcess: true,
    // A tokenizer counts tokens; it runs no model.
    helpersOnly: String.raw`^(?:from\s+transformers(?:\.[\w.]+)?\s+import\s+\(?\s*(?:\w*Tokenizer\w*\s*,?\s*)+\)?)\s*$`,
    signals: {
      pypi: ['transformers', 'sentence-transformers'],
      pythonImports: ['transformers', 'sentence_transformers'],
      npm: ['@huggingface/transformers', '@xenova/transformers'],
    },
  }),
  // TensorFlow Hub's models loaded into the app's own process (`hub.load('https://tfhub.dev/google/universal-sentence-encoder/4')`:
  // pdfGPT embeds every uploaded PDF's chunks and each question with it, unfound). The handle's URL is only where the
  // weights are downloaded from, once, to a local cache (`TFHUB_CACHE_DIR`): no text is sent. PyPI `tensorflow-hub`,
  // imported as `tensorflow_hub` (tensorflow.org/hub, "hub.load", checked 2026-12-07).
  runtime({
    id: 'tensorflow-hub',
    name: 'TensorFlow Hub models (in-process)',
    vendor: 'google',
    inProcess: true,
    signals: { pypi: ['tensorflow-hub'], pythonImports: ['tensorflow_hub'] },
  }),
  runtime({
    id: 'koboldcpp',
    name: 'KoboldCpp',
    vendor: 'koboldcpp',
    // Its default port, 5001, is also docling-serve's: a URL on it names no runtime.
    signals: { pypi: ['koboldcpp'], images: ['koboldai/koboldcpp'] },
  }),
  runtime({
    id: 'text-generation-webui',
    name: 'Text generation web UI (oobabooga)',
    vendor: 'oobabooga',
    signals: { images: ['atinoda/text-generation-webui'] },
  }),
  runtime({
    id: 'lemonade',
    name: 'Lemonade Server',
    vendor: 'amd',
    signals: { pypi: ['lemonade-sdk'], pythonImports: ['lemonade_server'] },
  }),
  runtime({
    id: 'foundry-local',
    name: 'Microsoft Foundry Local',
    vendor: 'microsoft',
    signals: { npm: ['foundry-local-sdk'], pypi: ['foundry-local-sdk'], pythonImports: ['foundry_local'] },
  }),
  runtime({
    id: 'docker-model-runner',
    name: 'Docker Model Runner',
    vendor: 'docker',
    signals: { hosts: ['localhost:12434', 'model-runner.docker.internal'] },
  }),
  runtime({
    id: 'omlx',
    name: 'oMLX (MLX model server)',
    vendor: 'omlx',
    signals: { pypi: ['omlx'] },
  }),
  runtime({
    id: 'kokoro',
    speech: 'speaks',
    serves: 'speech',
    name: 'Kokoro text-to-speech (the kokoro library or its Kokoro-FastAPI server)',
    vendor: 'kokoro',
    signals: {
      // The model run in the app's own process by hexgrad's `kokoro` package (`from kokoro import KPipeline`, PyPI
      // `kokoro`, checked 2026-12-07): agent-zero reads answers aloud with it, and it was not found at all.
      pypi: ['kokoro'],
      images: ['ghcr.io/remsky/kokoro-fastapi-cpu', 'ghcr.io/remsky/kokoro-fastapi-gpu'],
      hosts: ['localhost:8880'],
    },
  }),
];
