import { inflateRawSync } from 'node:zlib';

/** Limits for a zip container (XLSX, DOCX) read from a user. */
export interface ZipLimits {
  /** Sum of every entry's uncompressed size. */
  maxTotalBytes: number;
  /** Number of entries. */
  maxEntries: number;
}

/** Why a zip was refused, for a located message. */
export class ZipRefused extends Error {
  override name = 'ZipRefused';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Checks a zip's real expanded size before a library unpacks it: reads the central directory, then inflates every
 * entry with a hard output cap, so neither a lying header nor a zip bomb can make the caller allocate more than
 * `maxTotalBytes`. Costs one bounded decompression; throws `ZipRefused` with a reason.
 * @example assertZipWithin(bytes, { maxTotalBytes: 64 << 20, maxEntries: 5000 });
 */
export function assertZipWithin(bytes: Uint8Array, limits: ZipLimits): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(data);
  const entries = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  if (entries === 0xffff || offset === 0xffffffff) throw new ZipRefused('ZIP64 archives are not supported');
  if (entries > limits.maxEntries)
    throw new ZipRefused(`holds ${entries} entries, over ${limits.maxEntries}`);
  if (offset + size > data.length)
    throw new ZipRefused('the central directory lies past the end of the file');
  let budget = limits.maxTotalBytes;
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL)
      throw new ZipRefused('damaged central directory');
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const declared = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    if (declared > budget) throw tooBig(limits);
    budget -= expandedSize(data, local, method, compressed, budget);
    at += 46 + nameLength + extraLength + commentLength;
  }
}

function tooBig(limits: ZipLimits): ZipRefused {
  return new ZipRefused(`expands to more than ${Math.round(limits.maxTotalBytes / (1 << 20))} MB`);
}

/** The real size of one entry, inflated with a cap of `budget` bytes. */
function expandedSize(
  data: Buffer,
  local: number,
  method: number,
  compressed: number,
  budget: number,
): number {
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL)
    throw new ZipRefused('damaged entry header');
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  if (start + compressed > data.length) throw new ZipRefused('an entry runs past the end of the file');
  const body = data.subarray(start, start + compressed);
  if (method === 0) {
    if (compressed > budget) throw new ZipRefused('expands past the limit');
    return compressed;
  }
  if (method !== 8) throw new ZipRefused(`uses compression method ${method}, not deflate`);
  try {
    return inflateRawSync(body, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      throw new ZipRefused('expands past the limit');
    throw new ZipRefused(`an entry cannot be inflated (${(error as Error).message})`);
  }
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, at the very end.
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) if (data.readUInt32LE(at) === EOCD) return at;
  throw new ZipRefused('not a zip archive (no end of central directory)');
}
