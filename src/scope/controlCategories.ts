import { CONTROLS, SOC2_CRITERIA } from '../controls/index.js';
import type { ControlCategories } from './gaps.js';
import type { CategoryId } from './types.js';

/** SOC 2 categories each Trustmap control supports, through the catalog's crosswalk. */
export function controlCategories(): ControlCategories {
  const criteria = new Map(
    SOC2_CRITERIA.map((criterion) => [criterion.id, criterion.category as CategoryId]),
  );
  return new Map(
    CONTROLS.map((control) => [
      control.id,
      [...new Set(control.soc2.flatMap((id) => (criteria.has(id) ? [criteria.get(id)!] : [])))],
    ]),
  );
}
