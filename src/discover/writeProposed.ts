import path from 'node:path';
import { Document, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { MapError } from '../errors/index.js';
import { readUserText, writeFileAtomic } from '../io/index.js';
import type { SystemMap } from '../map/index.js';
import { findExcessiveNesting, MAX_MAP_BYTES } from '../map/index.js';
import type { DriftItem } from './drift.js';
import { type MapAddition, planAdditions } from './proposeData.js';
import type { ConfigFact } from './types.js';

/** What `--write` changed. */
export interface WriteResult {
  file: string;
  added: { section: string; id: string }[];
}

/**
 * Adds the proposed entries of `drift`, with the data classes and flows the code shows (`planAdditions`), to the
 * map file, each `status: proposed` under a comment saying where the proof is.
 * @example await writeProposedEntries('trustmap.yaml', computeDrift(map, report), map)
 */
export async function writeProposedEntries(
  mapFile: string,
  drift: readonly DriftItem[],
  map: SystemMap,
  facts: readonly ConfigFact[] = [],
): Promise<WriteResult> {
  return writeMapAdditions(mapFile, planAdditions(map, drift, facts));
}

/**
 * Appends entries to the map file's sections. The new entries are spliced into the text after each section's
 * last item, so every line the user wrote stays byte for byte as it was (no reflowing); written atomically,
 * through a symlinked map and with the file's mode kept. Entries whose id already exists are left alone.
 */
export async function writeMapAdditions(
  mapFile: string,
  additions: readonly MapAddition[],
): Promise<WriteResult> {
  const text = readUserText(path.basename(mapFile), {
    root: path.dirname(path.resolve(mapFile)),
    maxBytes: MAX_MAP_BYTES,
    what: 'map file',
  });
  if (findExcessiveNesting(text, 64) >= 0)
    throw new MapError([
      {
        location: { file: mapFile, line: 1, col: 1 },
        message: 'the map nests deeper than 64 levels',
        hint: 'fix the map before using --write',
      },
    ]);
  const document = parseDocument(text);
  if (document.errors.length) {
    const error = document.errors[0]!;
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    throw new MapError([
      {
        location: { file: mapFile, line, col },
        message: error.message,
        hint: 'fix the YAML before using --write',
      },
    ]);
  }
  const result: WriteResult = { file: mapFile, added: [] };
  const blocks = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { section, entry, comment: note } of additions) {
    const sequence = document.get(section, true);
    const exists =
      isSeq(sequence) &&
      (sequence as YAMLSeq).items.some(
        (node) => (node as { get?: (key: string) => unknown }).get?.('id') === entry.id,
      );
    if (exists || seen.has(`${section}\u0000${entry.id}`)) continue;
    seen.add(`${section}\u0000${entry.id}`);
    const comment = `#${note.startsWith(' ') ? '' : ' '}${note}`;
    const body = new Document([entry]).toString({ lineWidth: 0 });
    blocks.set(section, [...(blocks.get(section) ?? []), `${comment.replace(/[\r\n]+/g, ' ')}\n${body}`]);
    result.added.push({ section, id: String(entry.id) });
  }
  if (result.added.length) await writeFileAtomic(mapFile, splice(text, document, blocks));
  return result;
}

/** Inserts each section's new items after its last item, or appends a new section at the end. */
function splice(
  text: string,
  document: ReturnType<typeof parseDocument>,
  blocks: Map<string, string[]>,
): string {
  const edits: { at: number; end: number; insert: string }[] = [];
  let appended = '';
  for (const [section, items] of blocks) {
    const sequence = document.get(section, true) as YAMLSeq | undefined;
    const range = sequence?.range;
    if (isSeq(sequence) && range && sequence.items.length > 0 && !sequence.flow) {
      const first = sequence.items[0] as { range?: [number, number, number] };
      const dash = text.lastIndexOf('-', first.range?.[0] ?? range[0]);
      const indent = dash - (text.lastIndexOf('\n', dash) + 1);
      const lineEnd = text.indexOf('\n', Math.max(range[1] - 1, 0));
      const at = lineEnd === -1 ? text.length : lineEnd + 1;
      const prefix = lineEnd === -1 ? '\n' : '';
      edits.push({ at, end: at, insert: prefix + indentBlock(items.join(''), indent) });
    } else if (isSeq(sequence) && range && sequence.items.length === 0) {
      // `section: []`: the empty flow sequence becomes a block sequence.
      edits.push({ at: range[0], end: range[1], insert: `\n${indentBlock(items.join(''), 2).trimEnd()}` });
    } else if (sequence === undefined || sequence === null) {
      appended += `\n${section}:\n${indentBlock(items.join(''), 2)}`;
    } else {
      throw new MapError([
        {
          location: { file: 'map', line: 1, col: 1 },
          message: `\`${section}\` is not a list; cannot add proposed entries`,
          hint: 'make it a YAML list',
        },
      ]);
    }
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, edit.at) + edit.insert + out.slice(edit.end);
  if (appended) out = `${out}${out.endsWith('\n') ? '' : '\n'}${appended.slice(1)}`;
  return out;
}

function indentBlock(block: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return block
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n')
    .replace(/\n*$/, '\n');
}
