import { execFileSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiscoveryReport } from '../../src/discover/types.js';
import { cachedDiscover, DISCOVERY_CACHE_FOLDER } from '../../src/questionnaire/index.js';
import { tempTree } from '../helpers/tempTree.js';

const report = (root: string): DiscoveryReport => ({
  root,
  findings: [],
  facts: [],
  tables: [],
  skipped: [],
  stats: { files: 1, bytes: 1, durationMs: 1 },
});

/** A small app committed to a new git repository, with a `git` that runs in it. */
async function committedTree() {
  const root = await tempTree({ 'app.py': 'import openai\n', 'trustmap.yaml': 'version: 1\n' });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'init');
  return { root, git };
}

describe('discovery reused from a recent run', () => {
  it('scans once per tree state and again when a file changes, the commit moves, or the cache is a day old', async () => {
    const { root, git } = await committedTree();
    let scans = 0;
    let clock = Date.parse('2026-11-26T12:00:00Z');
    const discover = cachedDiscover(
      root,
      async (roots) => {
        scans++;
        return report(roots[0]!);
      },
      () => clock,
    );
    await discover([root]);
    await discover([root]);
    expect(scans).toBe(1);
    await writeFile(path.join(root, 'app.py'), 'import anthropic\n');
    await discover([root]);
    expect(scans).toBe(2);
    await writeFile(path.join(root, 'app.py'), 'import anthropic  # edited again, same status line\n');
    await discover([root]);
    expect(scans).toBe(3);
    git('commit', '-qam', 'second');
    await discover([root]);
    expect(scans).toBe(4);
    await discover([root]);
    expect(scans).toBe(4);
    clock += 25 * 60 * 60 * 1000;
    await discover([root]);
    expect(scans).toBe(5);
  });

  it('scans again for another build of discovery, whose findings may differ on the same tree', async () => {
    const { root } = await committedTree();
    let scans = 0;
    const by = (engine: string) =>
      cachedDiscover(
        root,
        async (roots) => {
          scans++;
          return report(roots[0]!);
        },
        Date.now,
        engine,
      );
    await by('0.1.0 discover-cli-aaaa.cjs')([root]);
    await by('0.1.0 discover-cli-aaaa.cjs')([root]);
    expect(scans).toBe(1);
    await by('0.1.0 discover-cli-bbbb.cjs')([root]);
    expect(scans).toBe(2);
  });

  it('keeps the eight most recent reports beside the map, not one per build and commit forever', async () => {
    const { root } = await committedTree();
    for (let build = 0; build < 11; build++)
      await cachedDiscover(
        root,
        async (roots) => report(roots[0]!),
        Date.now,
        `0.1.0 build-${build}`,
      )([root]);
    const kept = await readdir(path.join(root, DISCOVERY_CACHE_FOLDER));
    expect(kept.filter((name) => name.startsWith('discovery-'))).toHaveLength(8);
  });

  it('scans every time outside a git repository', async () => {
    const root = await tempTree({ 'app.py': 'import openai\n' });
    let scans = 0;
    const discover = cachedDiscover(root, async (roots) => {
      scans++;
      return report(roots[0]!);
    });
    await discover([root]);
    await discover([root]);
    expect(scans).toBe(2);
  });
});
