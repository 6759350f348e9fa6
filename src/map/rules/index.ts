import { anonymousVendors } from './anonymousVendors.js';
import type { MapRule } from './context.js';
import { derivationCycles } from './derivationCycles.js';
import { knownControlIds } from './knownControlIds.js';
import { references } from './references.js';
import { uniqueIds } from './uniqueIds.js';

export type { MapRule, RuleContext } from './context.js';

/** The rules every map must satisfy, run in order after the shape is valid. */
export const MAP_RULES: readonly MapRule[] = [
  uniqueIds,
  references,
  derivationCycles,
  knownControlIds,
  anonymousVendors,
];

/** Codes of problems that are references to ids, held back while an id itself is missing or malformed. */
export const REFERENCE_CODES: ReadonlySet<string> = new Set(['unknown-reference', 'unknown-control']);
