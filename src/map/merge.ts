import type { Location, Problem } from '../errors/index.js';
import { locate, type ParsedYaml, type PositionIndex } from './parseYaml.js';

/** Where a path of the merged document came from. */
export interface MergedSource {
  value: Record<string, unknown>;
  /** Location of the node at `path` (or of its nearest ancestor that has one). */
  locate(path: readonly PropertyKey[], prefer?: 'key' | 'value'): Location;
}

interface Segment {
  index: PositionIndex;
  /** Offset added to list indices of a top-level list section when parts are concatenated. */
  offsets: Map<string, number>;
}

/**
 * Merges the parts of a map folder: top-level lists are concatenated in file order, any other top-level key
 * may be set in one file only (or repeated with an identical value, as `version` usually is).
 */
export function mergeParts(parts: ParsedYaml[]): { merged: MergedSource } | { problems: Problem[] } {
  const value: Record<string, unknown> = {};
  const owners = new Map<string, Segment>();
  /** For a list section: which segment owns which merged index range. */
  const listRanges = new Map<string, { start: number; segment: Segment }[]>();
  const problems: Problem[] = [];
  const segments: Segment[] = [];

  for (const part of parts) {
    const segment: Segment = { index: part.positions, offsets: new Map() };
    segments.push(segment);
    const doc = part.value;
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      problems.push({
        location: { file: part.positions.file, line: 1, col: 1 },
        message: 'a map file must be a YAML mapping with keys such as `organization` and `components`',
        hint: 'run `trustmap init` to see the expected shape',
      });
      continue;
    }
    for (const [key, item] of Object.entries(doc as Record<string, unknown>)) {
      const existing = value[key];
      if (Array.isArray(item) && (existing === undefined || Array.isArray(existing))) {
        const list = (existing as unknown[] | undefined) ?? [];
        const ranges = listRanges.get(key) ?? [];
        ranges.push({ start: list.length, segment });
        listRanges.set(key, ranges);
        value[key] = list.concat(item);
        continue;
      }
      if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(item)) {
        const first = owners.get(key);
        const here = locate(part.positions, part.positions.keys.get(key) ?? 0);
        const there = first ? locate(first.index, first.index.keys.get(key) ?? 0) : undefined;
        problems.push({
          location: here,
          message: `\`${key}\` is also set in ${there ? `${there.file}:${there.line}:${there.col}` : 'another file'}`,
          hint: 'only lists (components, flows, ...) may be split across files; keep other sections in one file',
        });
        continue;
      }
      value[key] = item;
      if (!owners.has(key)) owners.set(key, segment);
    }
  }
  if (problems.length > 0) return { problems };

  const fallback = segments[0]?.index;
  const locateMerged = (path: readonly PropertyKey[], prefer: 'key' | 'value' = 'value'): Location => {
    const [head, second, ...rest] = path.map(String);
    let segment: Segment | undefined;
    let localPath = path.map(String);
    if (head !== undefined) {
      const ranges = listRanges.get(head);
      if (ranges && second !== undefined && /^\d+$/.test(second)) {
        const n = Number(second);
        const range = [...ranges].reverse().find((r) => r.start <= n);
        if (range) {
          segment = range.segment;
          localPath = [head, String(n - range.start), ...rest];
        }
      } else if (ranges) {
        segment = ranges[0]?.segment;
      } else {
        segment = owners.get(head);
      }
    }
    const index = segment?.index ?? fallback;
    return index ? locateIn(index, localPath, prefer) : { file: '<map>', line: 1, col: 1 };
  };
  return { merged: { value, locate: locateMerged } };
}

/** The location of a path in one parsed document, or of its nearest ancestor that has one. */
function locateIn(index: PositionIndex, path: readonly string[], prefer: 'key' | 'value'): Location {
  for (let n = path.length; n >= 0; n--) {
    const key = path.slice(0, n).join('/');
    const offset =
      (prefer === 'key' && n === path.length ? index.keys.get(key) : undefined) ?? index.values.get(key);
    if (offset !== undefined) return locate(index, offset);
  }
  return { file: index.file, line: 1, col: 1 };
}

/** One parsed YAML file as a source to validate and locate problems in (other files than the map use it). */
export function singleSource(parsed: ParsedYaml): MergedSource {
  return {
    value: parsed.value as Record<string, unknown>,
    locate: (path, prefer = 'value') => locateIn(parsed.positions, path.map(String), prefer),
  };
}
