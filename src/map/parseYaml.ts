import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Location, Problem } from '../errors/index.js';
import { findExcessiveNesting } from './nestingGuard.js';

/** Where each node of a document sits: JSON-pointer-like path (`components/3/tenancy`) to key and value offsets. */
export interface PositionIndex {
  file: string;
  lineCounter: LineCounter;
  /** Offset of a node's value, by path. */
  values: Map<string, number>;
  /** Offset of the key that introduces a node, by path. */
  keys: Map<string, number>;
}

export interface ParsedYaml {
  value: unknown;
  positions: PositionIndex;
}

/** Nesting beyond this is refused: no real map comes near it, and deep trees cost stack. */
export const MAX_DEPTH = 64;
const MAX_ALIASES = 100;

const HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'YAML indentation must use spaces, not tabs',
  DUPLICATE_KEY: 'remove or rename one of the two keys',
  BAD_INDENT: 'check that items of the same list or mapping start in the same column',
  MISSING_CHAR: 'a closing quote or bracket may be missing',
};

export function locate(index: PositionIndex, offset: number): Location {
  const { line, col } = index.lineCounter.linePos(offset);
  return { file: index.file, line, col };
}

function collect(node: unknown, path: string, depth: number, index: PositionIndex): boolean {
  if (depth > MAX_DEPTH) return false;
  const range = (node as Node | null)?.range;
  if (range) index.values.set(path, range[0]);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = path === '' ? key : `${path}/${key}`;
      const keyRange = (pair.key as Node | null)?.range;
      if (keyRange) index.keys.set(child, keyRange[0]);
      if (pair.value && !collect(pair.value, child, depth + 1, index)) return false;
      if (!pair.value && keyRange) index.values.set(child, keyRange[0]);
      // A block mapping or list is where its key is: its first entry's line named another fact (AIHawk, OpenManus:
      // "covers … security (trustmap.yaml:14)" citing `noTrainingOnCustomerData`, the first line under `commitments:`).
      if ((isMap(pair.value) || isSeq(pair.value)) && !pair.value.flow && keyRange)
        index.values.set(child, keyRange[0]);
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      if (!collect(node.items[i], path === '' ? String(i) : `${path}/${i}`, depth + 1, index)) return false;
    }
  }
  return true;
}

/**
 * Parses one YAML document, keeping where every node came from. Reports every syntax problem the parser finds,
 * each located; refuses alias bombs and absurd nesting without exhausting memory or stack.
 */
export function parseYaml(file: string, text: string): { parsed: ParsedYaml } | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  const index: PositionIndex = { file, lineCounter, values: new Map(), keys: new Map() };
  const tooDeep = findExcessiveNesting(text, MAX_DEPTH);
  if (tooDeep >= 0) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < tooDeep; i = text.indexOf('\n', i + 1))
      lineCounter.addNewLine(i + 1);
    return { problems: [deepProblem(locate(index, tooDeep))] };
  }
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    return { problems: [{ location: { file, line: 1, col: 1 }, message: tooDeepOr(error) }] };
  }
  const problems: Problem[] = doc.errors.map((error) => ({
    location: locate(index, error.pos[0]),
    message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    hint: HINTS[error.code],
  }));
  if (problems.length > 0) return { problems };
  if (!collect(doc.contents, '', 0, index)) {
    return { problems: [deepProblem({ file, line: 1, col: 1 })] };
  }
  try {
    return { parsed: { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), positions: index } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return {
        problems: [
          {
            location: { file, line: 1, col: 1 },
            message: 'too many YAML aliases: the document expands to a resource-exhaustion size',
            hint: `use at most ${MAX_ALIASES} aliases; write repeated entries out`,
          },
        ],
      };
    }
    return { problems: [{ location: { file, line: 1, col: 1 }, message: tooDeepOr(error) }] };
  }
}

function deepProblem(location: Location): Problem {
  return {
    location,
    message: `the document nests deeper than ${MAX_DEPTH} levels`,
    hint: 'a system map is a few levels deep; this file is probably not a map',
  };
}

function tooDeepOr(error: unknown): string {
  if (error instanceof RangeError) return `the document nests too deeply to read`;
  return `could not read YAML: ${error instanceof Error ? error.message : String(error)}`;
}
