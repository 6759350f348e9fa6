// What the twenty-sixth session's reviews of real apps found in discovery: SWE-agent, gpt-engineer, ChatPaper and
// twinny. Each test is the smallest tree that shows its fault.
import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

/** What `init` would propose from `files` into an empty map. */
async function proposalsFor(files: Record<string, string>) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  const additions = planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts);
  const entry = (section: string, id: string) =>
    additions.find((addition) => addition.section === section && addition.entry.id === id)?.entry;
  return { report, additions, entry };
}

describe('RudderStack is a product analytics vendor', () => {
  // gpt-engineer `gpt_engineer/collect.py:12-21`: `import rudderstack.analytics`, a write key and
  // `https://gptengineerezm.dataplane.rudderstack.com`; RudderStack was not in the catalog, so nothing was proposed.
  it('proposes RudderStack as a sub-processor receiving usage events, from its Python SDK and data plane', async () => {
    const { report, entry } = await proposalsFor({
      'pyproject.toml': '[project]\nname = "tool"\ndependencies = ["rudder-sdk-python == 2.0.2"]\n',
      'tool/collect.py': [
        'def send_learning(learning):',
        '    import rudderstack.analytics as rudder_analytics',
        '    rudder_analytics.write_key = "2Re4kqwL61GDp7S8ewe6K5dbogG"',
        '    rudder_analytics.dataPlaneUrl = "https://acme.dataplane.rudderstack.com"',
        '    rudder_analytics.track(user_id=learning.session, event="learning")',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'rudderstack')).toBe('used');
    expect(entry('subprocessors', 'rudderstack')).toMatchObject({ provider: 'rudderstack' });
    expect(entry('flows', 'app-to-rudderstack')).toMatchObject({ purpose: 'analytics' });
  });

  it('finds the browser SDK and the Node SDK by their packages', async () => {
    for (const name of ['@rudderstack/analytics-js', '@rudderstack/rudder-sdk-node']) {
      const report = await scan({
        'package.json': `{"dependencies":{"${name}":"3"}}`,
        'src/track.ts': `import { RudderAnalytics } from "${name}";\nexport const analytics = new RudderAnalytics();\n`,
      });
      expect(statusOf(report, 'rudderstack')).toBe('used');
    }
  });
});
