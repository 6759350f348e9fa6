import type { Problem } from '../errors/index.js';
import { lenientData } from './lenientData.js';
import { indexLocations } from './locations.js';
import { mergeParts } from './merge.js';
import type { ParseCache } from './parseCache.js';
import { type ParsedYaml, parseYaml } from './parseYaml.js';
import { MAP_RULES, type MapRule, REFERENCE_CODES, type RuleContext } from './rules/index.js';
import { decodeMapText } from './sourceText.js';
import type { SystemMap } from './systemMap.js';
import { validateShape } from './validateShape.js';

export type LoadResult = { ok: true; map: SystemMap } | { ok: false; problems: Problem[] };

export interface MapFile {
  /** Name shown in messages. */
  file: string;
  content: Uint8Array | string;
}

export interface LoadOptions {
  /** Folder that relative paths in the map resolve against. */
  root?: string;
  /** Extra rules, e.g. from capabilities that know catalogs the map refers to. */
  rules?: readonly MapRule[];
  /** Parses kept from earlier runs (`loadMap` passes the user's); without one every part is parsed. */
  parseCache?: ParseCache;
}

/**
 * Loads a map from file contents, without touching the disk: decode, parse with positions, merge parts,
 * validate the shape, then run the rules. Collects every problem it can before giving up.
 * @example
 * const result = loadMapFromFiles([{ file: 'trustmap.yaml', content: text }]);
 * if (!result.ok) console.error(result.problems);
 */
export function loadMapFromFiles(files: readonly MapFile[], options: LoadOptions = {}): LoadResult {
  const problems: Problem[] = [];
  const parts: ParsedYaml[] = [];
  for (const { file, content } of files) {
    const decoded =
      typeof content === 'string' ? { text: content.replace(/^\uFEFF/, '') } : decodeMapText(file, content);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    const cached = options.parseCache?.get(file, decoded.text);
    if (cached) {
      parts.push(cached);
      continue;
    }
    const result = parseYaml(file, decoded.text);
    if ('problems' in result) problems.push(...result.problems);
    else {
      parts.push(result.parsed);
      options.parseCache?.set(file, decoded.text, result.parsed);
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const merged = mergeParts(parts);
  if ('problems' in merged) return { ok: false, problems: merged.problems };
  const rules = [...MAP_RULES, ...(options.rules ?? [])];
  const shape = validateShape(merged.merged);
  if ('problems' in shape) {
    // Report reference problems too, read from a lenient copy, so one run lists everything.
    const context = {
      data: lenientData(merged.merged.value),
      source: merged.merged,
      problems: [] as Problem[],
    };
    runRules(rules, context);
    // While an id is missing or malformed, references to it cannot be judged: hold them back until it is fixed.
    const extra = shape.idsInvalid
      ? context.problems.filter((problem) => !REFERENCE_CODES.has(problem.code ?? ''))
      : context.problems;
    return { ok: false, problems: sortProblems([...shape.problems, ...extra]) };
  }

  const context = { data: shape.data, source: merged.merged, problems: [] as Problem[] };
  runRules(rules, context);
  if (context.problems.length > 0) return { ok: false, problems: sortProblems(context.problems) };

  return {
    ok: true,
    map: {
      ...shape.data,
      source: {
        root: options.root ?? '.',
        files: files.map((f) => f.file),
        locations: indexLocations(shape.data, merged.merged),
      },
    },
  };
}

/** Runs each rule; a rule that throws is a bug in Trustmap, reported as an internal error naming the rule. */
function runRules(rules: readonly MapRule[], context: RuleContext): void {
  for (const rule of rules) {
    try {
      rule(context);
    } catch (error) {
      throw new Error(`map rule ${rule.name || '(anonymous)'} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.col ?? 0) - (b.location?.col ?? 0),
  );
}
