import type { SourceRef } from './contracts.js';

/** How much of a citation to print: `short` for tables and labels, `full` for notes and reports. */
export type CiteStyle = 'short' | 'full';

export interface CiteOptions {
  style?: CiteStyle;
  /** Prefix for file paths relative to the map's folder, so a report read elsewhere still points at the file. */
  root?: string;
}

/**
 * The one citation formatter every output uses.
 * @example cite({ kind: 'code', file: 'src/llm.ts', line: 4 }) // 'src/llm.ts:4'
 * @example cite(mapSource, { style: 'full' }) // 'trustmap.yaml:12:5 (components/api)'
 */
export function cite(source: SourceRef, options: CiteOptions = {}): string {
  const full = options.style === 'full';
  switch (source.kind) {
    case 'map': {
      const at = source.location;
      if (!at) return source.pointer;
      return full ? `${at.file}:${at.line}:${at.col} (${source.pointer})` : `${at.file}:${at.line}`;
    }
    case 'code':
      return `${inRoot(options.root, source.file)}:${source.line}`;
    case 'probe': {
      const file = inRoot(options.root, source.file);
      if (!full) return file;
      return `probe ${file} (${source.verdict}, ${source.at}${source.signedBy ? `, signed ${source.signedBy}` : ''})`;
    }
    case 'evidence': {
      const where = source.path ?? source.url;
      if (!full) return where ?? source.id;
      return `evidence ${source.id}${where ? ` (${where})` : ''}`;
    }
    case 'check':
      return full
        ? `check ${source.checkId} ${source.status} (${source.subject}${source.at ? `, ${source.at}` : ''})`
        : `check ${source.checkId} (${source.status}, ${source.subject})`;
    case 'ledger':
      return `ledger ${source.org}#${source.seq}${full ? ` (${source.hash.slice(0, 12)})` : ''}`;
  }
}

/** Distinct citations of a list of sources, in order. */
export function citeAll(sources: readonly SourceRef[], options?: CiteOptions): string[] {
  return [...new Set(sources.map((source) => cite(source, options)))];
}

/** A path relative to the map's folder, prefixed with `root` (where the report is read from). */
export function inRoot(root: string | undefined, file: string): string {
  const clean = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!root || root === '.') return clean;
  return `${root.replace(/\\/g, '/').replace(/\/$/, '')}/${clean}`;
}
