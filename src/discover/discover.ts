import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors/index.js';
import { type CompiledCatalog, compileCatalog } from './catalog/compile.js';
import { findProvider, PROVIDERS } from './catalog/index.js';
import type { ProviderEntry } from './catalog/types.js';
import { byPlace, derivedFacts, mergeFindings, mergeTables } from './merge.js';
import { fileKindOf, manifestKindOf, modelFormatOf } from './scan/fileKind.js';
import type { ProviderHit } from './scan/hits.js';
import { buildKeywordScanner, type KeywordScanner } from './scan/keywordScanner.js';
import { EXTRA_KEYWORDS, type FileResult, scanFile } from './scan/scanFile.js';
import { walkTree } from './scan/walk.js';
import type { ConfigFact, DiscoveryReport, ModelFileFact, SkippedFile, TableFact } from './types.js';

/** Default `--max-file-size`: 2 MB. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
const BINARY_PROBE = 8192;

export interface DiscoverOptions {
  /** Files over this many bytes are skipped and reported (default 2 MB). */
  maxFileSize?: number;
  /** Catalog to match against (default: the built-in `PROVIDERS`). */
  providers?: readonly ProviderEntry[];
  /** Called every few hundred files with running totals, for a progress line. */
  onProgress?: (progress: { files: number; bytes: number }) => void;
  /** Folder that relative roots resolve against, and that paths are shown relative to with several roots. */
  cwd?: string;
  /** Clock for `durationMs`; defaults to `performance.now`. */
  clock?: () => number;
}

let cached:
  | { providers: readonly ProviderEntry[]; catalog: CompiledCatalog; scanner: KeywordScanner }
  | undefined;

function compiled(providers: readonly ProviderEntry[]) {
  if (cached?.providers !== providers) {
    const catalog = compileCatalog(providers);
    cached = { providers, catalog, scanner: buildKeywordScanner([...catalog.keywords, ...EXTRA_KEYWORDS]) };
  }
  return cached;
}

const wanted = (name: string) => Boolean(fileKindOf(name) || manifestKindOf(name) || modelFormatOf(name));

/**
 * Reads a whole file into one buffer (no stream overhead for the many small files of a repository), or
 * only reports its size when it is over the limit. One open, one fstat, the reads, one close.
 */
function readLimited(file: string, maxFileSize: number): { bytes: Uint8Array } | { size: number } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return { size };
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, buffer, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { bytes: buffer.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}

function prefixed(root: string, relative: string, several: boolean): string {
  return several ? `${root}/${relative}`.replace(/^\.\//, '') : relative;
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
  const { catalog, scanner } = compiled(providers);
  const lookup = options.providers ? (id: string) => catalog.providers.get(id) : findProvider;
  const list = roots.length ? roots : ['.'];
  const cwd = options.cwd ?? process.cwd();
  const absoluteRoots = list.map((root) => path.resolve(cwd, root));
  const hits: ProviderHit[] = [];
  const facts: ConfigFact[] = [];
  const tables: TableFact[] = [];
  const skipped: SkippedFile[] = [];
  const models: ModelFileFact[] = [];
  const stats = { files: 0, bytes: 0, durationMs: 0 };
  const several = list.length > 1;
  const pending: Promise<FileResult>[] = [];
  const collect = (result: FileResult) => {
    hits.push(...result.hits);
    facts.push(...result.facts);
    tables.push(...result.tables);
  };

  for (const [index, absolute] of absoluteRoots.entries()) {
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(absolute);
    } catch {
      throw new UsageError(`no such file or folder: ${list[index]}`, 'pass the folders or files to scan');
    }
    const display = several ? path.relative(cwd, absolute).split(path.sep).join('/') || '.' : '';
    const entries = info.isDirectory()
      ? walkTree(absolute, { wanted })
      : [
          {
            type: 'file' as const,
            absolute,
            relative: path.basename(absolute),
            name: path.basename(absolute),
            size: info.size,
          },
        ];
    for (const entry of entries) {
      const relative = several ? prefixed(display, entry.relative, true) : entry.relative;
      if (entry.type === 'skip') {
        skipped.push({ file: relative, reason: entry.reason });
        continue;
      }
      const format = modelFormatOf(entry.name);
      let read: ReturnType<typeof readLimited>;
      try {
        // Model files are never read, only measured: a negative limit stops the reader at the size.
        read = readLimited(entry.absolute, format ? -1 : maxFileSize);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        skipped.push({ file: relative, reason: `unreadable file (${code})` });
        continue;
      }
      if (format) {
        models.push({ file: relative, format, bytes: 'size' in read ? read.size : read.bytes.length });
        continue;
      }
      if ('size' in read) {
        skipped.push({ file: relative, reason: `larger than ${maxFileSize} bytes (${read.size} bytes)` });
        continue;
      }
      const bytes = read.bytes;
      if (bytes.subarray(0, BINARY_PROBE).includes(0)) {
        skipped.push({ file: relative, reason: 'binary (NUL byte in the first 8 KB)' });
        continue;
      }
      stats.files++;
      stats.bytes += bytes.length;
      const scanning = scanFile(bytes, relative, entry.name, catalog, scanner);
      // Terraform waits for the WebAssembly HCL parser to load; scanning goes on meanwhile.
      if (entry.name.endsWith('.tf')) pending.push(scanning);
      else collect(await scanning);
      if (options.onProgress && stats.files % 500 === 0)
        options.onProgress({ files: stats.files, bytes: stats.bytes });
    }
  }

  for (const result of await Promise.all(pending)) collect(result);
  const findings = mergeFindings(hits, lookup);
  const allFacts = [...facts, ...derivedFacts(findings)].sort(
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
