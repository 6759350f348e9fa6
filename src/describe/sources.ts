import { cite } from '../core/cite.js';
import type { SourceRef } from '../core/contracts.js';

/** A map pointer as a source with its file:line (the shared constructor, under the name this folder uses). */
export { mapRef as mapSource } from '../model/index.js';

/** A short human label of a source: `trustmap.yaml:12` for map pointers, the file or id otherwise. */
export function sourceLabel(source: SourceRef): string {
  return cite(source);
}
