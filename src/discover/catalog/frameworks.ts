import type { ProviderEntry } from './types.js';

const framework = (entry: Omit<ProviderEntry, 'category' | 'ai' | 'hosting'>): ProviderEntry => ({
  category: 'agent-framework',
  hosting: 'self-hosted',
  ai: true,
  ...entry,
});

/** Libraries that orchestrate models in-process. They send nothing anywhere by themselves. */
export const FRAMEWORK_PROVIDERS: readonly ProviderEntry[] = [
  framework({
    id: 'langchain',
    name: 'LangChain',
    vendor: 'langchain',
    signals: {
      npm: ['langchain', '@langchain/core', '@langchain/community', '@langchain/langgraph'],
      pypi: ['langchain', 'langchain-core', 'langchain-community', 'langgraph'],
    },
  }),
  framework({
    id: 'llamaindex',
    name: 'LlamaIndex',
    vendor: 'llamaindex',
    signals: {
      npm: ['llamaindex'],
      pypi: ['llama-index', 'llama-index-core'],
      pythonImports: ['llama_index'],
    },
  }),
  framework({
    id: 'vercel-ai-sdk',
    name: 'Vercel AI SDK',
    vendor: 'vercel',
    signals: { npm: ['ai', '@ai-sdk/react', '@ai-sdk/provider'] },
  }),
  framework({ id: 'crewai', name: 'CrewAI', vendor: 'crewai', signals: { pypi: ['crewai'] } }),
  framework({
    id: 'autogen',
    name: 'AutoGen',
    vendor: 'microsoft',
    signals: {
      pypi: ['pyautogen', 'autogen-agentchat', 'autogen-core'],
      pythonImports: ['autogen', 'autogen_agentchat'],
    },
  }),
  framework({
    id: 'haystack',
    name: 'Haystack',
    vendor: 'deepset',
    signals: { pypi: ['haystack-ai', 'farm-haystack'], pythonImports: ['haystack'] },
  }),
  framework({
    id: 'semantic-kernel',
    name: 'Semantic Kernel',
    vendor: 'microsoft',
    signals: { pypi: ['semantic-kernel'], maven: ['semantickernel-api'] },
  }),
  framework({ id: 'dspy', name: 'DSPy', vendor: 'stanford', signals: { pypi: ['dspy', 'dspy-ai'] } }),
  framework({ id: 'mastra', name: 'Mastra', vendor: 'mastra', signals: { npm: ['@mastra/core'] } }),
  framework({
    id: 'openai-agents',
    name: 'OpenAI Agents SDK',
    vendor: 'openai',
    signals: { npm: ['@openai/agents'], pypi: ['openai-agents'], pythonImports: ['agents'] },
  }),
];
