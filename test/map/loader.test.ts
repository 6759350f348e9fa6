import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, MapError } from '../../src/errors/index.js';
import {
  durationDays,
  durationInWords,
  loadMap,
  loadMapFromFiles,
  locationOf,
  longestRetention,
  withinDuration,
} from '../../src/map/index.js';
import { ROOT } from '../helpers/runCli.js';
import { tempTree } from '../helpers/tempTree.js';
import { MINIMAL_MAP } from './fixtures.js';

const load = (text: string, file = 'trustmap.yaml') => loadMapFromFiles([{ file, content: text }]);
const messages = (text: string) => {
  const result = load(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatProblem);
};

describe('loading a map', () => {
  it('loads the example company with every section', async () => {
    const map = await loadMap(path.join(ROOT, 'examples/acme-ai'));
    expect(map.organization.name).toBe('Acme AI');
    expect(map.components.map((c) => c.id)).toContain('vector-index');
    expect(map.flows.find((f) => f.id === 'export-opt-in')?.condition?.kind).toBe('tenant-opt-in');
    expect(map.source.root).toBe(path.join(ROOT, 'examples/acme-ai'));
    expect(locationOf(map.source.locations, 'components/vector-index/tenancy/model')?.line).toBeGreaterThan(
      1,
    );
  });

  it('applies defaults and keeps id-based locations', () => {
    const result = load(MINIMAL_MAP);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.subprocessors[0]?.auditTreatment).toBe('carve-out');
    expect(result.map.aiSystems).toEqual([]);
    expect(result.map.source.locations['components/vectors']).toEqual({
      file: 'trustmap.yaml',
      line: 20,
      col: 5,
    });
    expect(locationOf(result.map.source.locations, 'flows/ask/to/nothing')).toEqual(
      result.map.source.locations['flows/ask/to'],
    );
  });

  it('reports every problem, each located, with the closest id as a hint', () => {
    const broken = MINIMAL_MAP.replace(
      'dataClasses: [prompts], purpose: inference',
      'dataClasses: [promts], purpose: inference',
    )
      .replace('to: vectors', 'to: vector')
      .replace(
        'path: dpa.pdf',
        'path: dpa.pdf }\n  - { id: dpa-openai, title: again, url: "https://x.example" ',
      );
    expect(messages(broken)).toEqual([
      'trustmap.yaml:32:53: unknown data class `promts`\n  hint: did you mean `prompts`?',
      'trustmap.yaml:33:33: unknown component or sub-processor `vector`\n  hint: did you mean `vectors`?',
      'trustmap.yaml:36:11: duplicate id `dpa-openai` in evidence\n  hint: first defined at trustmap.yaml:35:11; ids must be unique',
    ]);
  });

  it('names unknown keys and enum values with a suggestion', () => {
    const broken = MINIMAL_MAP.replace('kind: vector-store', 'kind: vectorstore').replace(
      'tenancy: {',
      'tenancyy: {',
    );
    expect(messages(broken)).toEqual([
      expect.stringMatching(
        /^trustmap\.yaml:21:11: components\[vectors\]\.kind: `vectorstore` is not one of the allowed values\n {2}hint: did you mean `vector-store`\?; allowed: service, api, /,
      ),
      'trustmap.yaml:23:5: unknown key `tenancyy` in components[vectors]\n  hint: did you mean `tenancy`?',
    ]);
  });

  it('says which required key is missing, at the entry that lacks it', () => {
    const broken = MINIMAL_MAP.replace('    vendor: OpenAI\n', '');
    expect(messages(broken)).toEqual([
      'trustmap.yaml:25:5: missing required key `vendor` in subprocessors[openai]\n  hint: add `vendor:` (expects string)',
    ]);
  });

  it('says a required key with a list of allowed values is missing, not that `undefined` is not allowed (assistants-quickstart)', () => {
    const broken = MINIMAL_MAP.replace('    category: customer-content\n', '');
    expect(messages(broken)).toEqual([
      expect.stringMatching(
        /^trustmap\.yaml:6:5: missing required key `category` in dataClasses\[docs\]\n {2}hint: add `category:` \(one of: [a-z-]+, /,
      ),
    ]);
  });

  it('reports reference problems in the same run as shape problems', () => {
    const broken = MINIMAL_MAP.replace('kind: vector-store', 'kind: vectorstore')
      .replace('to: openai', 'to: opena')
      .replace('    retention: 30d\n', '    retention: 30d\n    derivedFrom: [doc]\n');
    expect(messages(broken).map((m) => m.split('\n')[0])).toEqual([
      'trustmap.yaml:16:19: unknown data class `doc`',
      'trustmap.yaml:22:11: components[vectors].kind: `vectorstore` is not one of the allowed values',
      'trustmap.yaml:33:31: unknown component or sub-processor `opena`',
    ]);
  });

  it('takes a retention per data class on a component, naming a class it does not hold', () => {
    const perClass = MINIMAL_MAP.replace(
      '    dataClasses: [docs, prompts]\n',
      '    dataClasses: [docs, prompts]\n    retention: { prompts: 1h, docs: zero }\n',
    );
    const result = load(perClass);
    expect(result.ok && result.map.components[0]?.retention).toEqual({ prompts: '1h', docs: 'zero' });
    expect(messages(perClass.replace('{ prompts: 1h,', '{ promts: 1h,'))).toEqual([
      'trustmap.yaml:20:26: unknown data class `promts`\n  hint: did you mean `prompts`?',
    ]);
    expect(messages(perClass.replace('dataClasses: [docs, prompts]\n', 'dataClasses: [docs]\n'))).toEqual([
      'trustmap.yaml:20:27: `api` gives a retention for `prompts` but does not hold it\n  hint: add `prompts` to its `dataClasses`, or remove it here',
    ]);
    expect(messages(perClass.replace('{ prompts: 1h, docs: zero }', '{ prompts: soon }'))[0]).toContain(
      'durations are written like `30d`',
    );
    expect(messages(perClass.replace('{ prompts: 1h, docs: zero }', '{}'))[0]).toContain(
      'name at least one data class, or give one duration',
    );
  });

  it('holds back references to entries whose id is missing, reporting the missing ids alone', () => {
    const broken = MINIMAL_MAP.replace('  - id: api\n', '  - name: a\n').replace(
      '  - id: vectors\n',
      '  - name: b\n',
    );
    expect(messages(broken).map((m) => m.split('\n')[0])).toEqual([
      'trustmap.yaml:17:5: missing required key `id` in components[0]',
      'trustmap.yaml:20:5: missing required key `id` in components[1]',
    ]);
  });

  it('takes a promised time only as a number and a unit: `indefinite` is no promise (farfalle)', () => {
    const promising = (value: string) =>
      MINIMAL_MAP.replace('  stage: seed\n', `  stage: seed\n  commitments: { deletionWithin: ${value} }\n`);
    const ok = load(promising('30d'));
    expect(ok.ok && ok.map.organization.commitments?.deletionWithin).toBe('30d');
    for (const value of ['indefinite', 'until-deleted', 'zero'])
      expect(messages(promising(value))).toEqual([
        `trustmap.yaml:5:34: organization.commitments.deletionWithin: a promised time is written like \`30d\`, \`72h\` or \`4h\`; where nothing is promised, leave the field out`,
      ]);
    // An RPO of zero is a promise: no data lost.
    const rpo = load(
      MINIMAL_MAP.replace(
        '  stage: seed\n',
        '  stage: seed\n  commitments: { recoveryPointObjective: zero }\n',
      ),
    );
    expect(rpo.ok).toBe(true);
  });

  it('rejects bad durations, dates and ids with the expected form', () => {
    const broken = MINIMAL_MAP.replace('retention: 30d', 'retention: 30 days')
      .replace('expires: 2027-01-01', 'expires: 2027-13-45')
      .replace('id: api', 'id: API');
    const found = messages(broken);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(
      /^trustmap\.yaml:15:16: dataClasses\[prompts\]\.retention: durations are written like `30d`/,
    );
    expect(found[1]).toMatch(/^trustmap\.yaml:17:9: components\[API\]\.id: ids use lowercase letters/);
    expect(found[2]).toMatch(
      /^trustmap\.yaml:35:66: evidence\[dpa-openai\]\.expires: not a real calendar date/,
    );
  });

  it('reads minutes, shorter than an hour (TaskingAI: a chat cache kept 10 minutes, written as 1h for want of them)', () => {
    expect(load(MINIMAL_MAP.replace('retention: 30d', 'retention: 10min')).ok).toBe(true);
    expect(durationDays('10min')).toBeCloseTo(10 / 1440);
    expect(withinDuration('10min', '1h')).toBe(true);
    expect(withinDuration('90min', '1h')).toBe(false);
    expect(durationInWords('10min', { zero: '', indefinite: '', 'until-deleted': '' })).toBe('10 minutes');
  });

  it('takes kept with no limit as longer than kept until deleted (sourcebot: the headline said "until deleted")', () => {
    expect(longestRetention(['until-deleted', 'indefinite'])).toBe('indefinite');
    expect(longestRetention(['indefinite', 'until-deleted'])).toBe('indefinite');
    expect(longestRetention(['30d', 'until-deleted', '1y'])).toBe('until-deleted');
    expect(longestRetention(['30d', '1y', 'zero'])).toBe('1y');
  });

  it('refuses a flow from a component to itself and evidence without a location', () => {
    const broken = MINIMAL_MAP.replace('to: openai', 'to: api').replace(', path: dpa.pdf', '');
    expect(messages(broken)).toEqual([
      'trustmap.yaml:32:31: flow `ask` goes from `api` to itself\n  hint: a flow connects two different components or sub-processors',
      'trustmap.yaml:35:5: evidence `dpa-openai` has neither `path` nor `url`\n  hint: say where the document is: a path relative to the map, or a URL',
    ]);
  });
});

describe('a folder of map parts', () => {
  const [head, rest] = MINIMAL_MAP.split('subprocessors:\n');

  it('merges trustmap.yaml with trustmap/*.yaml in name order and locates problems in the right file', async () => {
    const dir = await tempTree({
      'trustmap.yaml': head!,
      'trustmap/vendors.yaml': `subprocessors:\n${rest!.split('flows:\n')[0]}`,
      'trustmap/zz-flows.yaml': `flows:\n${rest!.split('flows:\n')[1]!.split('evidence:')[0]}  - { id: extra, from: api, to: nowhere, dataClasses: [docs], purpose: storage }\nevidence:${rest!.split('evidence:')[1]}`,
    });
    const error = await loadMap(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MapError);
    expect((error as MapError).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/trustmap\/zz-flows\.yaml:4:33: unknown component or sub-processor `nowhere`/),
    ]);
  });

  it('loads when the parts are consistent, and refuses a section set in two files', async () => {
    const dir = await tempTree({
      'trustmap.yaml': head!,
      'trustmap/vendors.yaml': `version: 1\nsubprocessors:\n${rest}`,
    });
    const map = await loadMap(dir);
    expect(map.source.files).toHaveLength(2);
    expect(map.flows).toHaveLength(2);
    const twice = await tempTree({
      'trustmap.yaml': head!,
      'trustmap/org.yaml': 'organization: { name: Other, stage: seed }\n',
    });
    await expect(loadMap(twice)).rejects.toThrow(/`organization` is also set in .*trustmap\.yaml:2:1/);
  });

  it('refuses a derivation loop between data classes', () => {
    const looped = MINIMAL_MAP.replace(
      '    retention: until-deleted\n',
      '    retention: until-deleted\n    derivedFrom: [prompts]\n',
    ).replace('    retention: 30d\n', '    retention: 30d\n    derivedFrom: [docs]\n');
    expect(messages(looped)).toEqual([
      'trustmap.yaml:11:18: data class `docs` is derived from itself: docs → prompts → docs\n  hint: remove one `derivedFrom` link of the loop',
    ]);
  });
});
