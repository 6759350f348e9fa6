import type { ProviderEntry } from './types.js';

const vendorHosted = { hosting: 'vendor-hosted' } as const;

/**
 * Platforms that run an app from its repository, found by their deployment file (`deployFiles`): they run our
 * application, so everything our users send passes through them. Not AI. Websites and dates of each platform's
 * configuration file documentation, read 2026-12-05: vercel.com/docs/project-configuration (vercel.json),
 * developers.cloudflare.com/workers/wrangler/configuration (wrangler.toml, wrangler.json, wrangler.jsonc),
 * docs.netlify.com/configure-builds/file-based-configuration (netlify.toml), fly.io/docs/reference/configuration
 * (fly.toml), render.com/docs/blueprint-spec (render.yaml), docs.railway.com/reference/config-as-code (railway.json,
 * railway.toml), devcenter.heroku.com/articles/build-docker-images-heroku-yml (heroku.yml).
 */
const hostingPlatform = (
  id: string,
  name: string,
  vendor: string,
  deployFiles: string[],
  website: string,
  actions?: string[],
  hosts?: string[],
) =>
  ({
    id,
    name,
    vendor,
    category: 'ml-platform',
    ...vendorHosted,
    ai: false,
    website,
    signals: { deployFiles, ...(actions ? { actions } : {}), ...(hosts ? { hosts } : {}) },
  }) satisfies ProviderEntry;

/** The AI services of AWS, Azure and Google Cloud, and the clouds themselves. */
export const CLOUD_PROVIDERS: readonly ProviderEntry[] = [
  // Its REST API, which creates deployments from code ("All endpoints live under the URL https://api.vercel.com",
  // vercel.com/docs/api, read 2026-12-06): WrenAI deploys each dashboard it builds there, and a declared Vercel was
  // "not found in the code".
  hostingPlatform('vercel', 'Vercel (hosting)', 'vercel', ['vercel.json'], 'https://vercel.com', undefined, [
    'api.vercel.com',
  ]),
  hostingPlatform(
    'cloudflare-workers',
    'Cloudflare Workers and Pages (hosting)',
    'cloudflare',
    ['wrangler.toml', 'wrangler.json', 'wrangler.jsonc'],
    'https://workers.cloudflare.com',
    // Cloudflare's deploy actions (github.com/cloudflare, checked 2026-12-06).
    ['cloudflare/wrangler-action', 'cloudflare/pages-action'],
  ),
  hostingPlatform('netlify', 'Netlify (hosting)', 'netlify', ['netlify.toml'], 'https://www.netlify.com'),
  // Fly.io's deploy action (github.com/superfly/flyctl-actions, checked 2026-12-06).
  hostingPlatform('fly-io', 'Fly.io (hosting)', 'fly-io', ['fly.toml'], 'https://fly.io', [
    'superfly/flyctl-actions',
  ]),
  hostingPlatform('render', 'Render (hosting)', 'render', ['render.yaml'], 'https://render.com'),
  hostingPlatform(
    'railway',
    'Railway (hosting)',
    'railway',
    ['railway.json', 'railway.toml'],
    'https://railway.com',
  ),
  hostingPlatform('heroku', 'Heroku (hosting)', 'heroku', ['heroku.yml'], 'https://www.heroku.com'),
  // Eleventh round: background-job platforms. The app sends them each job's payload (Inngest keeps every event and step
  // result; Trigger.dev runs the task code itself on its machines), so they hold what the jobs process, like a host
  // does. Not AI. Checked on 2026-12-05 against: Trigger.dev's API keys page (TRIGGER_SECRET_KEY; TRIGGER_API_URL only
  // for self-hosting) and setup guide (npm `@trigger.dev/sdk`), with `https://api.trigger.dev` the API origin in the
  // triggerdotdev/trigger.dev repository; Inngest's integration guide (npm and PyPI `inngest`; INNGEST_EVENT_KEY,
  // INNGEST_SIGNING_KEY) and its client references (events sent to `https://inn.gs/`, the REST API at
  // `https://api.inngest.com/`).
  {
    id: 'trigger-dev',
    name: 'Trigger.dev (background jobs)',
    vendor: 'trigger-dev',
    category: 'ml-platform',
    ...vendorHosted,
    ai: false,
    website: 'https://trigger.dev',
    signals: { npm: ['@trigger.dev/sdk'], env: ['TRIGGER_SECRET_KEY'], hosts: ['api.trigger.dev'] },
  },
  {
    id: 'inngest',
    name: 'Inngest (background jobs and workflows)',
    vendor: 'inngest',
    category: 'ml-platform',
    ...vendorHosted,
    ai: false,
    website: 'https://www.inngest.com',
    signals: {
      npm: ['inngest'],
      pypi: ['inngest'],
      env: ['INNGEST_EVENT_KEY', 'INNGEST_SIGNING_KEY'],
      hosts: ['inn.gs', 'api.inngest.com'],
    },
  },
  // Twelfth round, checked on 2026-12-05: Temporal, a workflow engine that keeps every workflow's inputs, activity results
  // and history, modelled like Trigger.dev and Inngest. Two entries, like Qdrant and Qdrant Cloud: the SDKs reach
  // whatever Temporal Service their address names (127.0.0.1:7233 by default), so they prove a Temporal of the app's
  // own, and only a Temporal Cloud address or API key proves the vendor holds the workflows. Temporal's TypeScript setup
  // and client pages (npm `@temporalio/client`, `@temporalio/worker`, `@temporalio/workflow`, `@temporalio/activity`),
  // its Python and Go client pages (PyPI `temporalio`, `go.temporal.io/sdk`), its client environment configuration
  // reference (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY), its self-hosted deployment guide
  // (`temporalio/server`) and auto-setup post (`temporalio/auto-setup`), its Cloud regions page (regional endpoints
  // `<region>.region.tmprl.cloud` and `<region>.<cloud>.api.temporal.io:7233`) and namespaces and API keys pages
  // (namespace endpoints `<namespace>.<account>.tmprl.cloud:7233`; API keys are Temporal Cloud identities). The TC39
  // `Temporal` date API (`@js-temporal/polyfill`, `temporal-polyfill`) is another thing.
  {
    id: 'temporal',
    name: 'Temporal (workflow engine)',
    vendor: 'temporal',
    category: 'ml-platform',
    hosting: 'self-hosted',
    ai: false,
    website: 'https://temporal.io',
    signals: {
      npm: ['@temporalio/client', '@temporalio/worker', '@temporalio/workflow', '@temporalio/activity'],
      pypi: ['temporalio'],
      go: ['go.temporal.io/sdk'],
      env: ['TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE'],
      images: ['temporalio/auto-setup', 'temporalio/server'],
    },
  },
  {
    id: 'temporal-cloud',
    name: 'Temporal Cloud (workflows)',
    vendor: 'temporal',
    category: 'ml-platform',
    ...vendorHosted,
    ai: false,
    website: 'https://temporal.io/cloud',
    signals: { env: ['TEMPORAL_API_KEY'], hosts: ['*.tmprl.cloud', '*.api.temporal.io'] },
  },
  {
    id: 'aws',
    name: 'Amazon Web Services',
    vendor: 'aws',
    category: 'ml-platform',
    ...vendorHosted,
    ai: false,
    sharedCredentials: true,
    signals: {
      npm: ['aws-sdk'],
      pypi: ['boto3', 'botocore', 'aioboto3'],
      go: ['github.com/aws/aws-sdk-go', 'github.com/aws/aws-sdk-go-v2'],
      gem: ['aws-sdk'],
      env: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE'],
      terraform: [{ type: 'aws_iam_role' }, { type: 'aws_kms_key' }],
      // AWS's own deploy actions (github.com/aws-actions, checked 2026-12-06): ECS services and CloudFormation stacks.
      actions: [
        'aws-actions/amazon-ecs-deploy-task-definition',
        'aws-actions/aws-cloudformation-github-deploy',
      ],
    },
  },
  {
    id: 'aws-bedrock',
    name: 'Amazon Bedrock',
    vendor: 'aws',
    category: 'llm-api',
    ...vendorHosted,
    ai: true,
    signals: {
      npm: [
        '@aws-sdk/client-bedrock-runtime',
        '@aws-sdk/client-bedrock',
        '@aws-sdk/client-bedrock-agent-runtime',
        '@ai-sdk/amazon-bedrock',
        '@langchain/aws',
      ],
      pypi: ['langchain-aws'],
      go: [
        'github.com/aws/aws-sdk-go-v2/service/bedrockruntime',
        'github.com/aws/aws-sdk-go-v2/service/bedrock',
        'github.com/aws/aws-sdk-go/service/bedrockruntime',
      ],
      maven: ['bedrockruntime'],
      hosts: [
        'bedrock-runtime.*.amazonaws.com',
        'bedrock.*.amazonaws.com',
        'bedrock-agent-runtime.*.amazonaws.com',
        // Bedrock's OpenAI- and Anthropic-compatible endpoints.
        'bedrock-mantle.*.api.aws',
        'bedrock-runtime.*.api.aws',
      ],
      models: [
        'bedrock/',
        'anthropic.claude',
        'amazon.titan',
        'amazon.nova',
        'meta.llama',
        'cohere.command',
        'cohere.embed',
        'us.anthropic.',
        'eu.anthropic.',
      ],
      // Cohere's SDK calls its models on Bedrock through its own clients (docs.cohere.com, "Amazon Bedrock":
      // `cohere.BedrockClient(aws_region=…)`, `cohere.BedrockClientV2`, read 2026-12-07): cohere-toolkit's Bedrock
      // deployment, read as mentioned. AWS's JavaScript SDK's `new BedrockClient(` is Bedrock's as well.
      markers: ['BedrockClient(', 'BedrockClientV2('],
      terraform: [{ type: 'aws_bedrock*' }, { type: 'aws_bedrockagent*' }],
      awsServices: ['bedrock', 'bedrock-runtime', 'bedrock-agent', 'bedrock-agent-runtime'],
    },
  },
  {
    id: 'aws-sagemaker',
    name: 'Amazon SageMaker',
    vendor: 'aws',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    serves: 'models',
    signals: {
      npm: ['@aws-sdk/client-sagemaker', '@aws-sdk/client-sagemaker-runtime'],
      pypi: ['sagemaker'],
      go: [
        'github.com/aws/aws-sdk-go-v2/service/sagemaker',
        'github.com/aws/aws-sdk-go-v2/service/sagemakerruntime',
        'github.com/aws/aws-sdk-go/service/sagemaker',
        'github.com/aws/aws-sdk-go/service/sagemakerruntime',
      ],
      hosts: ['runtime.sagemaker.*.amazonaws.com', 'api.sagemaker.*.amazonaws.com'],
      terraform: [{ type: 'aws_sagemaker*' }],
      awsServices: ['sagemaker', 'sagemaker-runtime'],
      env: ['SAGEMAKER_ENDPOINT_NAME', 'SAGEMAKER_ROLE_ARN'],
    },
  },
  {
    id: 'aws-comprehend',
    name: 'Amazon Comprehend',
    vendor: 'aws',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    // Labels the text it is sent (aws-genai-llm-chatbot's `detect_dominant_language(Text=query)`,
    // `genai_core/utils/comprehend.py:45`, proposed as receiving model outputs).
    serves: 'analysis',
    signals: {
      npm: ['@aws-sdk/client-comprehend'],
      awsServices: ['comprehend', 'comprehendmedical'],
      hosts: ['comprehend.*.amazonaws.com'],
    },
  },
  {
    id: 'aws-textract',
    name: 'Amazon Textract',
    vendor: 'aws',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    signals: {
      npm: ['@aws-sdk/client-textract'],
      awsServices: ['textract'],
      hosts: ['textract.*.amazonaws.com'],
    },
  },
  {
    id: 'aws-transcribe',
    speech: 'listens',
    serves: 'speech',
    name: 'Amazon Transcribe',
    vendor: 'aws',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    signals: {
      npm: ['@aws-sdk/client-transcribe', '@aws-sdk/client-transcribe-streaming'],
      awsServices: ['transcribe'],
    },
  },
  {
    id: 'aws-rekognition',
    name: 'Amazon Rekognition',
    vendor: 'aws',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    signals: { npm: ['@aws-sdk/client-rekognition'], awsServices: ['rekognition'] },
  },
  {
    id: 'aws-kendra',
    name: 'Amazon Kendra',
    vendor: 'aws',
    category: 'vector-store',
    ...vendorHosted,
    ai: true,
    signals: {
      npm: ['@aws-sdk/client-kendra'],
      awsServices: ['kendra'],
      terraform: [{ type: 'aws_kendra*' }],
    },
  },
  {
    id: 'azure-openai',
    name: 'Azure OpenAI',
    vendor: 'microsoft',
    category: 'llm-api',
    ...vendorHosted,
    ai: true,
    signals: {
      // NuGet: the Azure OpenAI client library and Semantic Kernel's and Kernel Memory's Azure OpenAI connectors.
      nuget: [
        'Azure.AI.OpenAI',
        'Microsoft.SemanticKernel.Connectors.AzureOpenAI',
        'Microsoft.KernelMemory.AI.AzureOpenAI',
      ],
      npm: ['@azure/openai', '@ai-sdk/azure'],
      pypi: ['langchain-azure-ai'],
      // The official Go SDK's Azure package (github.com/openai/openai-go/tree/main/azure: `azure.WithEndpoint`), which
      // mods imports beside the SDK itself (internal/openai/openai.go:12).
      go: ['github.com/openai/openai-go/azure'],
      env: [
        'AZURE_OPENAI_API_KEY',
        'AZURE_OPENAI_ENDPOINT',
        'AZURE_OPENAI_DEPLOYMENT',
        'AZURE_OPENAI_API_VERSION',
        // LiteLLM's names for Azure OpenAI, which apps reuse (https://docs.litellm.ai/docs/providers/azure). Not
        // AZURE_API_KEY: other Azure services' keys go by that name too.
        'AZURE_API_BASE',
        'AZURE_API_VERSION',
      ],
      // The resources' domain alone too, as code tests an endpoint for it (BetterChatGPT:
      // `endpoint.includes('openai.azure.com')`).
      hosts: ['*.openai.azure.com', 'openai.azure.com', '*.cognitiveservices.azure.com'],
      models: ['azure/'],
      // go-openai's Azure config; the REST path only Azure OpenAI serves (`{endpoint}/openai/deployments/{name}/…`),
      // also appended with no leading slash (BetterChatGPT: `openai/deployments/${model}/chat/completions?api-version=`).
      markers: ['DefaultAzureConfig(', 'openai/deployments/'],
      terraform: [
        { type: 'azurerm_cognitive_account', attribute: 'kind', matches: '^openai$' },
        { type: 'azurerm_cognitive_deployment' },
      ],
    },
  },
  {
    id: 'azure-ai-services',
    name: 'Azure AI services',
    vendor: 'microsoft',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    signals: {
      // NuGet: Document Intelligence's clients and Kernel Memory's reader built on it (chat-copilot).
      nuget: [
        'Azure.AI.FormRecognizer',
        'Azure.AI.DocumentIntelligence',
        'Microsoft.KernelMemory.DataFormats.AzureAIDocIntel',
      ],
      npm: [
        '@azure-rest/ai-inference',
        '@azure/ai-text-analytics',
        '@azure/ai-form-recognizer',
        '@azure/ai-projects',
        'microsoft-cognitiveservices-speech-sdk',
      ],
      pypi: [
        'azure-ai-inference',
        'azure-ai-textanalytics',
        'azure-ai-formrecognizer',
        'azure-ai-documentintelligence',
        'azure-ai-projects',
        'azure-cognitiveservices-speech',
      ],
      pythonImports: ['azure.ai', 'azure.cognitiveservices.speech'],
      // Speech by region: https://{region}.tts.speech.microsoft.com, https://{region}.stt.speech.microsoft.com.
      hosts: [
        '*.services.ai.azure.com',
        '*.inference.ai.azure.com',
        '*.tts.speech.microsoft.com',
        '*.stt.speech.microsoft.com',
      ],
      // Document Intelligence's REST paths, called on the resource's own `*.cognitiveservices.azure.com` host (shared by
      // every Azure AI service) with no SDK: the current API and the Form Recognizer one before it (Microsoft's REST
      // reference, "Document Models - Analyze Document", checked 2026-12-07). paperless-gpt's OCR, unfound.
      markers: ['documentintelligence/documentModels/', 'formrecognizer/documentModels/'],
      terraform: [
        { type: 'azurerm_cognitive_account' },
        { type: 'azurerm_ai_services' },
        { type: 'azurerm_ai_foundry*' },
      ],
    },
  },
  {
    id: 'azure-ml',
    name: 'Azure Machine Learning',
    vendor: 'microsoft',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    serves: 'models',
    signals: {
      pypi: ['azure-ai-ml', 'azureml-core'],
      pythonImports: ['azureml'],
      hosts: ['*.inference.ml.azure.com'],
      terraform: [{ type: 'azurerm_machine_learning*' }],
    },
  },
  {
    id: 'azure-ai-search',
    name: 'Azure AI Search',
    vendor: 'microsoft',
    category: 'vector-store',
    ...vendorHosted,
    ai: true,
    signals: {
      // NuGet: the Azure SDK's client and Semantic Kernel's and Kernel Memory's Azure AI Search stores.
      nuget: [
        'Azure.Search.Documents',
        'Microsoft.SemanticKernel.Connectors.AzureAISearch',
        'Microsoft.KernelMemory.MemoryDb.AzureAISearch',
      ],
      npm: ['@azure/search-documents'],
      pypi: ['azure-search-documents'],
      env: ['AZURE_SEARCH_ENDPOINT', 'AZURE_SEARCH_KEY', 'AZURE_AI_SEARCH_API_KEY'],
      hosts: ['*.search.windows.net'],
      terraform: [{ type: 'azurerm_search_service' }],
    },
  },
  {
    id: 'vertex-ai',
    name: 'Google Vertex AI',
    vendor: 'google',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    serves: 'models',
    signals: {
      npm: [
        '@google-cloud/vertexai',
        '@google-cloud/aiplatform',
        '@ai-sdk/google-vertex',
        '@langchain/google-vertexai',
      ],
      pypi: ['google-cloud-aiplatform', 'vertexai', 'langchain-google-vertexai'],
      pythonImports: ['google.cloud.aiplatform', 'vertexai'],
      go: ['cloud.google.com/go/vertexai', 'cloud.google.com/go/aiplatform'],
      hosts: ['*-aiplatform.googleapis.com', 'aiplatform.googleapis.com'],
      models: ['vertex_ai/'],
      env: ['GOOGLE_VERTEX_PROJECT', 'VERTEX_PROJECT', 'GOOGLE_GENAI_USE_VERTEXAI'],
      terraform: [{ type: 'google_vertex_ai*' }],
      // The Google Gen AI SDKs reach Vertex AI instead of the Gemini Developer API when so told: Go's
      // `Backend: genai.BackendVertexAI`, Python's `genai.Client(vertexai=True, …)`.
      markers: ['genai.BackendVertexAI', 'vertexai=True'],
    },
  },
  {
    id: 'google-document-ai',
    name: 'Google Document AI',
    vendor: 'google',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    signals: {
      npm: ['@google-cloud/documentai'],
      pypi: ['google-cloud-documentai'],
      pythonImports: ['google.cloud.documentai'],
      // The Go client (`documentai.NewDocumentProcessorClient`, paperless-gpt's OCR) and the JVM one, from the client
      // libraries' references (checked 2026-12-07).
      go: ['cloud.google.com/go/documentai'],
      jvm: ['com.google.cloud.documentai'],
      maven: ['google-cloud-document-ai'],
      terraform: [{ type: 'google_document_ai*' }],
    },
  },
  {
    id: 'google-cloud-speech',
    speech: 'listens',
    serves: 'speech',
    name: 'Google Cloud Speech-to-Text',
    vendor: 'google',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    signals: {
      npm: ['@google-cloud/speech'],
      pypi: ['google-cloud-speech'],
      // The package's versioned modules too (`from google.cloud.speech_v2 import SpeechAsyncClient`, LLMStack's
      // speech-to-text, said as only mentioned in its lockfile): the client library's reference lists speech_v1,
      // speech_v1p1beta1 and speech_v2 (checked 2026-12-05).
      pythonImports: [
        'google.cloud.speech',
        'google.cloud.speech_v1',
        'google.cloud.speech_v1p1beta1',
        'google.cloud.speech_v2',
      ],
    },
  },
  // Google Cloud Text-to-Speech, the text it reads aloud going to Google (podcastfy's Gemini voices:
  // `from google.cloud import texttospeech_v1beta1`, unfound). Checked on 2026-12-07 against the client libraries'
  // references: Python `google-cloud-texttospeech` (modules `google.cloud.texttospeech`, `texttospeech_v1`,
  // `texttospeech_v1beta1`), Node.js `@google-cloud/text-to-speech`, Go `cloud.google.com/go/texttospeech`, Java
  // `com.google.cloud.texttospeech`; and the service's host, `texttospeech.googleapis.com`.
  {
    id: 'google-cloud-tts',
    speech: 'speaks',
    serves: 'speech',
    name: 'Google Cloud Text-to-Speech',
    vendor: 'google',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    website: 'https://cloud.google.com/text-to-speech',
    signals: {
      npm: ['@google-cloud/text-to-speech'],
      pypi: ['google-cloud-texttospeech'],
      pythonImports: [
        'google.cloud.texttospeech',
        'google.cloud.texttospeech_v1',
        'google.cloud.texttospeech_v1beta1',
      ],
      go: ['cloud.google.com/go/texttospeech'],
      jvm: ['com.google.cloud.texttospeech'],
      maven: ['google-cloud-texttospeech'],
      hosts: ['texttospeech.googleapis.com'],
    },
  },
  // Google Cloud Translation, the text it translates or whose language it detects going to Google (refly detects each
  // search query's language with it). Thirteenth round, checked on 2026-12-06 against the client libraries' references:
  // Node.js `@google-cloud/translate` (its `apiEndpoint` defaulting to `translation.googleapis.com`), Python
  // `google-cloud-translate` (modules `google.cloud.translate`, `translate_v2`, `translate_v3`, `translate_v3beta1`),
  // the PHP client's `DEFAULT_API_ENDPOINT` (`https://translation.googleapis.com`), Java's `com.google.cloud.translate`
  // and the Ruby gems `google-cloud-translate`, `-v2`, `-v3`; and Google's service configuration (googleapis/googleapis,
  // google/cloud/translate/v3/translate_v3.yaml: `name: translate.googleapis.com`). refly calls a keyless path of that
  // service host (`translate.googleapis.com/translate_a/single`), which Google's docs do not describe, but the host is
  // the Translation API's own.
  {
    id: 'google-cloud-translation',
    name: 'Google Cloud Translation',
    vendor: 'google',
    category: 'ml-platform',
    ...vendorHosted,
    ai: true,
    website: 'https://cloud.google.com/translate',
    signals: {
      npm: ['@google-cloud/translate'],
      pypi: ['google-cloud-translate'],
      pythonImports: [
        'google.cloud.translate',
        'google.cloud.translate_v2',
        'google.cloud.translate_v3',
        'google.cloud.translate_v3beta1',
      ],
      jvm: ['com.google.cloud.translate'],
      maven: ['google-cloud-translate'],
      gem: ['google-cloud-translate', 'google-cloud-translate-v2', 'google-cloud-translate-v3'],
      hosts: ['translation.googleapis.com', 'translate.googleapis.com'],
    },
  },
  {
    id: 'gcp',
    name: 'Google Cloud',
    vendor: 'google',
    category: 'ml-platform',
    ...vendorHosted,
    ai: false,
    sharedCredentials: true,
    signals: {
      env: ['GOOGLE_APPLICATION_CREDENTIALS', 'GOOGLE_CLOUD_PROJECT', 'GCLOUD_PROJECT'],
      // Secret Manager's clients (cloud.google.com/secret-manager/docs/reference/libraries, read 2026-12-08): skyvern's
      // credential vault (`skyvern/forge/sdk/api/real_gcp.py:18`), said "only mentioned".
      npm: ['@google-cloud/secret-manager'],
      pypi: ['google-cloud-secret-manager'],
      pythonImports: ['google.cloud.secretmanager', 'google.cloud.secretmanager_v1'],
      go: ['cloud.google.com/go/secretmanager'],
      terraform: [{ type: 'google_project*' }],
      // Google's deploy actions (github.com/google-github-actions, checked 2026-12-06): Cloud Run, App Engine, Functions.
      actions: [
        'google-github-actions/deploy-cloudrun',
        'google-github-actions/deploy-appengine',
        'google-github-actions/deploy-cloud-functions',
      ],
    },
  },
  {
    id: 'azure',
    name: 'Microsoft Azure',
    vendor: 'microsoft',
    category: 'ml-platform',
    ...vendorHosted,
    ai: false,
    sharedCredentials: true,
    signals: {
      npm: ['@azure/identity'],
      pypi: ['azure-identity'],
      env: ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_SUBSCRIPTION_ID'],
      terraform: [{ type: 'azurerm_resource_group' }],
      // Azure's deploy actions (github.com/Azure, checked 2026-12-06): Container Apps, App Service, Functions, Static Web
      // Apps.
      actions: [
        'azure/container-apps-deploy-action',
        'azure/webapps-deploy',
        'azure/functions-action',
        'azure/static-web-apps-deploy',
      ],
    },
  },
  // Databricks as a platform: its SDK, SQL connector, credentials and workspace hosts reach any of its services (SQL
  // warehouses, jobs, model serving, vector search). WrenAI (f2841bc) connects to a customer's warehouse with
  // `databricks.sdk` and was proposed Databricks Vector Search, holding embeddings. Names from the Databricks SQL
  // Connector for Python's PyPI page and docs.databricks.com/dev-tools/python-sql-connector (`from databricks import
  // sql`, `server_hostname`), and the Databricks SDK for Python (PyPI `databricks-sdk`, `databricks.sdk`), read
  // 2026-12-06; vector search keeps its own module (`databricks.vector_search`, `databricks.sdk.service.vectorsearch`).
  {
    id: 'databricks',
    name: 'Databricks',
    vendor: 'databricks',
    // Its warehouses keep data; it is no platform our app runs on (`hostedBy` reads an `ml-platform` whose
    // credentials its services share as one).
    category: 'datastore',
    ...vendorHosted,
    ai: false,
    sharedCredentials: true,
    website: 'https://www.databricks.com',
    signals: {
      pypi: ['databricks-sdk', 'databricks-sql-connector'],
      pythonImports: ['databricks.sdk', 'databricks.sql'],
      npm: ['@databricks/sql'],
      env: ['DATABRICKS_HOST', 'DATABRICKS_TOKEN'],
      hosts: ['*.cloud.databricks.com', '*.azuredatabricks.net'],
    },
  },
];
