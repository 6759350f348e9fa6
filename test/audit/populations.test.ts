import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { allPopulations, type LedgerRecord, population, populationCsv } from '../../src/audit/index.js';
import { acmeHistory, WINDOW } from './fixture.js';

const record = (seq: number, kind: string, day: string, payload: unknown): LedgerRecord => ({
  org: 'o',
  seq,
  hash: `${seq}`.padStart(64, 'a'),
  kind,
  collectedAt: `${day}T10:00:00.000Z`,
  effectiveAt: `${day}T10:00:00.000Z`,
  payload,
});

describe('populations', () => {
  it('lists the probe runs, changes, access grants and drift of the example window, each with its ledger entries', async () => {
    const { records } = await acmeHistory();
    const byKind = Object.fromEntries(allPopulations(records, WINDOW).map((entry) => [entry.kind, entry]));
    // Weekly probes of the two probed components, plus the re-run the day after the seeded failure.
    const probes = byKind['probe-runs']!.items;
    expect(probes.length).toBe(2 * 13 + 2);
    expect(probes.filter((item) => item.details.verdict === 'fail')).toHaveLength(1);
    expect(byKind['subprocessor-changes']!.items.map((item) => item.summary)).toEqual([
      'added Cohere (Rerank API)',
    ]);
    // A change compares two map versions, so it cites both ledger entries.
    expect(byKind['subprocessor-changes']!.items[0]!.sources).toHaveLength(2);
    const drift = byKind['drift-events']!.items.map((item) => item.details.change);
    expect(drift).toEqual(['appeared', 'resolved']);
    const access = byKind['access-changes']!.items.map((item) => item.summary);
    expect(access).toContain('granted on-call on api for sam@acme-ai.example');
    expect(access).toContain('api: roles added: on-call');
    for (const entry of Object.values(byKind))
      for (const item of entry.items) {
        expect(item.at >= WINDOW.start && item.at.slice(0, 10) <= WINDOW.end).toBe(true);
        expect(item.sources.every((source) => source.kind === 'ledger')).toBe(true);
      }
  });

  it('includes the first and last day of the window and nothing outside it, whatever order records come in', () => {
    const probe = (verdict: string) => ({
      format: 'trustmap.probe/v1',
      kind: 'postgres',
      component: 'db',
      target: 't',
      verdict,
    });
    const records = [
      record(3, 'probe', '2026-03-31', probe('pass')),
      record(1, 'probe', '2026-02-28', probe('pass')),
      record(2, 'probe', '2026-03-01', probe('fail')),
      record(4, 'probe', '2026-04-01', probe('pass')),
    ];
    const window = { start: '2026-03-01', end: '2026-03-31' };
    const items = population(records, window, 'probe-runs').items;
    expect(items.map((item) => item.id)).toEqual(['probe-2', 'probe-3']);
    expect(population([...records].reverse(), window, 'probe-runs')).toEqual(
      population(records, window, 'probe-runs'),
    );
  });

  it('exports CSV with ledger references and neutralises formulas from hostile payloads', () => {
    const records = [
      record(1, 'access-grant', '2026-03-02', {
        user: '=HYPERLINK("http://x","click")',
        role: '+admin',
        system: '@db',
      }),
    ];
    const csv = populationCsv(
      population(records, { start: '2026-03-01', end: '2026-03-31' }, 'access-changes'),
    );
    const [header, row] = parse(csv) as string[][];
    expect(header).toContain('ledger entries');
    expect(row![header!.indexOf('user')]).toBe(`'=HYPERLINK("http://x","click")`);
    expect(row![header!.indexOf('role')]).toBe(`'+admin`);
    expect(row![header!.indexOf('ledger entries')]).toBe('#1 sha256:aaaaaaaaaaaa');
    expect(row![header!.indexOf('ledger hashes')]).toBe(records[0]!.hash);
  });

  it('ignores payloads of the wrong shape instead of trusting them', () => {
    const records = [
      record(1, 'probe', '2026-03-02', 'not an object'),
      record(2, 'check-run', '2026-03-02', { results: [{ checkId: 1 }, null] }),
      record(3, 'map', '2026-03-02', { subprocessors: [{ vendor: 'no id' }] }),
      record(4, 'map', '2026-03-03', { subprocessors: 'nope' }),
    ];
    for (const entry of allPopulations(records, { start: '2026-03-01', end: '2026-03-31' }))
      expect(entry.items, entry.kind).toEqual([]);
  });
});

describe('descriptionHistory', () => {
  it('gives the description the period’s incidents in date order and its significant changes, deploys only counted', async () => {
    const { descriptionHistory } = await import('../../src/audit/index.js');
    const { records } = await acmeHistory();
    const history = descriptionHistory(records, WINDOW);
    const incidents = history.incidents.map((statement) => statement.text);
    expect(incidents).toHaveLength(2);
    expect([...incidents].sort()).toEqual(incidents);
    expect(incidents.join('\n')).toContain(
      'Elevated answer latency after a cache node failover (severity low)',
    );
    expect(incidents.join('\n')).toMatch(/the tenant isolation probe of vector-index returned fail/);
    const changes = history.changes.map((statement) => statement.text);
    expect(changes.some((text) => text.includes('added Cohere (Rerank API)'))).toBe(true);
    expect(changes.some((text) => /^\d+ deploys reached production during the period/.test(text))).toBe(true);
    expect(changes.some((text) => text.includes('deploy of api'))).toBe(false);
    for (const statement of [...history.incidents, ...history.changes])
      expect(statement.sources.length, statement.text).toBeGreaterThan(0);
  });
});
