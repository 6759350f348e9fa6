import { ANALYTICS_PROVIDERS } from './analytics.js';
import { CLOUD_PROVIDERS } from './cloud.js';
import { DATASTORE_PROVIDERS } from './datastores.js';
import { FRAMEWORK_PROVIDERS } from './frameworks.js';
import { LLM_API_PROVIDERS } from './llmApis.js';
import { OBSERVABILITY_PROVIDERS } from './observability.js';
import { RUNTIME_PROVIDERS } from './runtimes.js';
import { SAAS_PROVIDERS } from './saas.js';
import type { ProviderEntry } from './types.js';
import { VECTOR_STORE_PROVIDERS } from './vectorStores.js';
import { WEB_SERVICE_PROVIDERS } from './webServices.js';

export type { ProviderEntry, ProviderSignals, TerraformSignal } from './types.js';

/**
 * The provider catalog: every provider discovery can recognise, as data. Adding one is a data change.
 * @example PROVIDERS.filter((p) => p.category === 'vector-store').map((p) => p.id)
 */
export const PROVIDERS: readonly ProviderEntry[] = [
  ...LLM_API_PROVIDERS,
  ...CLOUD_PROVIDERS,
  ...VECTOR_STORE_PROVIDERS,
  ...RUNTIME_PROVIDERS,
  ...OBSERVABILITY_PROVIDERS,
  ...ANALYTICS_PROVIDERS,
  ...SAAS_PROVIDERS,
  ...FRAMEWORK_PROVIDERS,
  ...DATASTORE_PROVIDERS,
  ...WEB_SERVICE_PROVIDERS,
];

const BY_ID = new Map(PROVIDERS.map((provider) => [provider.id, provider]));

/**
 * The catalog entry with this id, if any.
 * @example findProvider('openai')?.vendor // 'openai'
 */
export function findProvider(id: string): ProviderEntry | undefined {
  return BY_ID.get(id);
}

/**
 * Whether the catalog knows an entry as a platform apps are deployed on, found by its deployment file (`vercel.json`,
 * `fly.toml`): it hosts the app, and is no service the app sends data to.
 * @example deploysApps(findProvider('vercel')) // true
 */
export function deploysApps(entry: Pick<ProviderEntry, 'signals'> | undefined): boolean {
  return entry?.signals.deployFiles !== undefined;
}
