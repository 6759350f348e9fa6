import type { z } from 'zod';
import type { Problem } from '../errors/index.js';
import { didYouMean } from './didYouMean.js';
import type { MergedSource } from './merge.js';
import { type SystemMapData, SystemMapSchema } from './schema/map.js';

type AnySchema = z.ZodType;

/** The sub-schema at a path, unwrapping optional/default/pipe wrappers; used to list the keys a user may write. */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    let node = s;
    for (let i = 0; i < 8; i++) {
      const def = (node as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      const inner = (def.innerType ?? (def.type === 'pipe' ? def.out : undefined)) as AnySchema | undefined;
      if (!inner) break;
      node = inner;
    }
    return node;
  };
  for (const segment of path) {
    if (!current) return undefined;
    const def: Record<string, unknown> = (
      unwrap(current) as unknown as { _zod: { def: Record<string, unknown> } }
    )._zod.def;
    if (def.type === 'object') current = (def.shape as Record<string, AnySchema>)[String(segment)];
    else if (def.type === 'array') current = def.element as AnySchema;
    else return undefined;
  }
  return current ? unwrap(current) : undefined;
}

function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const node = schemaAt(schema, path) as unknown as {
    _zod?: { def: { type: string; shape?: object } };
  };
  return node?._zod?.def.type === 'object' ? Object.keys(node._zod.def.shape ?? {}) : [];
}

function describePath(path: readonly PropertyKey[], value: unknown): string {
  const parts: string[] = [];
  let node: unknown = value;
  for (const segment of path) {
    const child = (node as Record<PropertyKey, unknown> | undefined)?.[segment];
    if (typeof segment === 'number') {
      const id = (child as { id?: unknown } | undefined)?.id;
      parts.push(typeof id === 'string' ? `[${id}]` : `[${segment}]`);
    } else parts.push(parts.length === 0 ? String(segment) : `.${String(segment)}`);
    node = child;
  }
  return parts.join('');
}

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
};

function toProblems(
  issue: z.core.$ZodIssue,
  source: MergedSource,
  schema: AnySchema,
  subject: string,
): Problem[] {
  const path = issue.path;
  const where = describePath(path, source.value);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, path);
      return issue.keys.map((key) => ({
        location: source.locate([...path, key], 'key'),
        message: `unknown key \`${key}\`${where ? ` in ${where}` : ''}`,
        hint: didYouMean(key, known) ?? (known.length ? `allowed keys: ${known.join(', ')}` : undefined),
      }));
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      // A key left out whose value must be one of a list: say it is missing, not that `undefined` is not allowed.
      if (issue.input === undefined) return [missingKey(path, source, `one of: ${allowed.join(', ')}`)];
      return [
        {
          location: source.locate(path),
          message: `${where}: ${show(issue.input)} is not one of the allowed values`,
          hint: [
            typeof issue.input === 'string' ? didYouMean(issue.input, allowed) : undefined,
            `allowed: ${allowed.join(', ')}`,
          ]
            .filter(Boolean)
            .join('; '),
        },
      ];
    }
    case 'invalid_type': {
      if (issue.input === undefined) return [missingKey(path, source, `expects ${issue.expected}`)];
      return [
        {
          location: source.locate(path),
          message: `${where || subject}: expected ${issue.expected}, found ${show(issue.input)}`,
        },
      ];
    }
    case 'invalid_union':
      return [
        { location: source.locate(path), message: `${where}: ${issue.message}`, hint: unionHint(issue) },
      ];
    default:
      return [{ location: source.locate(path), message: `${where || subject}: ${issue.message}` }];
  }
}

/** A required key that is not there, located at the object that lacks it. */
function missingKey(path: readonly PropertyKey[], source: MergedSource, expects: string): Problem {
  const key = path[path.length - 1];
  return {
    location: source.locate(path.slice(0, -1)),
    message: `missing required key \`${String(key)}\`${path.length > 1 ? ` in ${describePath(path.slice(0, -1), source.value)}` : ''}`,
    hint: `add \`${String(key)}:\` (${expects})`,
  };
}

function unionHint(issue: z.core.$ZodIssueInvalidUnion): string | undefined {
  const first = issue.errors.flat()[0];
  return first ? first.message : undefined;
}

/**
 * Checks a parsed document against a zod schema; every issue becomes a located problem with a hint (the closest
 * allowed key or value, the allowed list, the missing key). Used for the map and for other user files.
 * @example const result = validateWith(HttpProbeConfigSchema, singleSource(parsed), 'the probe definition');
 */
export function validateWith<T extends AnySchema>(
  schema: T,
  source: MergedSource,
  subject: string,
): { data: z.output<T> } | { problems: Problem[]; issues: readonly z.core.$ZodIssue[] } {
  const result = schema.safeParse(source.value, { reportInput: true });
  if (result.success) return { data: result.data as z.output<T> };
  const { issues } = result.error;
  return { problems: issues.flatMap((issue) => toProblems(issue, source, schema, subject)), issues };
}

/** Checks the merged document against the schema; every issue becomes a located problem with a hint. */
export function validateShape(
  source: MergedSource,
): { data: SystemMapData } | { problems: Problem[]; idsInvalid: boolean } {
  const result = validateWith(SystemMapSchema, source, 'the map');
  if ('data' in result) return result;
  return {
    problems: result.problems,
    // An id that is missing or malformed: references to it cannot be judged until it is fixed.
    idsInvalid: result.issues.some((issue) => issue.path.length === 3 && issue.path[2] === 'id'),
  };
}
