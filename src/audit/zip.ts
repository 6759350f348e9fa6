import { unzipSync, zipSync } from 'fflate';
import { InputError } from '../errors/index.js';

/**
 * Zip writing and bounded reading with fflate (already in the tree through docx; small, no native code, and it
 * lets every entry's time be fixed, so the same files always give the same zip bytes).
 */

/** DOS time starts in 1980; a fixed entry time keeps the archive byte-for-byte reproducible. */
const FIXED_TIME = new Date('1980-01-01T00:00:00Z');

/** Already-compressed formats are stored, not deflated again. */
const STORED = /\.(zip|xlsx|docx|png|jpg|gz)$/i;

/**
 * A zip of `files` (path → bytes), entries in path order with fixed times.
 * @example const bytes = deterministicZip({ 'manifest.json': encoder.encode('{}') });
 */
export function deterministicZip(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {};
  for (const name of Object.keys(files).sort())
    entries[name] = [files[name] as Uint8Array, { level: STORED.test(name) ? 0 : 6, mtime: FIXED_TIME }];
  return zipSync(entries);
}

/** Limits for reading a package someone else sent. */
export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const PACKAGE_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/** Why a zip could not be read, with the entry it failed on when known. */
export class ZipReadError extends InputError {
  constructor(
    readonly entry: string | undefined,
    reason: string,
  ) {
    super([
      {
        location: { file: entry ?? 'package', line: 1, col: 1 },
        message: reason,
        hint: 'the package is damaged or was altered; ask for a fresh copy',
      },
    ]);
  }
}

/**
 * Reads every entry of a zip within limits (a zip bomb stops at the first entry over them). A damaged entry is
 * named in the error: the last entry that passed the filter is the one whose data failed to inflate.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits = PACKAGE_LIMITS): Record<string, Uint8Array> {
  let count = 0;
  let total = 0;
  let current: string | undefined;
  try {
    return unzipSync(bytes, {
      filter(file) {
        current = file.name;
        count += 1;
        total += file.originalSize;
        if (count > limits.maxEntries)
          throw new ZipReadError(undefined, `more than ${limits.maxEntries} entries`);
        if (file.originalSize > limits.maxEntryBytes)
          throw new ZipReadError(file.name, `entry is larger than ${limits.maxEntryBytes} bytes`);
        if (total > limits.maxTotalBytes)
          throw new ZipReadError(file.name, `entries add up to more than ${limits.maxTotalBytes} bytes`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipReadError) throw error;
    throw new ZipReadError(current, `cannot read the zip: ${(error as Error).message}`);
  }
}

/**
 * The same zip (an XLSX or DOCX) re-packed with fixed entry times and order, so documents built from the same
 * content are byte-identical. Entry order is kept where it matters: `[Content_Types].xml` stays first.
 */
export function normalizeZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const ordered: Record<string, [Uint8Array, { level: 6; mtime: Date }]> = {};
  for (const name of names) ordered[name] = [entries[name] as Uint8Array, { level: 6, mtime: FIXED_TIME }];
  return zipSync(ordered);
}
