// The file itself, not io/index.js, which also loads signing (node:crypto) and zip bounds (node:zlib).
import { readUserFile } from '../../io/readUserFile.js';

/** The largest index read (a tree of about 300,000 files); a larger one is not read, and ignore files decide. */
const MAX_INDEX_BYTES = 32 * 1024 * 1024;

/** The paths git tracks, and every folder that holds one, relative to the work tree with `/` separators. */
export interface TrackedPaths {
  files: ReadonlySet<string>;
  folders: ReadonlySet<string>;
}

/**
 * The paths git's index lists at `root` (`.git/index`, format versions 2 to 4 as git's
 * Documentation/gitformat-index.txt gives them), or undefined where there is none or it cannot be read: a `.git` file
 * (a worktree's, pointing outside the root) is not followed. Read through the bounded, root-confined reader; no git
 * is run. A tracked file stays in the scan when an ignore file lists it, as git keeps it (text-generation-webui's
 * `.gitignore` lists `/extensions` and `/user_data`, which git tracks).
 * @example trackedPaths('/repo')?.files.has('extensions/openai/script.py')
 */
export function trackedPaths(root: string): TrackedPaths | undefined {
  let bytes: Buffer;
  try {
    bytes = readUserFile('.git/index', { root, maxBytes: MAX_INDEX_BYTES, what: 'git index' });
  } catch {
    return undefined;
  }
  const paths = indexPaths(bytes);
  if (!paths) return undefined;
  const folders = new Set<string>();
  for (const file of paths)
    for (let at = file.lastIndexOf('/'); at > 0; at = file.lastIndexOf('/', at - 1)) {
      const folder = file.slice(0, at);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  return { files: new Set(paths), folders };
}

/** The entries' paths of an index file, or undefined where it is not one this reader knows. Pure. */
export function indexPaths(bytes: Buffer): string[] | undefined {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = bytes.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = bytes.readUInt32BE(8);
  const paths: string[] = [];
  let at = 12;
  let previous = '';
  for (let entry = 0; entry < count; entry++) {
    const start = at;
    // ctime, mtime, dev, ino, mode, uid, gid, size (40 bytes), the object name (20), then the flags.
    if (at + 62 > bytes.length) return undefined;
    const flags = bytes.readUInt16BE(at + 60);
    at += 62;
    if (version >= 3 && flags & 0x4000) at += 2;
    let name: string;
    if (version === 4) {
      // The number of bytes to drop from the previous path's end, as git's offset varint, then the rest NUL-ended.
      let byte = bytes[at++] ?? 0;
      let drop = byte & 0x7f;
      while (byte & 0x80) {
        byte = bytes[at++] ?? 0;
        drop = ((drop + 1) << 7) | (byte & 0x7f);
      }
      const end = bytes.indexOf(0, at);
      if (end < 0 || drop > previous.length) return undefined;
      name = previous.slice(0, previous.length - drop) + bytes.toString('utf8', at, end);
      at = end + 1;
    } else {
      const end = bytes.indexOf(0, at);
      if (end < 0) return undefined;
      name = bytes.toString('utf8', at, end);
      // NUL padding up to a multiple of eight bytes from the entry's start, at least one.
      at = start + Math.ceil((end + 1 - start) / 8) * 8;
    }
    previous = name;
    paths.push(name);
  }
  return paths;
}
