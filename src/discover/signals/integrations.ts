import type { CompiledCatalog } from '../catalog/compile.js';
import { INTEGRATION_AFFIXES, type IntegrationPath } from '../catalog/integrations.js';

/** `Azure_OpenAI`, `azure-openai`, `AzureOpenAI` -> `azureopenai`. */
export function normaliseSlug(text: string): string {
  return text.toLowerCase().replace(/[-_.\s]/g, '');
}

/**
 * The slug's provider, trying the name as is and then without the words frameworks add around it; slugs in
 * `skip` (umbrellas such as `google`) name none at any step. A class's name (`eager`) is tried after each word taken
 * off: `ChatOpenAI` is `openai` before `ai` comes off too. A file's or module's name is tried a round at a time
 * (`embeddings_openai.py` is not the OpenAI adapter of DocsGPT, which also builds Azure clients in it).
 */
export function slugProvider(
  slugs: ReadonlyMap<string, string>,
  raw: string,
  skip?: ReadonlySet<string>,
  eager = false,
): string | undefined {
  let slug = normaliseSlug(raw);
  for (let round = 0; round < 4 && slug; round++) {
    const found = skip?.has(slug) ? undefined : slugs.get(slug);
    if (found) return found;
    let next = slug;
    for (const affix of INTEGRATION_AFFIXES) {
      const before = next;
      if (next.length > affix.length + 1 && next.endsWith(affix)) next = next.slice(0, -affix.length);
      if (next.length > affix.length + 1 && next.startsWith(affix)) next = next.slice(affix.length);
      const reached = eager && next !== before && !skip?.has(next) ? slugs.get(next) : undefined;
      if (reached) return reached;
    }
    if (next === slug) return undefined;
    slug = next;
  }
  return undefined;
}

/**
 * The provider a framework integration path names: `@langchain/community/vectorstores/pgvector`,
 * `langchain_community.chat_models.ChatTongyi`, `llama_index.llms.groq`, `llama-index-llms-groq`,
 * `qdrant-haystack`. Undefined when the path is no integration or its slug is unknown.
 * @example integrationProvider(catalog, 'npm', '@ai-sdk/mistral') // 'mistral'
 */
export function integrationProvider(
  catalog: CompiledCatalog,
  ecosystem: IntegrationPath['ecosystem'],
  name: string,
): { provider: string; framework: string } | undefined {
  const { paths, slugs, classes } = catalog.integrations;
  for (const path of paths) {
    if (path.ecosystem !== ecosystem) continue;
    let rest: string;
    if (path.suffix) {
      if (!name.endsWith(path.suffix) || name.length === path.suffix.length) continue;
      rest = name.slice(0, -path.suffix.length);
    } else {
      if (!name.startsWith(path.prefix) || name.length === path.prefix.length) continue;
      rest = name.slice(path.prefix.length);
    }
    const whole = ecosystem === 'pypi' || ecosystem === 'maven';
    const segment = whole ? rest : rest.split(ecosystem === 'npm' ? '/' : '.')[0]!;
    if (path.except?.includes(segment)) continue;
    const provider = classes.get(segment) ?? slugProvider(slugs, segment, undefined, /^[A-Z]/.test(segment));
    const category = provider && path.categories ? catalog.providers.get(provider)?.category : undefined;
    if (provider && (!path.categories || (category && path.categories.includes(category))))
      return { provider, framework: path.framework };
  }
  return undefined;
}
