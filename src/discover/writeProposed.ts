import { readFile } from 'node:fs/promises';
import { isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { MapError } from '../errors/index.js';
import { writeFileAtomic } from '../io/index.js';
import type { SystemMap } from '../map/index.js';
import type { DriftItem } from './drift.js';
import { type MapAddition, planAdditions } from './proposeData.js';

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
): Promise<WriteResult> {
  return writeMapAdditions(mapFile, planAdditions(map, drift));
}

/**
 * Appends entries to the map file's sections. Uses the `yaml` Document API so existing comments, order and
 * style stay as written; writes atomically. Entries whose id already exists are left alone.
 */
export async function writeMapAdditions(
  mapFile: string,
  additions: readonly MapAddition[],
): Promise<WriteResult> {
  const text = await readFile(mapFile, 'utf8');
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
  for (const { section, entry, comment } of additions) {
    let sequence = document.get(section);
    if (!isSeq(sequence)) {
      sequence = document.createNode([]);
      document.set(section, sequence);
    }
    const seq = sequence as YAMLSeq;
    // An empty `[]` would keep flow style and pack the entries on a few lines; blocks read better in review.
    if (seq.flow && seq.items.length === 0) seq.flow = false;
    const exists = seq.items.some(
      (node) => (node as { get?: (key: string) => unknown }).get?.('id') === entry.id,
    );
    if (exists) continue;
    const node = document.createNode(entry);
    node.commentBefore = comment;
    seq.items.push(node);
    result.added.push({ section, id: String(entry.id) });
  }
  if (result.added.length) await writeFileAtomic(mapFile, String(document));
  return result;
}
