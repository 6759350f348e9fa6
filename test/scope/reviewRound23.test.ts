// What the twenty-third session's reviews of real apps found in the scope advice: hollama (776e500), llmware (3e16894).
import { describe, expect, it } from 'vitest';
import { adviseScope, renderScopeText } from '../../src/scope/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

describe('a map that puts no part of ours in scope', () => {
  it('gives no date as ready without saying it waits for a system (hollama, llmware)', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true }],
      components: [
        { id: 'lib', name: 'Library', kind: 'service', hosting: 'customer-hosted', dataClasses: ['docs'] },
      ],
    });
    const advice = adviseScope(model, [], {});
    expect(advice.system.note).toBeDefined();
    expect(advice.reportType.noSystemYet).toBe(true);
    expect(advice.reportType.reason).toMatch(
      /^The plan below counts from the day there is a system to audit/,
    );
    // Since the twenty-fourth session, no date at all: five reviewers read "Type I as of <today>" as a plan to start now.
    const text = renderScopeText(advice);
    expect(text).toContain('ready to start: once there is a system in scope');
    expect(text).toContain('Type II window: 3 months from then');
    expect(text).not.toMatch(/Type I as of \d{4}/);
  });

  it('says nothing of it where parts of ours are in scope', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'docs', name: 'Documents', category: 'customer-content', tenantScoped: true }],
      components: [{ id: 'api', name: 'API', kind: 'api', dataClasses: ['docs'] }],
    });
    const advice = adviseScope(model, [], {});
    expect(advice.reportType.noSystemYet).toBeUndefined();
    expect(renderScopeText(advice)).not.toContain('once there is a system in scope');
  });
});
