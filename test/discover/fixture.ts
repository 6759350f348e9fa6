import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { discover } from '../../src/discover/index.js';
import type { DiscoveryReport } from '../../src/discover/types.js';

const made: string[] = [];

afterEach(async () => {
  while (made.length) await rm(made.pop()!, { recursive: true, force: true });
});

/** Builds a temporary folder from `{ 'path/in/tree': 'content' }`; removed after each test. */
export async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'trustmap-discover-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return root;
}

/** Discovery over a temporary tree of `files` (see {@link tree}). */
export const scan = async (files: Record<string, string>): Promise<DiscoveryReport> =>
  discover([await tree(files)]);

/** The status of the finding `id` in `report` (`used`, `mentioned`…), or undefined when there is none. */
export const statusOf = (report: DiscoveryReport, id: string) =>
  report.findings.find((finding) => finding.id === id)?.status;
