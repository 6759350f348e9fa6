import { expandEntry, readZipArchive, type ZipLimits, ZipRefused } from './zipArchive.js';

export { type ZipLimits, ZipRefused };

/**
 * Checks a zip's real expanded size before a library unpacks it: reads the central directory, then inflates every
 * entry with a hard output cap, so neither a lying header nor a zip bomb can make the caller allocate more than
 * `maxTotalBytes`. Costs one bounded decompression; throws `ZipRefused` with a reason.
 * @example assertZipWithin(bytes, { maxTotalBytes: 64 << 20, maxEntries: 5000 });
 */
export function assertZipWithin(bytes: Uint8Array, limits: ZipLimits): void {
  let budget = limits.maxTotalBytes;
  for (const entry of readZipArchive(bytes, limits)) {
    if (entry.size > budget) throw tooBig(limits);
    try {
      budget -= expandEntry(entry, budget).length;
    } catch (error) {
      if (error instanceof ZipRefused && error.message === 'expands past the limit') throw tooBig(limits);
      throw error;
    }
  }
}

function tooBig(limits: ZipLimits): ZipRefused {
  return new ZipRefused(`expands to more than ${Math.round(limits.maxTotalBytes / (1 << 20))} MB`);
}
