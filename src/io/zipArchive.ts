import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

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

/** One entry of a zip read by `readZipArchive`: its name, its bytes as stored, and how to get them expanded. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  crc: number;
  size: number;
  /** The bytes as they are in the archive (compressed for method 8): copied unchanged when the entry is kept. */
  stored: Uint8Array;
  /** DOS time and date of the entry, kept on a round trip. */
  time: number;
  date: number;
}

/** An entry to write: one read before (copied as stored) or new bytes (deflated). */
export type ZipOutput = ZipEntry | { name: string; data: Uint8Array };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, at the very end.
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) if (data.readUInt32LE(at) === EOCD) return at;
  throw new ZipRefused('not a zip archive (no end of central directory)');
}

/**
 * Reads a zip's entries from its central directory without expanding them; `expandEntry` expands one with a cap.
 * Refuses ZIP64, encryption, methods other than stored and deflate, more than `maxEntries` entries, and entries
 * that lie outside the file, with `ZipRefused`.
 * @example const entries = readZipArchive(bytes, { maxTotalBytes: 64 << 20, maxEntries: 10_000 });
 */
export function readZipArchive(bytes: Uint8Array, limits: Pick<ZipLimits, 'maxEntries'>): ZipEntry[] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < 22) throw new ZipRefused('not a zip archive (too short)');
  const end = findEndOfCentralDirectory(data);
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipRefused('ZIP64 archives are not supported');
  if (count > limits.maxEntries) throw new ZipRefused(`holds ${count} entries, over ${limits.maxEntries}`);
  if (offset + size > data.length)
    throw new ZipRefused('the central directory lies past the end of the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL)
      throw new ZipRefused('damaged central directory');
    const flags = data.readUInt16LE(at + 8);
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const local = data.readUInt32LE(at + 42);
    if (flags & 1) throw new ZipRefused('holds encrypted entries');
    if (method !== 0 && method !== 8) throw new ZipRefused(`uses compression method ${method}, not deflate`);
    if (at + 46 + nameLength > data.length) throw new ZipRefused('damaged central directory');
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL)
      throw new ZipRefused('damaged entry header');
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (start + compressed > data.length) throw new ZipRefused('an entry runs past the end of the file');
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      method,
      crc: data.readUInt32LE(at + 16),
      size: data.readUInt32LE(at + 24),
      stored: data.subarray(start, start + compressed),
      time: data.readUInt16LE(at + 12),
      date: data.readUInt16LE(at + 14),
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * The expanded bytes of one entry, never more than `maxBytes` whatever its header claims (a zip bomb stops at
 * the cap with `ZipRefused`).
 */
export function expandEntry(entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.method === 0) {
    if (entry.stored.length > maxBytes) throw new ZipRefused('expands past the limit');
    return Buffer.from(entry.stored.buffer, entry.stored.byteOffset, entry.stored.byteLength);
  }
  try {
    return inflateRawSync(entry.stored, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      throw new ZipRefused('expands past the limit');
    throw new ZipRefused(`an entry cannot be inflated (${(error as Error).message})`);
  }
}

/** 1980-01-01 00:00, the earliest DOS date: new entries carry no clock, so equal inputs give equal bytes. */
const DOS_EPOCH = { time: 0, date: (0 << 9) | (1 << 5) | 1 };

/**
 * Writes a zip: entries read before are copied as they were stored (no recompression, byte for byte), new ones
 * are deflated. Names are written as UTF-8.
 * @example writeZipArchive([...kept, { name: 'xl/comments1.xml', data: bytes }])
 */
export function writeZipArchive(entries: readonly ZipOutput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const stored =
      'data' in entry
        ? {
            method: 8,
            crc: crc32(entry.data),
            size: entry.data.length,
            stored: deflateRawSync(entry.data),
            ...DOS_EPOCH,
          }
        : entry;
    const name = Buffer.from(entry.name, 'utf8');
    if (offset > 0xffffffff || stored.stored.length > 0xffffffff)
      throw new ZipRefused('too large for a zip without ZIP64');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(stored.method, 8);
    header.writeUInt16LE(stored.time, 10);
    header.writeUInt16LE(stored.date, 12);
    header.writeUInt32LE(stored.crc >>> 0, 14);
    header.writeUInt32LE(stored.stored.length, 18);
    header.writeUInt32LE(stored.size, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    header.copy(central, 8, 6, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(
      header,
      name,
      Buffer.from(stored.stored.buffer, stored.stored.byteOffset, stored.stored.byteLength),
    );
    centrals.push(central, name);
    offset += 30 + name.length + stored.stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
