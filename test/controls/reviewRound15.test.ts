// What the fifteenth session's reviews of real apps found in checks, scope and conditions, each from the smallest map
// that shows it: a16z-infra/ai-town (2693ed6), clusterzx/paperless-ai (0eee0c6).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { onlyUnder } from '../../src/model/index.js';
import { recommendCategories } from '../../src/scope/categories.js';
import { modelOf, ragMap } from './fixtures.js';

describe("a host's copy of what the parts it runs keep", () => {
  it('is judged in those parts, not failed again at the host (ai-town)', () => {
    // ai-town: Convex Cloud "receives agent-memories but does not say how long it keeps them", in the same run that
    // passed the Convex database it runs for keeping them 14 days.
    const map = ragMap();
    map.dataClasses = [
      { id: 'memories', name: 'Memories', category: 'prompts', tenantScoped: false, retention: '14d' },
    ];
    map.components = [
      {
        id: 'db',
        name: 'Database',
        kind: 'datastore',
        hosting: 'vendor',
        subprocessor: 'convex',
        retention: { memories: '14d' },
        dataClasses: ['memories'],
      },
    ];
    map.subprocessors = [
      {
        id: 'convex',
        vendor: 'Convex',
        service: 'Cloud',
        purpose: 'runs the backend',
        ai: false,
        dataClasses: ['memories'],
      },
    ];
    map.flows = [];
    const retention = runChecks(modelOf(map)).results.filter(
      (result) => result.checkId === 'prompt-output-retention',
    );
    expect(retention.map((result) => [result.subject.id, result.status])).toEqual([['db', 'pass']]);
    // Where the part it runs says nothing, the host is still asked (and so is the part).
    const silent = structuredClone(map);
    delete silent.components![0]!.retention;
    const failing = runChecks(modelOf(silent)).results.filter(
      (result) => result.checkId === 'prompt-output-retention' && result.status === 'fail',
    );
    expect(failing.map((result) => result.subject.id).sort()).toEqual(['convex', 'db']);
  });
});

describe('words', () => {
  it('adds no "only" before a condition that ends with one', () => {
    expect(onlyUnder(['opted-in tenants only'])).toBe('opted-in tenants only');
    expect(onlyUnder(['when a key is set'])).toBe('only when a key is set');
  });

  it('says restricted data classes as restricted, not confidential (paperless-ai)', () => {
    const reason = (sensitivities: ('confidential' | 'restricted')[]) => {
      const map = ragMap();
      map.dataClasses = sensitivities.map((sensitivity, i) => ({
        id: `c${i}`,
        name: `Class ${i}`,
        category: 'customer-content',
        tenantScoped: true,
        sensitivity,
      }));
      map.components = [];
      map.flows = [];
      map.subprocessors = [];
      return recommendCategories(modelOf(map), {}).find((entry) => entry.id === 'confidentiality')?.reason;
    };
    expect(reason(['confidential', 'restricted', 'restricted'])).toContain(
      'although 3 data classes are confidential or restricted;',
    );
    expect(reason(['restricted'])).toContain('although 1 data class is restricted;');
    expect(reason(['confidential', 'confidential'])).toContain('although 2 data classes are confidential;');
  });
});
