import type { SourceRef } from '../controls/types.js';

/** A map pointer as a source with its file:line (the shared constructor, under the name this folder uses). */
export { mapRef as mapSource } from '../model/index.js';

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
