import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

describe('rules from the fourth accuracy round (issue 13)', () => {
  it('vendors fresh apps call by host are catalog entries', async () => {
    const report = await scan({
      'inference/lepton.py': 'api_url = f"https://{provider_model_id}.lepton.run/api/v1/chat/completions"\n',
      'inference/llama_api.py': 'api_url = "https://api.llama-api.com/chat/completions"\n',
      'inference/sensenova.py': 'api_url = "https://api.sensenova.cn/v1/llm/embeddings"\n',
      'inference/regolo.py': 'llm = ChatOpenAI(openai_api_base="https://api.regolo.ai/v1")\n',
      'tools/sid.py': 'await session.post("https://api.sid.ai/v1/users/me/query", data=body)\n',
      'tools/multion.py': 'await session.post("https://api.multion.ai/v1/web/browse", json=body)\n',
      'tools/webpilot.py': 'await session.post("https://beta.webpilotai.com/api/v1/watt", json=body)\n',
      'tools/geospy.py': 'await session.post("https://dev.geospy.ai/predict", json=body)\n',
      'settings.py': 'helicone_api_base: str = "https://oai.hconeai.com/v1"\n',
      'speech.py': 'url = "wss://iat-api.xfyun.cn/v2/iat"\nembed = "https://emb-cn-huabei-1.xf-yun.com/"\n',
      // big-AGI's dialect defaults and the presets of its OpenAI host field.
      'llms/access.ts': [
        "const DEFAULT_MODULAR_HOST = 'https://api.modular.com';",
        "const DEFAULT_SAKANA_HOST = 'https://api.sakana.ai';",
        "let host = (access.apiHost || 'api.inworld.ai').trim();",
        "const presets = ['https://api.arcee.ai/api', 'https://llm.chutes.ai', 'https://inference-api.nousresearch.com'];",
      ].join('\n'),
    });
    for (const id of [
      'leptonai',
      'llama-api',
      'sensetime',
      'regolo',
      'sid',
      'multion',
      'webpilot',
      'geospy',
      'helicone',
      'iflytek-spark',
      'modular',
      'sakana',
      'inworld',
      'arcee',
      'chutes',
      'nous-research',
    ])
      expect(statusOf(report, id), id).toBe('used');
    // Regolo's host is a catalog entry now, not an unidentified endpoint.
    expect(report.findings.some((f) => f.id === 'endpoint:api.regolo.ai')).toBe(false);
  });

  it('Go clients of Azure OpenAI, Volcengine Ark, the Hugging Face Inference API and GitHub Models', async () => {
    const report = await scan({
      'model/azure_openai.go':
        'package model\n\nfunc c() { config := openai.DefaultAzureConfig(token, url) }\n',
      'model/volcengine.go':
        'package model\n\nimport (\n\t"github.com/volcengine/volcengine-go-sdk/service/arkruntime"\n)\n',
      'model/huggingface.go': 'package model\n\nimport (\n\t"github.com/hupe1980/go-huggingface"\n)\n',
      'model/github.go': 'package model\n\nconst url = "https://models.github.ai/inference"\n',
    });
    for (const id of ['azure-openai', 'volcengine-ark', 'huggingface-inference', 'github-models'])
      expect(statusOf(report, id), id).toBe('used');
  });

  it("LangChain's Spark classes are iFlytek Spark", async () => {
    const report = await scan({
      'xf/llm.py': 'from langchain_community.chat_models.sparkllm import ChatSparkLLM\nuse(ChatSparkLLM)\n',
    });
    expect(statusOf(report, 'iflytek-spark')).toBe('used');
  });

  it("the app's own module or folder for a vendor names it when it sets up a connection", async () => {
    const report = await scan({
      // TaskingAI: one folder per vendor under providers/, the host from the user's credentials.
      'inference/providers/lm_studio/chat_completion.py':
        'api_url = build_url(credentials.LM_STUDIO_HOST, "/v1/chat/completions")\n',
      // MaxKB: `<vendor>_model_provider` folders; Kimi is Moonshot's.
      'apps/models_provider/impl/kimi_model_provider/model/llm.py':
        'return KimiChatModel(openai_api_base=model_credential["api_base"], openai_api_key=key)\n',
      'apps/models_provider/impl/vllm_model_provider/model/llm.py':
        'return VllmChatModel(openai_api_base=model_credential.get("api_base"))\n',
      // SuperAGI: one module per vendor under llms/ and vector_store/.
      'superagi/llms/replicate.py': 'headers = {"Authorization": f"Token {self.api_key}"}\n',
      // anything-llm's vectorDbProviders/, big-AGI's vendors/ and `<vendor>.vendor.ts` modules.
      'server/utils/vectorDbProviders/zilliz/index.js':
        'const client = new MilvusClient({ address: process.env.ZILLIZ_ENDPOINT });\n',
      'src/modules/llms/vendors/cerebras/cerebras.vendor.ts':
        "export const ModelVendorCerebras = { id: 'cerebras', getTransportAccess: (setup) => ({ dialect: 'cerebras', oaiKey: setup.cerebrasKey, oaiHost: '' }) };\n",
      'src/modules/speex/elevenlabs.vendor.ts': "export const access = { apiKey: '', apiHost: '' };\n",
    });
    for (const id of [
      'lmstudio',
      'moonshot',
      'vllm',
      'replicate',
      'zilliz-cloud',
      'cerebras',
      'elevenlabs',
    ]) {
      expect(statusOf(report, id), id).toBe('used');
      expect(report.findings.find((f) => f.id === id)?.evidence[0]?.signal, id).toBe('adapter');
    }
  });

  it('an adapter path names no vendor without a connection, as an umbrella, or outside production code', async () => {
    const report = await scan({
      // private-gpt classifies model lists by the server's signature: no key, URL or endpoint.
      'private_gpt/components/model_discovery/providers/vllm.py':
        'class VllmStrategy:\n    provider = ModelProvider.VLLM\n',
      // Umbrella and generic names.
      'app/providers/google.py': 'client = Client(api_key=key)\n',
      'app/providers/openai_compatible.py': 'client = Client(base_url=url, api_key=key)\n',
      'app/providers/custom_host.py': 'client = Client(base_url=url, api_key=key)\n',
      // A test of an adapter is a mention.
      'tests/providers/ollama.py': 'client = Client(base_url="http://ollama-test", api_key=key)\n',
      // Folders that do not hold vendors; `vendor/` holds copies of dependencies.
      'web/components/ollama/settings.ts': 'export const apiKey = settings.api_key;\n',
      'vendor/vllm/client.go': 'package vllm\n\nconst baseURL = "http://vllm-host"\n',
    });
    for (const id of ['vllm', 'gemini-developer-api', 'openai'])
      expect(
        report.findings.find((f) => f.id === id),
        id,
      ).toBeUndefined();
    expect(statusOf(report, 'ollama')).not.toBe('used');
  });
});

describe('proof of the fourth accuracy round (issue 13)', () => {
  it("another vendor's SDK given a base URL in a vendor's adapter is a client for that vendor", async () => {
    const report = await scan({
      // MaxKB's vLLM reranker speaks Cohere's rerank API to the vLLM server.
      'apps/models_provider/impl/vllm_model_provider/model/reranker.py': [
        'import cohere',
        "client = cohere.ClientV2(api_key, base_url=kwargs.get('api_url'))",
      ].join('\n'),
      'apps/models_provider/impl/deepseek_model_provider/model/llm.py': [
        'from openai import OpenAI',
        'client = OpenAI(api_key=key, base_url="https://api.deepseek.com")',
      ].join('\n'),
    });
    expect(statusOf(report, 'vllm')).toBe('used');
    expect(statusOf(report, 'deepseek')).toBe('used');
    expect(report.findings.find((f) => f.id === 'cohere')).toBeUndefined();
    expect(report.findings.find((f) => f.id === 'openai')).toBeUndefined();
    // Outside an adapter the SDK still proves its vendor.
    const plain = await scan({ 'app/rerank.py': 'import cohere\nclient = cohere.ClientV2(key)\n' });
    expect(statusOf(plain, 'cohere')).toBe('used');
  });
});

describe('examples of the fourth accuracy round (issue 13)', () => {
  it('a Markdown code sample inside a source file is an example, not the code', async () => {
    const report = await scan({
      // TaskingAI's dashboard shows how to call its own API.
      'frontend/src/dashboard.tsx': [
        "<MarkdownMessageBlock message='```python",
        'from openai import OpenAI',
        'client = OpenAI(api_key="YOUR_KEY", base_url="https://oapi.tasking.ai/v1")',
        "```'/>",
      ].join('\n'),
    });
    expect(report.findings.some((f) => f.id.startsWith('endpoint:'))).toBe(false);
    expect(statusOf(report, 'openai')).not.toBe('used');
    // Code outside a fence, inline ```fences```, and code that looks for fences are code (R2R's splitter).
    const code = await scan({
      'app/client.py': [
        'doc = "use ```pip install openai```"',
        'if line.startswith("```"):',
        '    from openai import OpenAI',
        '    fence = "```"',
      ].join('\n'),
    });
    expect(statusOf(code, 'openai')).toBe('used');
  });
});

describe('after Tabby (issue 13, fourth round)', () => {
  it("a vendor's documentation site is no API host, a Rust test module is a test, ollama-rs is Ollama", async () => {
    const report = await scan({
      // Tabby's crawler presets link to vendors' docs.
      'ee/webserver/src/presets.rs':
        'const DOCS: &str = r#"{ "name": "PineconeDB", "crawlerStart": "https://docs.pinecone.io/docs/" }"#;\n',
      'crates/bindings/src/embedding/openai.rs': [
        'pub fn create(api_endpoint: &str) -> Engine { Engine::new(api_endpoint) }',
        '',
        '#[cfg(test)]',
        'mod tests {',
        '    use super::*;',
        '    #[tokio::test]',
        '    #[ignore]',
        '    async fn test_jina_embedding() {',
        '        let api_key = std::env::var("JINA_API_KEY").expect("JINA_API_KEY must be set");',
        '        let engine = create("https://api.jina.ai/v1");',
        '    }',
        '}',
      ].join('\n'),
      'crates/ollama-bindings/Cargo.toml': [
        '[package]',
        'name = "ollama-bindings"',
        '',
        '[dependencies.ollama-rs]',
        'git = "https://github.com/pepperoni21/ollama-rs.git"',
      ].join('\n'),
      'crates/ollama-bindings/src/lib.rs': 'use ollama_rs::Ollama;\n',
    });
    expect(report.findings.find((f) => f.id === 'pinecone')).toBeUndefined();
    expect(statusOf(report, 'jina')).toBe('mentioned');
    expect(statusOf(report, 'ollama')).toBe('used');
    // An API host under the same domain still counts.
    const api = await scan({ 'app/index.py': 'host = "https://my-index-abc.svc.pinecone.io"\n' });
    expect(statusOf(api, 'pinecone')).toBe('used');
  });
});
