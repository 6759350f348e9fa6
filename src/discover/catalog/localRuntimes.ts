/**
 * Default ports and Compose service names of self-hosted, OpenAI-compatible runtimes, as data: a base URL
 * `http://localhost:11434/v1` or `http://ollama:11434` is Ollama. Ports several runtimes share (8000, 8080)
 * are left out on purpose: such a URL becomes a self-hosted endpoint finding that names the host instead.
 * Sources: each project's documentation of its default port (checked 2026-12).
 */
export const LOCAL_RUNTIME_PORTS: Readonly<Record<string, string>> = {
  '11434': 'ollama', // https://github.com/ollama/ollama/blob/main/docs/faq.md
  '1234': 'lmstudio', // https://lmstudio.ai/docs/app/api
  '4000': 'litellm', // https://docs.litellm.ai/docs/proxy/quick_start
  '9997': 'xinference', // https://inference.readthedocs.io/en/latest/getting_started/using_xinference.html
  '30000': 'sglang', // https://docs.sglang.ai/backend/server_arguments.html
  '12434': 'docker-model-runner', // https://docs.docker.com/ai/model-runner/
  '8880': 'kokoro', // https://github.com/remsky/Kokoro-FastAPI
};
