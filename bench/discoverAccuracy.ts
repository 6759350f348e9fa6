/**
 * `npm run bench:discover-accuracy [apps-folder]`: discovery against hand-labelled real applications.
 * Each `bench/accuracy/labels/<app>.yaml` names the repository, the commit, and the providers a person found by
 * reading the code. The apps themselves are never committed: check each out at its commit into
 * `<apps-folder>/<app>` (default /tmp/apps). Prints recall and false positives per app, and totals for the
 * apps used while tuning and for those held out. A benchmark, not a test: nothing here fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { deploysApps, findProvider } from '../src/discover/catalog/index.js';
import { discover } from '../src/discover/index.js';
import type { Finding } from '../src/discover/types.js';

interface Label {
  id: string;
  /** Other ids that name the same recipient (an endpoint host that later got a catalog entry). */
  aliases?: string[];
  where?: string;
  why?: string;
}
interface LabelFile {
  app: string;
  repo: string;
  commit: string;
  split: 'tuning' | 'held-out' | 'held-out-final';
  providers: Label[];
  also_ok?: Label[];
}

/** What the labels cover: services that receive data. Frameworks, databases and cloud umbrellas do not count. */
const SCORED_CATEGORIES = new Set([
  'llm-api',
  'embedding-api',
  'vector-store',
  'inference-runtime',
  'llm-observability',
  'llm-gateway',
  'ml-platform',
]);
const UNSCORED_IDS = new Set(['aws', 'gcp', 'azure', 'hf-transformers']);

export function scored(finding: Finding): boolean {
  return (
    finding.status !== 'mentioned' &&
    SCORED_CATEGORIES.has(finding.category) &&
    !UNSCORED_IDS.has(finding.id) &&
    // A platform the app is deployed on (found by its `vercel.json`, `fly.toml`…) hosts it: no service it sends data to.
    !deploysApps(findProvider(finding.id))
  );
}

const folder = path.resolve(process.argv[2] ?? '/tmp/apps');
const labelsDir = path.resolve('bench/accuracy/labels');
const files = readdirSync(labelsDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const totals = new Map<string, { labels: number; found: number; fp: number; apps: number }>();
const rows: string[] = [];
for (const name of files) {
  const label = parse(readFileSync(path.join(labelsDir, name), 'utf8')) as LabelFile;
  const root = path.join(folder, label.app);
  if (!existsSync(root)) {
    rows.push(
      `${label.app.padEnd(16)} missing: git clone https://github.com/${label.repo} ${root} && git -C ${root} checkout ${label.commit}`,
    );
    continue;
  }
  const started = performance.now();
  const report = await discover([root], { workers: 0 });
  const ms = performance.now() - started;
  const scoredFindings = report.findings.filter(scored);
  const found = new Set(scoredFindings.map((finding) => finding.id));
  // A labelled provider found in use is found, whatever category the catalog files it under: a search engine kept for
  // keyword search is a datastore since 2026-12-05 (kotaemon's Elasticsearch docstore), still the labelled recipient.
  const used = new Set(
    report.findings.filter((finding) => finding.status !== 'mentioned').map((finding) => finding.id),
  );
  // A finding that covers others found beside it (an SDK of several services, a shared credential) is proposed and
  // declared as one of them: it may meet its own label, but it is no false positive of its own.
  const partOfAnother = new Set(
    scoredFindings
      .filter((finding) => finding.covers?.some((id) => found.has(id)))
      .map((finding) => finding.id),
  );
  const wanted = new Set(label.providers.map((item) => item.id));
  const namesOf = (item: Label) => [item.id, ...(item.aliases ?? [])];
  const ok = new Set([...label.providers, ...(label.also_ok ?? [])].flatMap(namesOf));
  const missed = label.providers
    .filter((item) => !namesOf(item).some((id) => found.has(id) || used.has(id)))
    .map((item) => item.id);
  const falsePositives = [...found].filter((id) => !ok.has(id) && !partOfAnother.has(id));
  const recall = wanted.size ? (wanted.size - missed.length) / wanted.size : 1;
  rows.push(
    `${label.app.padEnd(16)} ${label.split.padEnd(14)} ${String(wanted.size).padStart(6)} ${`${(recall * 100).toFixed(0)}%`.padStart(7)} ${String(falsePositives.length).padStart(4)} ${`${Math.round(ms)} ms`.padStart(9)}  ${missed.length ? `missed: ${missed.join(', ')}` : ''}${falsePositives.length ? `  fp: ${falsePositives.join(', ')}` : ''}`,
  );
  const total = totals.get(label.split) ?? { labels: 0, found: 0, fp: 0, apps: 0 };
  total.labels += wanted.size;
  total.found += wanted.size - missed.length;
  total.fp += falsePositives.length;
  total.apps += 1;
  totals.set(label.split, total);
}
console.log(`apps from ${folder}; labels from bench/accuracy/labels\n`);
console.log(`${'app'.padEnd(16)} ${'split'.padEnd(14)} labels  recall   fp      time`);
for (const row of rows) console.log(row);
console.log('');
for (const [split, total] of totals)
  console.log(
    `${split.padEnd(14)} ${total.apps} apps: recall ${((total.found / Math.max(1, total.labels)) * 100).toFixed(1)}% (${total.found}/${total.labels}), false positives ${total.fp} (${(total.fp / Math.max(1, total.apps)).toFixed(1)} per app)`,
  );
