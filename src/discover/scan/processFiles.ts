import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { CompiledCatalog } from '../catalog/compile.js';
import type { PathClass } from '../proof/pathClass.js';
import type { ModelFileFact, SkippedFile } from '../types.js';
import { modelFormatOf } from './fileKind.js';
import type { KeywordScanner } from './keywordScanner.js';
import { type FileResult, scanFile } from './scanFile.js';

const BINARY_PROBE = 8192;

/** A file the walker found: where it is and how the report names it. */
export interface FileTask {
  absolute: string;
  relative: string;
  name: string;
  /** Test, example, docs or translation path (by convention or the user's rules); `code` when overridden. */
  pathClass?: PathClass;
  /** A settings template the app's own code loads (`templatesTheCodeLoads`): its values are the app's defaults. */
  appDefaults?: true;
}

/** What a run over some files found; plain data, so it crosses worker boundaries as is. */
export interface BatchResult extends FileResult {
  skipped: SkippedFile[];
  models: ModelFileFact[];
  files: number;
  bytes: number;
}

export function emptyBatch(): BatchResult {
  return {
    hits: [],
    facts: [],
    tables: [],
    endpoints: [],
    envValues: [],
    optionalSettings: [],
    commentedImports: [],
    skipped: [],
    models: [],
    files: 0,
    bytes: 0,
  };
}

/** Appends `from` to `into`, keeping order. */
export function addBatch(into: BatchResult, from: BatchResult): void {
  into.hits.push(...from.hits);
  into.facts.push(...from.facts);
  into.tables.push(...from.tables);
  into.endpoints.push(...from.endpoints);
  into.envValues.push(...from.envValues);
  into.optionalSettings.push(...from.optionalSettings);
  into.commentedImports.push(...from.commentedImports);
  into.skipped.push(...from.skipped);
  into.models.push(...from.models);
  into.files += from.files;
  into.bytes += from.bytes;
}

// One read buffer per thread, reused for every file: scanFile copies out everything it keeps before it
// first awaits, so the next read may overwrite the bytes. Saves an allocation and GC churn per file.
let shared = Buffer.allocUnsafeSlow(1 << 20);

/**
 * Reads a whole file into the shared buffer, or only reports its size when it is over the limit. One open, the
 * reads (the last returns 0 at the end), one close; the size is asked for (fstat, which builds a Stats object with
 * four dates in Node 20: 20-40 µs a file before the JIT warms up) only for a file that fills the buffer or the limit.
 */
function readLimited(file: string, maxFileSize: number): { bytes: Uint8Array } | { size: number } {
  const fd = openSync(file, 'r');
  try {
    let offset = 0;
    for (;;) {
      if (offset >= Math.min(shared.length, maxFileSize + 1)) {
        const size = Math.max(fstatSync(fd).size, offset);
        if (size > maxFileSize) return { size };
        // Within the limit but larger than the buffer: a larger buffer, keeping what was read.
        const larger = Buffer.allocUnsafeSlow(2 ** Math.ceil(Math.log2(size + 1)));
        larger.set(shared.subarray(0, offset));
        shared = larger;
      }
      const read = readSync(fd, shared, offset, Math.min(shared.length, maxFileSize + 1) - offset, offset);
      if (read === 0) return { bytes: shared.subarray(0, offset) };
      offset += read;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A file of the walk as text, read by the walker's own bounded reader, or undefined when it is over the limit or cannot
 * be read: for a pass over the tree before the scan (the retired folders' references).
 * @example textWithin(task.absolute, 5 * 1024 * 1024) // 'import os\n…'
 */
export function textWithin(file: string, maxFileSize: number): string | undefined {
  try {
    const read = readLimited(file, maxFileSize);
    return 'bytes' in read ? Buffer.from(read.bytes).toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

export interface ProcessContext {
  maxFileSize: number;
  catalog: CompiledCatalog;
  scanner: KeywordScanner;
  onProgress?: (progress: { files: number; bytes: number }) => void;
}

/**
 * Reads and scans files in order: model files are measured, files over the limit, binaries and unreadable
 * files are recorded as skipped, everything else goes through `scanFile`.
 */
export async function processFiles(
  tasks: readonly FileTask[],
  context: ProcessContext,
): Promise<BatchResult> {
  const result = emptyBatch();
  const pending: Promise<FileResult>[] = [];
  const collect = (found: FileResult) => {
    result.hits.push(...found.hits);
    result.facts.push(...found.facts);
    result.tables.push(...found.tables);
    result.endpoints.push(...found.endpoints);
    result.envValues.push(...found.envValues);
    result.optionalSettings.push(...found.optionalSettings);
    result.commentedImports.push(...found.commentedImports);
  };
  for (const task of tasks) {
    const format = modelFormatOf(task.name);
    let read: ReturnType<typeof readLimited>;
    try {
      // Model files are never read, only measured: a negative limit stops the reader at the size.
      read = readLimited(task.absolute, format ? -1 : context.maxFileSize);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      result.skipped.push({ file: task.relative, reason: `unreadable file (${code})` });
      continue;
    }
    if (format) {
      result.models.push({
        file: task.relative,
        format,
        bytes: 'size' in read ? read.size : read.bytes.length,
      });
      continue;
    }
    if ('size' in read) {
      result.skipped.push({
        file: task.relative,
        reason: `larger than ${context.maxFileSize} bytes (${read.size} bytes)`,
      });
      continue;
    }
    const bytes = read.bytes;
    if (bytes.subarray(0, BINARY_PROBE).includes(0)) {
      result.skipped.push({ file: task.relative, reason: 'binary (NUL byte in the first 8 KB)' });
      continue;
    }
    result.files++;
    result.bytes += bytes.length;
    const scanning = scanFile(
      bytes,
      task.relative,
      task.name,
      context.catalog,
      context.scanner,
      task.pathClass,
      task.appDefaults,
    );
    // Terraform waits for the WebAssembly HCL parser to load; scanning goes on meanwhile.
    if (task.name.endsWith('.tf')) pending.push(scanning);
    else {
      const found = await scanning;
      if (found.skippedBecause) result.skipped.push({ file: task.relative, reason: found.skippedBecause });
      collect(found);
    }
    if (context.onProgress && result.files % 500 === 0)
      context.onProgress({ files: result.files, bytes: result.bytes });
  }
  for (const found of await Promise.all(pending)) collect(found);
  return result;
}
