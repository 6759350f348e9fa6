import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/map/index.js';
import {
  adviseScope,
  MAX_WINDOW_MONTHS,
  MIN_WINDOW_MONTHS,
  readRecordedQuestionnaires,
  renderScopeMarkdown,
  topicCounts,
} from '../../src/scope/index.js';
import { tempTree } from '../helpers/tempTree.js';
import { companyYaml, modelFrom, NOW, result } from './profiles.js';

describe('recorded questionnaires', () => {
  it('reads topic counts in the shapes a record may take', () => {
    expect(topicCounts({ topics: { 'ai-governance': 2 } })).toEqual({ 'ai-governance': 2 });
    expect(topicCounts({ topicCounts: { 'ai-model-risk': 1 } })).toEqual({ 'ai-model-risk': 1 });
    expect(
      topicCounts({
        answers: [{ topic: 'ai-governance' }, { topicId: 'ai-governance' }, { topic: 3 }, null],
      }),
    ).toEqual({
      'ai-governance': 2,
    });
    expect(topicCounts({ topics: { 'ai-governance': -1 } })).toBeUndefined();
    expect(topicCounts('text')).toBeUndefined();
  });

  it('reads .trustmap/questionnaires/*.json and skips what is not a record', async () => {
    const dir = await tempTree({
      '.trustmap/questionnaires/a.json': JSON.stringify({ topics: { 'ai-governance': 3 } }),
      '.trustmap/questionnaires/b.json': JSON.stringify({ questions: [{ topic: 'ai-human-oversight' }] }),
      '.trustmap/questionnaires/binary.json': new Uint8Array([0xff, 0xfe, 0x00, 0x01]),
      '.trustmap/questionnaires/notes.txt': 'ignored',
    });
    expect(await readRecordedQuestionnaires(dir)).toEqual([
      { file: '.trustmap/questionnaires/a.json', topics: { 'ai-governance': 3 } },
      { file: '.trustmap/questionnaires/b.json', topics: { 'ai-human-oversight': 1 } },
    ]);
    expect(await readRecordedQuestionnaires(`${dir}/nowhere`)).toEqual([]);
  });
});

describe('scope invariants', () => {
  it('keeps the window within 3 to 12 months and the dates in order, for any stage, gaps and target', () => {
    const model = modelFrom(companyYaml('name: Any\nstage: seed'));
    fc.assert(
      fc.property(
        fc.constantFrom(...STAGES),
        fc.integer({ min: 0, max: 12 }),
        fc.option(fc.integer({ min: -30, max: 900 }), { nil: undefined }),
        (stage, blocking, targetOffset) => {
          const results = Array.from({ length: blocking }, (_, i) =>
            result(`c${i}`, ['TM-TEN-02'], 'fail', i % 3 ? 'high' : 'critical'),
          );
          const target =
            targetOffset === undefined
              ? undefined
              : new Date(NOW.getTime() + targetOffset * 86_400_000).toISOString().slice(0, 10);
          const { reportType } = adviseScope(model, results, {
            stage,
            ...(target ? { targetReportDate: target } : {}),
          });
          expect(reportType.type2.windowMonths).toBeGreaterThanOrEqual(MIN_WINDOW_MONTHS);
          expect(reportType.type2.windowMonths).toBeLessThanOrEqual(MAX_WINDOW_MONTHS);
          expect(reportType.readyDate >= '2026-11-26').toBe(true);
          expect(reportType.type2.windowStart).toBe(reportType.readyDate);
          expect(reportType.type2.earliestReport > reportType.type2.windowEnd).toBe(true);
          if (blocking > 0) expect(reportType.plan).toBe('type1-then-type2');
          if (reportType.type1)
            expect(reportType.type1.earliestReport < reportType.type2.earliestReport).toBe(true);
        },
      ),
    );
  });

  it('escapes hostile names in the Markdown advice', () => {
    const yaml = companyYaml('name: "<script>x</script>"\nstage: seed').replace(
      'name: Main database',
      'name: "a|b <b>bold</b>"',
    );
    const markdown = renderScopeMarkdown(adviseScope(modelFrom(yaml), [], {}));
    expect(markdown).not.toMatch(/<script|<b>/);
    expect(markdown).toContain('# First-audit advice for &lt;script&gt;x&lt;/script&gt;');
    expect(markdown).toContain('| a\\|b &lt;b&gt;bold&lt;/b&gt; | datastore | yes |');
  });
});
