import type { Problem } from '../../errors/index.js';
import type { MergedSource } from '../merge.js';
import type { SystemMapData } from '../schema/map.js';

/** What a map rule sees: the validated data, where it came from, and a list to add problems to. */
export interface RuleContext {
  data: SystemMapData;
  source: MergedSource;
  problems: Problem[];
}

/** A rule inspects the map and pushes located problems; it never throws. */
export type MapRule = (context: RuleContext) => void;
