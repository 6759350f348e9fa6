import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors/index.js';
// The file itself, not io/index.js: that would also load signing (node:crypto) and zip bounds (node:zlib).
import { ReadRefused, readUserText } from '../io/readUserFile.js';
import { findProvider, PROVIDERS } from './catalog/index.js';
import type { ProviderEntry } from './catalog/types.js';
import { DEFAULT_MAX_FILE_SIZE } from './limits.js';
import { byPlace, derivedFacts, mergeFindings, mergeTables } from './merge.js';
import { appPackageFolders } from './proof/appFolders.js';
import { type ClassRule, classMatcher, parseClassRules } from './proof/pathClass.js';
import { resolveEndpoints } from './resolveEndpoints.js';
import { DEAD_MODULE_DETAIL, deadModules } from './scan/deadModules.js';
import { CODE_KINDS, fileKindOf, manifestKindOf, modelFormatOf } from './scan/fileKind.js';
import { markGuardedStores } from './scan/guardedImports.js';
import type { ProviderHit } from './scan/hits.js';
import { loadParallel } from './scan/loadParallel.js';
import { retireMainGuards } from './scan/mainGuard.js';
import { type FileTask, processFiles, textWithin } from './scan/processFiles.js';
import { unservedFolders } from './scan/retiredFolders.js';
import { type ScanTables, scanTablesFor } from './scan/scanTables.js';
import { templatesTheCodeLoads } from './scan/settingsTemplates.js';
import { missingPublishPackage, STALE_DEPLOY_DETAIL } from './scan/staleDeploy.js';
import { unmountedClerk } from './scan/unmountedClerk.js';
import { usersRunFact } from './scan/usersRun.js';
import { walkTree } from './scan/walk.js';
import { settingsOwner } from './signals/configDefaults.js';
import { CONNECTOR_INSTANCE_DETAIL, connectorWrappers } from './signals/connectorClients.js';
import { collapseCustomerKeys } from './signals/customerKey.js';
import { collapseLocalStores } from './signals/localStores.js';
import { collapseSignIn } from './signals/signIn.js';
import { collapseWebContent } from './signals/webContent.js';
import { extensionFolders, markWebSessions } from './signals/webSessions.js';
import type { DiscoveryReport, Finding, ProofClass, SkippedFile } from './types.js';

export { DEFAULT_MAX_FILE_SIZE };

/** From this many files on, worker threads pay for their start-up (~0.3 s each to load the bundle). */
const PARALLEL_THRESHOLD = 4000;

export interface DiscoverOptions {
  /** Files over this many bytes are skipped and reported (default 2 MB). */
  maxFileSize?: number;
  /** Catalog to match against (default: the built-in `PROVIDERS`). */
  providers?: readonly ProviderEntry[];
  /** Called every few hundred files with running totals, for a progress line. */
  onProgress?: (progress: { files: number; bytes: number }) => void;
  /** Folder that relative roots resolve against, and that paths are shown relative to with several roots. */
  cwd?: string;
  /** Helper threads besides the main one; default: one per extra core (at most three) from 4,000 files on. */
  workers?: number;
  /** Clock for `durationMs`; defaults to `performance.now`. */
  clock?: () => number;
  /**
   * Proof-class rules on top of the conventions (`test/`, `examples/`, `docs/`, `locales/`, ...) and the
   * root's `.trustmapclasses` file; later rules win. `code` marks a path as production despite its name.
   */
  classes?: readonly ClassRule[];
}

/** The name of the optional file of proof-class rules at a scanned root (`class: pattern` lines). */
export const CLASS_RULES_FILE = '.trustmapclasses';

function rootClassRules(root: string): ClassRule[] {
  let text: string;
  try {
    text = readUserText(CLASS_RULES_FILE, { root, maxBytes: 256 * 1024, what: 'class rules file' });
  } catch (error) {
    if (error instanceof ReadRefused && error.code === 'missing') return [];
    throw error;
  }
  const { rules, problems } = parseClassRules(text);
  if (problems.length)
    throw new UsageError(
      `${CLASS_RULES_FILE}: ${problems[0]}`,
      'write one rule per line: <test|example|docs|translation|code>: <gitignore-style pattern>',
    );
  return rules;
}

let cached: (ScanTables & { providers: readonly ProviderEntry[] }) | undefined;

function compiled(providers: readonly ProviderEntry[]): ScanTables {
  if (cached?.providers !== providers) cached = { providers, ...scanTablesFor(providers) };
  return cached;
}

/** Lockfiles that list every Python package a project installs. */
const PYTHON_LOCKFILES: ReadonlySet<string> = new Set(['uv.lock', 'poetry.lock', 'pipfile.lock', 'pdm.lock']);
const wanted = (name: string) => Boolean(fileKindOf(name) || manifestKindOf(name) || modelFormatOf(name));

function prefixed(root: string, relative: string): string {
  return `${root}/${relative}`.replace(/^\.\//, '');
}

/**
 * A platform's deployment file in the tree (`vercel.json`, `wrangler.toml`): the app runs there. One proof per file,
 * classed by its path (a test's or an example's file only mentions the platform). Pure.
 */
function deployFileHits(
  tasks: readonly FileTask[],
  providers: readonly ProviderEntry[],
  read: (task: FileTask) => string | undefined,
): ProviderHit[] {
  const byName = new Map<string, string>();
  for (const provider of providers)
    for (const file of provider.signals.deployFiles ?? []) byName.set(file.toLowerCase(), provider.id);
  if (byName.size === 0) return [];
  return tasks.flatMap((task) => {
    const provider = byName.get(task.name.toLowerCase());
    if (!provider) return [];
    // A Netlify file publishing from a package no longer in the tree is stale (`missingPublishPackage`).
    // Asked of the walked tree, not the file system: a folder is there where a file the walk read is under it.
    const stale =
      task.name.toLowerCase() === 'netlify.toml' &&
      missingPublishPackage(read(task) ?? '', (folder) => {
        const prefix = `${path.posix.join(path.posix.dirname(task.relative), folder)}/`;
        return tasks.some((other) => other.relative.startsWith(prefix));
      }) !== undefined;
    const proofClass: ProofClass = stale
      ? 'example'
      : task.pathClass && task.pathClass !== 'code'
        ? task.pathClass
        : 'infrastructure';
    return [
      {
        provider,
        evidence: {
          file: task.relative,
          line: 1,
          col: 1,
          signal: 'deploy-file',
          snippet: task.name,
          proofClass,
          ...(stale ? { detail: STALE_DEPLOY_DETAIL } : {}),
        },
      },
    ];
  });
}

/**
 * Classes the files of retired folders nothing served reaches (`legacy/`, `archive/`, `old/`: see `unservedFolders`) as
 * examples: code kept beside the app, which shows a vendor could be called, not that the app calls it
 * (open_deep_research's `src/legacy/` proposed five search vendors and an Azure index it no longer calls). Reads the
 * other production files only where such a folder exists.
 */
function retireUnserved(tasks: FileTask[], maxFileSize: number): void {
  const unserved = unservedFolders(tasks, (task) => textWithin(task.absolute, maxFileSize));
  if (unserved.size === 0) return;
  for (const task of tasks)
    if (!task.pathClass && [...unserved].some((folder) => task.relative.startsWith(`${folder}/`)))
      task.pathClass = 'example';
}

/**
 * Classes the proofs of modules only a commented-out import reaches (`deadModules`) as examples, saying so: code kept
 * in the tree that nothing runs (AIHawk's `llm_manager.py`, whose only importer has its import commented out).
 */
function retireDead(hits: readonly ProviderHit[], dead: ReadonlySet<string>): void {
  if (dead.size === 0) return;
  for (const { evidence } of hits)
    if (dead.has(evidence.file) && (evidence.proofClass === 'code' || evidence.proofClass === 'config')) {
      evidence.proofClass = 'example';
      evidence.detail = evidence.detail ? `${evidence.detail}; ${DEAD_MODULE_DETAIL}` : DEAD_MODULE_DETAIL;
    }
}

/**
 * Drops the default choices a configuration the app holds as optional gives (mem0's `RerankerConfig`, Cohere by
 * default, held as `reranker: Optional[RerankerConfig] = None`: reranking is off until a deployment sets it, and Cohere
 * was proposed as reranking every query).
 */
function dropOptionalDefaults(findings: Finding[], optional: readonly string[]): void {
  if (optional.length === 0) return;
  const unset = new Set(optional);
  for (const finding of findings) {
    if (!finding.defaultChoice) continue;
    const kept = finding.defaultChoice.filter((proof) => !unset.has(settingsOwner(proof.detail) ?? ''));
    if (kept.length > 0) finding.defaultChoice = kept;
    else delete finding.defaultChoice;
  }
}

/**
 * Scans one or more folders (or single files) and reports every provider, configuration fact, vector table,
 * model file and skipped file, each with its evidence. Paths in the report are relative to the first root
 * (or, with several roots, to the current folder). Reads the file system; everything after is pure.
 * @example const report = await discover(['services/api']); report.findings.map((f) => f.id)
 */
export async function discover(
  roots: readonly string[],
  options: DiscoverOptions = {},
): Promise<DiscoveryReport> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const providers = options.providers ?? PROVIDERS;
  const lookup = options.providers
    ? (id: string) => compiled(providers).catalog.providers.get(id)
    : findProvider;
  const list = roots.length ? roots : ['.'];
  const cwd = options.cwd ?? process.cwd();
  const absoluteRoots = list.map((root) => path.resolve(cwd, root));
  const skipped: SkippedFile[] = [];
  const tasks: FileTask[] = [];
  const several = list.length > 1;

  for (const [index, absolute] of absoluteRoots.entries()) {
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(absolute);
    } catch {
      throw new UsageError(`no such file or folder: ${list[index]}`, 'pass the folders or files to scan');
    }
    const display = several ? path.relative(cwd, absolute).split(path.sep).join('/') || '.' : '';
    if (!info.isDirectory()) {
      const name = path.basename(absolute);
      const pathClass = classMatcher(options.classes ?? []).classOf(name);
      tasks.push({
        absolute,
        relative: several ? prefixed(display, name) : name,
        name,
        ...(pathClass ? { pathClass } : {}),
      });
      continue;
    }
    // Classes are judged on the path inside its own root, so `tests/` means the same with one root or several.
    // The whole listing first: whether `cookbook/` is examples or the app's own package depends on what it holds.
    const entries = [...walkTree(absolute, { wanted })];
    const appFolders = appPackageFolders(
      entries.flatMap((entry) => (entry.type === 'skip' ? [] : [entry.relative])),
    );
    const matcher = classMatcher([...rootClassRules(absolute), ...(options.classes ?? [])], appFolders);
    for (const entry of entries) {
      const relative = several ? prefixed(display, entry.relative) : entry.relative;
      if (entry.type === 'skip') skipped.push({ file: relative, reason: entry.reason });
      else {
        const pathClass = matcher.classOf(entry.relative);
        tasks.push({
          absolute: entry.absolute,
          relative,
          name: entry.name,
          ...(pathClass ? { pathClass } : {}),
        });
      }
    }
  }

  retireUnserved(tasks, maxFileSize);
  const loaded = templatesTheCodeLoads(tasks, (task) => textWithin(task.absolute, maxFileSize));
  for (const task of tasks) if (loaded.has(task.relative)) task.appDefaults = true;

  // Helper threads load only for large trees: worker_threads and the pool cost start-up time a small tree never
  // gets back.
  const parallel =
    options.workers !== 0 && (options.workers !== undefined || tasks.length >= PARALLEL_THRESHOLD)
      ? await loadParallel()
      : undefined;
  const workers = options.workers ?? (parallel ? parallel.workerCount() : 0);
  const result =
    parallel && workers > 0
      ? await parallel.processInWorkers(tasks, {
          ...compiled(providers),
          providers,
          maxFileSize,
          workers,
          onProgress: options.onProgress,
        })
      : await processFiles(tasks, { maxFileSize, ...compiled(providers), onProgress: options.onProgress });
  const { hits, facts, tables, models } = result;
  const usersRun = usersRunFact(tasks, (task) => textWithin(task.absolute, maxFileSize));
  if (usersRun) facts.push(usersRun);
  hits.push(...deployFileHits(tasks, providers, (task) => textWithin(task.absolute, maxFileSize)));
  const dead = deadModules(tasks, hits, new Set(result.commentedImports), fileKindOf, (task) =>
    modelFormatOf(task.name) ? undefined : textWithin(task.absolute, maxFileSize),
  );
  skipped.push(...result.skipped);
  const stats = { files: result.files, bytes: result.bytes, durationMs: 0 };
  const endpoints = resolveEndpoints(result.endpoints, result.envValues, compiled(providers).catalog);
  for (const hit of endpoints.hits)
    hit.evidence.proofClass ??= hit.evidence.signal === 'config' ? 'config' : 'code';
  facts.push(...endpoints.facts);
  retireDead([...hits, ...endpoints.hits], dead);
  retireMainGuards(tasks, hits, (task) => textWithin(task.absolute, maxFileSize));
  markGuardedStores(
    tasks,
    hits,
    (id) => ['vector-store', 'datastore'].includes(lookup(id)?.category ?? ''),
    (task) => textWithin(task.absolute, maxFileSize),
  );
  unmountedClerk(hits, tasks, (task) => textWithin(task.absolute, maxFileSize));
  const wrappers = connectorWrappers(hits, tasks, (task) => textWithin(task.absolute, maxFileSize));
  for (const { evidence } of hits)
    if (wrappers.has(evidence.file) && !evidence.detail) evidence.detail = CONNECTOR_INSTANCE_DETAIL;
  markWebSessions(
    [...hits, ...endpoints.hits],
    extensionFolders(tasks, (task) => textWithin(task.absolute, maxFileSize)),
  );
  const codeScanned = tasks.some(
    (task) => CODE_KINDS.has(fileKindOf(task.name) ?? '') && (!task.pathClass || task.pathClass === 'code'),
  );
  const pythonLocked = tasks.some((task) => PYTHON_LOCKFILES.has(task.name.toLowerCase()));
  const findings = mergeFindings(
    [...hits, ...endpoints.hits],
    lookup,
    endpoints.sends,
    codeScanned,
    pythonLocked,
  );
  dropOptionalDefaults(findings, result.optionalSettings);
  const allFacts = collapseLocalStores(
    collapseWebContent(collapseCustomerKeys(collapseSignIn([...facts, ...derivedFacts(findings)]))),
  ).sort(
    (a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || byPlace(a.evidence[0]!, b.evidence[0]!),
  );
  stats.durationMs = Math.round(clock() - started);
  return {
    root: absoluteRoots[0]!,
    roots: absoluteRoots,
    findings,
    facts: allFacts,
    tables: mergeTables(tables),
    skipped: skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    stats,
    models: models.sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
}
