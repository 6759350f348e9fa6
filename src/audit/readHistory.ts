import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors/index.js';
import { readUserText } from '../io/index.js';
import type { LedgerRecord } from './records.js';

const MAX_FILE = 64 * 1024 * 1024;
const MAX_FILES = 20_000;

const problem = (file: string, line: number, message: string, hint: string) =>
  new InputError([{ location: { file, line, col: 1 }, message, hint }]);

function fromJsonl(file: string, root: string): LedgerRecord[] {
  const text = readUserText(file, { root, maxBytes: MAX_FILE, what: 'ledger export' });
  const records: LedgerRecord[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: Partial<LedgerRecord>;
    try {
      value = JSON.parse(line) as Partial<LedgerRecord>;
    } catch {
      throw problem(
        path.relative(process.cwd(), file),
        index + 1,
        'not a JSON line',
        'each line of a ledger export is one JSON entry',
      );
    }
    if (
      typeof value.seq !== 'number' ||
      typeof value.hash !== 'string' ||
      typeof value.kind !== 'string' ||
      typeof value.effectiveAt !== 'string' ||
      Number.isNaN(Date.parse(value.effectiveAt))
    )
      throw problem(
        path.relative(process.cwd(), file),
        index + 1,
        'a ledger entry needs seq, hash, kind and effectiveAt',
        'export the ledger with `trustmap ledger export` or use a package’s ledger/entries.jsonl',
      );
    records.push({
      org: typeof value.org === 'string' ? value.org : '',
      seq: value.seq,
      hash: value.hash,
      kind: value.kind,
      collectedAt: typeof value.collectedAt === 'string' ? value.collectedAt : value.effectiveAt,
      effectiveAt: value.effectiveAt,
      payload: value.payload,
    });
  });
  return records;
}

/** The kind and effective time of one output file, or undefined when it is not one the audit reads. */
function classify(value: unknown): { kind: string; at: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record.format === 'trustmap.check/v1' && typeof record.generatedAt === 'string')
    return { kind: 'check-run', at: record.generatedAt };
  if (record.format === 'trustmap.probe/v1' && typeof record.finishedAt === 'string')
    return { kind: 'probe', at: record.finishedAt };
  return undefined;
}

/**
 * Reads an organisation's history for an offline audit. Either a ledger export (`.jsonl`, one entry per line, as
 * the server exports it and as every audit package carries it), or a folder of Trustmap outputs: JSON check
 * reports (`trustmap check --format json`) and probe results (`.trustmap/evidence/*.json`), found recursively.
 * Outputs that are not in a ledger get sequence numbers by time and, as their hash, the SHA-256 of the file's
 * bytes, so the package still names exactly which file each row rests on.
 * @example const records = readHistory('history/', 'acme-ai');
 */
export function readHistory(target: string, org: string): LedgerRecord[] {
  const info = statSync(target, { throwIfNoEntry: false });
  if (!info)
    throw problem(
      target,
      1,
      'no such file or folder',
      'pass a ledger export (.jsonl) or a folder of check and probe JSON',
    );
  if (info.isFile()) return fromJsonl(path.resolve(target), path.dirname(path.resolve(target)));
  const root = path.resolve(target);
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.json') || name.endsWith('.jsonl'))
    .sort()
    .slice(0, MAX_FILES);
  const ledger = files.filter((name) => name.endsWith('.jsonl'));
  if (ledger.length > 0) return ledger.flatMap((name) => fromJsonl(path.join(root, name), root));
  const found: Omit<LedgerRecord, 'seq'>[] = [];
  for (const name of files) {
    const text = readUserText(path.join(root, name), { root, maxBytes: MAX_FILE, what: 'history file' });
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    const kind = classify(value);
    if (!kind) continue;
    found.push({
      org,
      hash: createHash('sha256').update(text).digest('hex'),
      kind: kind.kind,
      collectedAt: kind.at,
      effectiveAt: kind.at,
      payload: value,
    });
  }
  found.sort((a, b) => (a.effectiveAt < b.effectiveAt ? -1 : a.effectiveAt > b.effectiveAt ? 1 : 0));
  return found.map((record, index) => ({ ...record, seq: index + 1 }));
}
