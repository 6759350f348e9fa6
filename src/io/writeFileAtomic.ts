import { randomBytes } from 'node:crypto';
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { chmod, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors/index.js';
import { removeOnExit } from './exitCleanup.js';

/** How to write. */
export interface WriteOptions {
  /** Mode of a new file (an existing file keeps its own). Default: 0o666 less the umask, as `writeFile`. */
  mode?: number;
  /** Refuse to replace an existing file. */
  exclusive?: boolean;
}

const MAX_LINKS = 32;

/**
 * Where a write to `file` should land: the file itself, or, when it is a symlink (even a chain, even dangling),
 * the file it points at, so the link stays a link.
 */
function resolveTarget(file: string): string {
  let current = path.resolve(file);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let info: ReturnType<typeof lstatSync>;
    try {
      info = lstatSync(current);
    } catch {
      // Absent: resolve its folder, so the temp file and the rename live next to the real target.
      try {
        return path.join(realpathSync(path.dirname(current)), path.basename(current));
      } catch {
        return current;
      }
    }
    if (!info.isSymbolicLink()) return realpathSync(current);
    current = path.resolve(path.dirname(current), readlinkSync(current));
  }
  throw new UsageError(`cannot write ${file}: too many levels of symlinks`, 'point it at a real file');
}

/**
 * Writes through a temporary file and a rename, so a crash never leaves a half-written file behind. A symlinked
 * `file` is written through (the link stays a link), an existing file keeps its mode, and the temporary file is
 * removed on failure and on Ctrl-C.
 * @example await writeFileAtomic('trustmap.yaml', text);
 */
export async function writeFileAtomic(
  file: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const target = resolveTarget(file);
  let mode = options.mode;
  try {
    const info = statSync(target);
    if (!info.isFile())
      throw new UsageError(`cannot write ${file}: it is not a regular file`, 'choose a file path');
    if (options.exclusive)
      throw new UsageError(`${file} already exists`, 'choose another path, or pass --force to replace it');
    mode = info.mode & 0o7777;
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const release = removeOnExit(temporary);
  try {
    await writeFile(temporary, content, mode === undefined ? {} : { mode });
    // writeFile's mode is filtered by the umask; an existing file's mode is restored exactly.
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    release();
  }
}
