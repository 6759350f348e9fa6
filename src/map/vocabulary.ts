import type { COMPONENT_KINDS, TENANCY_MODELS } from './schema/component.js';
import type { DATA_CATEGORIES } from './schema/dataClass.js';
import type { FLOW_PURPOSES } from './schema/flow.js';

type Kind = (typeof COMPONENT_KINDS)[number];

/**
 * Groupings of the map's vocabulary that several capabilities reason with. Defined once, so that a check, a
 * diagram, a trust-center claim and a questionnaire answer all mean the same thing by "customer data" or
 * "a training sink".
 */

/** Data categories that are customer data by themselves (classes derived from them are too). */
export const CUSTOMER_CATEGORIES: ReadonlySet<(typeof DATA_CATEGORIES)[number] | string> = new Set([
  'customer-content',
  'prompts',
  'model-outputs',
  'embeddings',
]);

/** Component kinds that train, fine-tune or evaluate models: training sinks. */
export const TRAINING_KINDS: ReadonlySet<Kind | string> = new Set([
  'training-pipeline',
  'fine-tuning-job',
  'evaluation-pipeline',
]);

/** Flow purposes that feed a model's training. */
export const TRAINING_PURPOSES: ReadonlySet<(typeof FLOW_PURPOSES)[number] | string> = new Set([
  'training',
  'fine-tuning',
  'evaluation',
]);

/** Component kinds where data comes to rest. */
export const STORE_KINDS: ReadonlySet<Kind | string> = new Set([
  'datastore',
  'object-store',
  'cache',
  'queue',
  'log-sink',
  'vector-store',
  'embedding-index',
]);

/** Tenancy models that separate tenants below the application (in the datastore, index or deployment). */
export const DATASTORE_ENFORCED_TENANCY: ReadonlySet<(typeof TENANCY_MODELS)[number] | string> = new Set([
  'namespace-per-tenant',
  'row-level-security',
  'index-per-tenant',
  'database-per-tenant',
  'single-tenant',
]);
