import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { SubprocessorList } from '../../src/trust-center/index.js';
import { buildTrustCenter, diffSubprocessors, publishedSubprocessors } from '../../src/trust-center/index.js';
import { companyMap, modelOf, resultsFor } from './fixtures.js';

const json = (site: ReturnType<typeof buildTrustCenter>): SubprocessorList =>
  JSON.parse(String(site.files['subprocessors.json']));

function feedEntries(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml);
  return (parsed.feed.entry ?? []) as { id: string; title: string; category: { '@_term': string } }[];
}

describe('sub-processor list and change feed', () => {
  it('on first publish lists every sub-processor with no change history (nothing "added today")', () => {
    const site = buildTrustCenter(modelOf(companyMap()), resultsFor('pass'));
    const list = json(site);
    expect(list.format).toBe('trustmap.subprocessors/v1');
    expect(list.updated).toBe('2026-11-26');
    expect(list.subprocessors.map((entry) => entry.name)).toEqual(['Amazon Web Services', 'OpenAI']);
    expect(list.subprocessors[1]).toEqual({
      id: 'openai',
      name: 'OpenAI',
      service: 'API',
      purpose: 'Answers',
      ai: true,
      dataCategories: ['Questions', 'Customer contracts'],
      locations: ['us'],
      terms: {
        training: 'never',
        retention: 'zero',
        zeroDataRetention: true,
        dpa: true,
        dpaStatus: 'in-force',
      },
    });
    expect(list.changes).toEqual([]);
    expect(feedEntries(String(site.files['feed.xml']))).toEqual([]);
    const page = String(site.files['subprocessors.html']);
    expect(page).toContain('No changes recorded since this list was first published.');
    expect(page).not.toContain('2026-11-26:');
    expect(page).not.toContain('Last changed');
  });

  it('records added, removed and changed terms against the previous list, keeping history and ids', () => {
    const first = json(buildTrustCenter(modelOf(companyMap()), resultsFor('pass')));
    const map = companyMap();
    map.subprocessors = [
      { ...map.subprocessors![0]!, terms: { training: 'never', retention: '30d', dpa: 'dpa-openai' } },
      {
        id: 'cohere',
        vendor: 'Cohere',
        service: 'Rerank',
        purpose: 'Ranking',
        ai: true,
        dataClasses: ['prompts'],
      },
    ];
    const model = modelOf(map);
    const later = { ...model, now: new Date('2026-12-03T09:00:00Z') };
    const site = buildTrustCenter(later, resultsFor('pass'), { previous: first, allowUnverified: true });
    const list = json(site);
    expect(list.updated).toBe('2026-12-03');
    const newest = list.changes.filter((change) => change.date === '2026-12-03');
    expect(newest.map((change) => [change.kind, change.subprocessor, change.fields])).toEqual([
      ['added', 'cohere', undefined],
      ['changed', 'openai', ['terms']],
      ['removed', 'aws', undefined],
    ]);
    expect(list.changes).toHaveLength(3);
    const entries = feedEntries(String(site.files['feed.xml']));
    expect(entries.map((entry) => entry.title)).toEqual([
      'Cohere added as a sub-processor (Ranking)',
      'OpenAI: terms changed',
      'Amazon Web Services is no longer a sub-processor',
    ]);
    expect(entries.every((entry) => /^urn:uuid:[0-9a-f-]{36}$/.test(entry.id))).toBe(true);
    // a later build keeps this history, with the same ids
    const third = json(
      buildTrustCenter({ ...model, now: new Date('2026-12-10T09:00:00Z') }, resultsFor('pass'), {
        previous: list,
        allowUnverified: true,
      }),
    );
    expect(third.changes).toEqual(list.changes);
    expect(String(site.files['subprocessors.html'])).toContain('Last changed 2026-12-03');
  });

  it('adds nothing and keeps the date when rebuilt without changes', () => {
    const first = json(buildTrustCenter(modelOf(companyMap()), resultsFor('pass')));
    const model = { ...modelOf(companyMap()), now: new Date('2027-01-10T00:00:00Z') };
    const again = json(buildTrustCenter(model, resultsFor('pass'), { previous: first }));
    expect(again).toEqual(first);
  });

  it('publishes a DPA only while it is in force', () => {
    const map = companyMap();
    map.evidence = map.evidence!.map((entry) =>
      entry.id === 'dpa-openai' ? { ...entry, expires: '2026-09-30' } : entry,
    );
    const openai = publishedSubprocessors(modelOf(map)).find((entry) => entry.id === 'openai');
    expect(openai?.terms.dpa).toBe(false);
    const current = publishedSubprocessors(modelOf(companyMap())).find((entry) => entry.id === 'openai');
    expect(current?.terms.dpa).toBe(true);
  });

  it('gives the same change the same entry id every time', () => {
    const current = publishedSubprocessors(modelOf(companyMap()));
    const a = diffSubprocessors(undefined, current, 'Globex AI', '2026-11-26');
    const b = diffSubprocessors(undefined, current, 'Globex AI', '2026-11-26');
    const other = diffSubprocessors(undefined, current, 'Globex AI', '2026-11-27');
    expect(a.map((change) => change.id)).toEqual(b.map((change) => change.id));
    expect(new Set([...a, ...other].map((change) => change.id)).size).toBe(4);
  });

  it('uses absolute links in the feed when given a base URL', () => {
    const site = buildTrustCenter(modelOf(companyMap()), resultsFor('pass'), {
      baseUrl: 'https://trust.globex.example',
    });
    expect(String(site.files['feed.xml'])).toContain('href="https://trust.globex.example/feed.xml"');
  });
});

describe('the published DPA status of a vendor customers reach themselves', () => {
  it('is no change to subscribers where an earlier list said none (mattermost-ai)', () => {
    const entry = {
      id: 'openai',
      name: 'OpenAI',
      service: 'API',
      purpose: 'Answers',
      ai: true,
      account: 'customer' as const,
      dataCategories: ['Questions'],
      locations: [],
      terms: { dpa: false, dpaStatus: 'none' as const },
    };
    const now = { ...entry, terms: { dpa: false, dpaStatus: 'customer' as const } };
    expect(diffSubprocessors([entry], [now], 'Globex AI', '2026-12-06')).toEqual([]);
    const signed = { ...entry, terms: { dpa: true, dpaStatus: 'in-force' as const } };
    expect(diffSubprocessors([entry], [signed], 'Globex AI', '2026-12-06')).toHaveLength(1);
  });
});
