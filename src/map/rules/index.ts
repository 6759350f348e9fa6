import type { MapRule } from './context.js';
import { derivationCycles } from './derivationCycles.js';
import { references } from './references.js';
import { uniqueIds } from './uniqueIds.js';

export type { MapRule, RuleContext } from './context.js';

/** The rules every map must satisfy, run in order after the shape is valid. */
export const MAP_RULES: readonly MapRule[] = [uniqueIds, references, derivationCycles];
