import { expect, it } from 'vitest';
import { generateSigningKey } from '../../src/core/signing.js';
import { nextEntry } from '../../src/server/ledger/chain.js';
import type { LedgerEntry } from '../../src/server/ledger/types.js';
import { auditRecordsOf } from '../../src/server/modules/audit/fromLedger.js';

const key = generateSigningKey();
const ORG = '00000000-0000-4000-8000-000000000001';
const at = { collectedAt: '2026-11-26T06:00:00.000Z', effectiveDate: '2026-11-26' };
const evidence = [
  { id: 'dpa-openai', title: 'OpenAI DPA', collected: '2026-02-01', exists: true },
  { id: 'pentest-2026', title: 'Penetration test 2026', collected: '2026-03-01', exists: true },
];

function chain(records: { type: string; id: string; content: unknown }[]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const { type, id, content } of records)
    entries.push({ ...nextEntry(entries.at(-1), ORG, { type, id, ...at, content }, key), record: content });
  return entries;
}

it('gives each evidence item of a run record its own audit record, citing the run entry', () => {
  const [run] = chain([
    {
      type: 'run',
      id: 'run-1',
      content: {
        runId: 'run-1',
        checkRun: { results: [] },
        map: { snapshot: { organization: {} } },
        evidence,
      },
    },
  ]);
  const records = auditRecordsOf([run as LedgerEntry]);
  expect(records.map((record) => [record.kind, record.seq, record.hash])).toEqual([
    ['check-run', 1, run?.hash],
    ['map', 1, run?.hash],
    ['evidence', 1, run?.hash],
    ['evidence', 1, run?.hash],
  ]);
  expect(records.filter((record) => record.kind === 'evidence').map((record) => record.payload)).toEqual(
    evidence,
  );
});

it('passes the evidence entries of runs stored before (one entry per item) through as they are', () => {
  const entries = chain([
    { type: 'run', id: 'run-0', content: { runId: 'run-0', checkRun: { results: [] } } },
    { type: 'evidence', id: 'dpa-openai', content: evidence[0] },
    { type: 'audit.sample', id: 's-1', content: { seed: 1 } },
  ]);
  expect(auditRecordsOf(entries).map((record) => [record.kind, record.seq])).toEqual([
    ['check-run', 1],
    ['evidence', 2],
  ]);
});
