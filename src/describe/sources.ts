import type { SourceRef } from '../controls/types.js';
import { locationOf } from '../map/index.js';
import type { Model } from '../model/index.js';

/**
 * A map pointer as a `SourceRef`, with the file:line:col of the pointer (or its nearest written ancestor).
 * @example mapSource(model, 'components/api/tenancy') // { kind: 'map', pointer, location: { file, line, col } }
 */
export function mapSource(model: Model, pointer: string): SourceRef {
  const location = locationOf(model.map.source.locations, pointer);
  return location ? { kind: 'map', pointer, location } : { kind: 'map', pointer };
}

/** A short human label of a source: `trustmap.yaml:12` for map pointers, the file or id otherwise. */
export function sourceLabel(source: SourceRef): string {
  switch (source.kind) {
    case 'map':
      return source.location ? `${source.location.file}:${source.location.line}` : source.pointer;
    case 'code':
      return `${source.file}:${source.line}`;
    case 'probe':
      return source.file;
    case 'evidence':
      return source.path ?? source.url ?? source.id;
  }
}
