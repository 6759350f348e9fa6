import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

describe('rules from the fifth accuracy round (issue 13)', () => {
  it('Go SDKs: OCI Generative AI, IBM watsonx and the first AWS SDK for Go', async () => {
    const report = await scan({
      'pkg/ai/ocigenai.go':
        'package ai\n\nimport (\n\t"github.com/oracle/oci-go-sdk/v65/generativeaiinference"\n)\n',
      'pkg/ai/watsonxai.go': 'package ai\n\nimport (\n\twx "github.com/IBM/watsonx-go/pkg/models"\n)\n',
      'pkg/ai/sagemaker.go':
        'package ai\n\nimport (\n\t"github.com/aws/aws-sdk-go/service/sagemakerruntime"\n)\n',
      'pkg/ai/bedrock.go':
        'package ai\n\nimport (\n\t"github.com/aws/aws-sdk-go/service/bedrockruntime"\n)\n',
    });
    for (const id of ['oci-generative-ai', 'ibm-watsonx', 'aws-sagemaker', 'aws-bedrock'])
      expect(statusOf(report, id), id).toBe('used');
  });

  it('vendors fresh apps call by host or SDK are catalog entries', async () => {
    const report = await scan({
      'models/linkai.py': 'api_base = conf().get("linkai_api_base", "https://api.link-ai.tech")\n',
      'models/modelscope.py': 'base_url = "https://api-inference.modelscope.cn/v1/chat/completions"\n',
      'voice/tencent.py': 'from tencentcloud.asr.v20190614 import asr_client, models\n',
      'voice/ali.py': "host = 'nls-gateway-cn-shanghai.aliyuncs.com'\n",
      'voice/azure.py': 'import azure.cognitiveservices.speech as speechsdk\n',
      'tools/search.py':
        'url = "https://api.bocha.cn/v1/web-search"\nresponse = requests.post(url, json=body)\n',
      'client/oci.py': 'from oci.generative_ai_inference import GenerativeAiInferenceClient\n',
      'driver/falkordb_driver.py': 'from falkordb.asyncio import FalkorDB\n',
    });
    for (const id of [
      'linkai',
      'modelscope',
      'tencent-cloud-speech',
      'alibaba-nls',
      'azure-ai-services',
      'bocha',
      'oci-generative-ai',
      'falkordb',
    ])
      expect(statusOf(report, id), id).toBe('used');
    expect(report.findings.some((f) => f.id.startsWith('endpoint:'))).toBe(false);
  });

  it("GitHub Models' earlier Azure-hosted endpoint is GitHub Models, not Azure AI services", async () => {
    const report = await scan({
      'src/client/mod.rs':
        'pub const P: [(&str, &str); 1] = [("github", "https://models.inference.ai.azure.com")];\n',
    });
    expect(statusOf(report, 'github-models')).toBe('used');
    expect(statusOf(report, 'azure-ai-services')).toBeUndefined();
  });

  it("a catalog host with a path matches the URL's path: Cloudflare Workers AI, not all of Cloudflare's API", async () => {
    const report = await scan({
      'src/client/mod.rs':
        'const CF: &str = "https://api.cloudflare.com/client/v4/accounts/{ACCOUNT_ID}/ai/v1";\n',
      'src/dns.ts': "await fetch('https://api.cloudflare.com/client/v4/zones/' + zone + '/dns_records');\n",
      'src/workers.ts':
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is TypeScript source with a template literal
        'const url = `https://api.cloudflare.com/client/v4/accounts/${id}/ai/run/${model}`;\n',
    });
    const finding = report.findings.find((f) => f.id === 'cloudflare-workers-ai');
    expect(finding?.status).toBe('used');
    expect(finding?.evidence.map((e) => e.file).sort()).toEqual(['src/client/mod.rs', 'src/workers.ts']);
  });

  it("Azure OpenAI's deployment path names it when an app builds the request itself", async () => {
    const report = await scan({
      'models/chat_gpt_bot.py': [
        'import requests',
        'class AzureChatGPTBot:',
        '    def url(self, endpoint, deployment):',
        '        return f"{endpoint}/openai/deployments/{deployment}/chat/completions"',
      ].join('\n'),
    });
    expect(statusOf(report, 'azure-openai')).toBe('used');
  });

  it('a base URL is no OpenAI client because a URL path says openai', async () => {
    const report = await scan({
      'plugins/klarna_search.py': [
        'import requests',
        'def search(query):',
        '    base_url = "https://www.klarna.com/us/shopping/public/openai/v0/products"',
        '    return requests.get(base_url, params={"q": query})',
      ].join('\n'),
      'llm/client.py': 'from openai import OpenAI\nclient = OpenAI(base_url="https://llm.acme.dev/v1")\n',
    });
    expect(report.findings.some((f) => f.id === 'endpoint:www.klarna.com')).toBe(false);
    expect(statusOf(report, 'endpoint:llm.acme.dev')).toBe('used');
  });

  it('a local URL in a constant named for a runtime or gateway is that server, whatever its port', async () => {
    const report = await scan({
      'pkg/ai/litellm.go': 'package ai\n\nconst liteLLMBaseURL = "http://localhost:4000/v1"\n',
      'app/settings.py': 'VLLM_ENDPOINT: str = "http://vllm-server:8000"\n',
      // Not a runtime's name, and a public host: nothing from the name.
      'app/own.py':
        'BACKEND_API_URL = "http://localhost:8000"\nANTHROPIC_STATS_URL = "https://raw.githubusercontent.com/x/y"\n',
    });
    expect(statusOf(report, 'litellm')).toBe('used');
    expect(statusOf(report, 'vllm')).toBe('used');
    expect(report.findings.some((f) => f.id.startsWith('endpoint:'))).toBe(false);
    expect(statusOf(report, 'anthropic')).toBeUndefined();
  });

  it('engine kinds such as "vllm/completion" name their vendor; umbrellas and model names do not', async () => {
    const report = await scan({
      'crates/bindings/src/completion/mod.rs': [
        'pub async fn create(kind: &str) {',
        '    match kind {',
        '        "llama.cpp/completion" => llama(),',
        '        "vllm/completion" => openai(),',
        '        "azure/embedding" => azure(),',
        '        _ => panic!(),',
        '    }',
        '}',
        'const FIM: [&str; 1] = ["deepseek/completion"];',
      ].join('\n'),
    });
    for (const id of ['llama-cpp', 'vllm', 'deepseek']) expect(statusOf(report, id), id).toBe('used');
    // `azure/` stays what it was, a model route (mentioned); the umbrella slug names no engine.
    expect(statusOf(report, 'azure-openai')).not.toBe('used');
    expect(statusOf(report, 'azure')).toBeUndefined();
  });

  it('a provider type the code dispatches on names a model vendor or runtime whose URL the user types', async () => {
    const report = await scan({
      'model/provider.go':
        'package model\n\nfunc get(typ string) {\n\tif typ == "Ollama" {\n\t\tlocal()\n\t}\n}\n',
      'src/llm.ts': "switch (provider) {\n  case 'lmstudio':\n    return lm();\n}\n",
      // Umbrellas, English words, databases and plain values name nothing.
      'src/other.ts': [
        "if (type === 'google') g();",
        "if (role.kind === 'writer') w();",
        "if (store.type === 'elasticsearch') e();",
        "if (message.type === 'chat') c();",
      ].join('\n'),
    });
    expect(statusOf(report, 'ollama')).toBe('used');
    expect(statusOf(report, 'lmstudio')).toBe('used');
    for (const id of ['writer', 'elasticsearch', 'vertex-ai', 'gemini-developer-api'])
      expect(statusOf(report, id), id).toBeUndefined();
  });

  it("on a multi-vendor platform a provider type is a model family (mem0's Bedrock client), not a vendor", async () => {
    const report = await scan({
      'llms/aws_bedrock.py': [
        'import boto3',
        'client = boto3.client("bedrock-runtime")',
        'if self.provider == "ai21":',
        '    body = ai21_body()',
      ].join('\n'),
    });
    expect(statusOf(report, 'aws-bedrock')).toBe('used');
    expect(statusOf(report, 'ai21')).toBeUndefined();
  });

  it('Java: LangChain4j and Spring AI integration paths, SDK packages, and a declared module no production code imports', async () => {
    const report = await scan({
      'pom.xml': [
        '<project><dependencies>',
        '<dependency><artifactId>langchain4j-ollama</artifactId></dependency>',
        '<dependency><artifactId>langchain4j-community-zhipu-ai</artifactId></dependency>',
        '<dependency><artifactId>langchain4j-anthropic</artifactId></dependency>',
        '</dependencies></project>',
      ].join('\n'),
      'src/main/java/app/chat/OllamaService.java':
        'package app.chat;\n\nimport dev.langchain4j.model.ollama.OllamaChatModel;\n',
      'src/main/java/app/chat/ZhipuService.java':
        'package app.chat;\n\nimport dev.langchain4j.community.model.zhipu.ZhipuAiChatModel;\n',
      'src/main/java/app/ai/SpringAi.java':
        'package app.ai;\n\nimport org.springframework.ai.openai.OpenAiChatModel;\n',
      'src/main/java/app/vector/Qdrant.java':
        'package app.vector;\n\nimport io.qdrant.client.QdrantClient;\n',
      'src/main/java/app/image/Wanx.java':
        'package app.image;\n\nimport com.alibaba.dashscope.aigc.imagesynthesis.ImageSynthesis;\n',
      'src/test/java/app/chat/MinimaxTest.java':
        'package app.chat;\n\nimport dev.langchain4j.model.anthropic.AnthropicChatModel;\n',
    });
    for (const id of ['ollama', 'zhipu', 'openai', 'qdrant', 'alibaba-dashscope'])
      expect(statusOf(report, id), id).toBe('used');
    expect(statusOf(report, 'anthropic')).toBe('mentioned');
  });

  it('Java classes named for their vendor and role: a provider folder, or a Provider suffix anywhere', async () => {
    const connects =
      'return OpenAiStreamingChatModel.builder().baseUrl(vo.getApiHost()).apiKey(vo.getApiKey()).build();';
    const report = await scan({
      'src/main/java/app/service/chat/impl/provider/DeepseekServiceImpl.java': `package p;\nclass DeepseekServiceImpl {\n  ${connects}\n}\n`,
      'src/main/java/app/service/embed/impl/MinimaxEmbeddingProvider.java': `package p;\nclass MinimaxEmbeddingProvider {\n  ${connects}\n}\n`,
      // Not a vendor: the stem of the class names none.
      'src/main/java/app/service/chat/impl/provider/CustomApiServiceImpl.java': `package p;\nclass CustomApiServiceImpl {\n  ${connects}\n}\n`,
    });
    expect(statusOf(report, 'deepseek')).toBe('used');
    expect(statusOf(report, 'minimax')).toBe('used');
    expect(report.findings.filter((f) => f.status === 'used').map((f) => f.id)).toEqual([
      'deepseek',
      'minimax',
    ]);
  });
});
