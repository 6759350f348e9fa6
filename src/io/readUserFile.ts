import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors/index.js';

/**
 * The one way Trustmap reads a file a user (or a hostile repository) supplies: the path is resolved with every
 * symlink followed and must stay inside `root`; only regular files are read (never a FIFO, a device or /proc);
 * the size limit is checked before reading, and again while reading, since /proc-like files report size 0.
 * Every stage reads user files through here; a test (test/io/reader.test.ts) keeps the others out of `fs`.
 */

export interface ReadOptions {
  /** The folder the file must stay inside after symlinks are followed (the project root). */
  root: string;
  /** Refuse files over this many bytes. */
  maxBytes: number;
  /** What the file is, for messages: `evidence file`, `map part`. */
  what?: string;
}

/** Why a read was refused, as a stable code for tests and callers that skip instead of failing. */
export type ReadRefusal = 'outside-root' | 'not-regular' | 'too-large' | 'missing' | 'unreadable';

/** A refused read: an `InputError` with a stable `code`. */
export class ReadRefused extends InputError {
  override name = 'ReadRefused';
  constructor(
    readonly code: ReadRefusal,
    readonly file: string,
    message: string,
    hint?: string,
  ) {
    // Located like every other input problem (`file:1:1: message`), so the CLI prints it the same way.
    super([{ location: { file, line: 1, col: 1 }, message, ...(hint ? { hint } : {}) }]);
  }
}

/** The real path of `file` if it lies inside `root` (both resolved through symlinks), or a refusal. */
export function confinedPath(root: string, file: string, what = 'file'): string {
  const shown = path.relative(process.cwd(), path.resolve(root, file)) || file;
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(path.resolve(root, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new ReadRefused('missing', shown, `${what} does not exist`);
    throw new ReadRefused('unreadable', shown, `cannot read ${what} (${code ?? 'error'})`);
  }
  const inside = path.relative(realRoot, real);
  if (inside.startsWith('..') || path.isAbsolute(inside))
    throw new ReadRefused(
      'outside-root',
      shown,
      `${what} resolves to ${real}, outside the project (${realRoot})`,
      'Trustmap reads only files inside the project; copy the file in instead of linking to it',
    );
  return real;
}

/**
 * Reads a user-supplied file within bounds; throws `ReadRefused` (exit 2 at the CLI) otherwise.
 * @example const bytes = readUserFile('docs/dpa.pdf', { root: projectDir, maxBytes: 20 * 1024 * 1024 })
 */
export function readUserFile(file: string, options: ReadOptions): Buffer {
  const what = options.what ?? 'file';
  const real = confinedPath(options.root, file, what);
  const shown = path.relative(process.cwd(), real) || file;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; we refuse it right after.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    throw new ReadRefused(
      'unreadable',
      shown,
      `cannot read ${what} (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new ReadRefused('not-regular', shown, `${what} is not a regular file`, 'point at a plain file');
    if (stat.size > options.maxBytes) throw tooLarge(shown, what, stat.size, options.maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, 1 << 20) || 1);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > options.maxBytes) throw tooLarge(shown, what, total, options.maxBytes);
      chunks.push(Buffer.from(chunk.subarray(0, read)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** `readUserFile` as UTF-8 text. */
export function readUserText(file: string, options: ReadOptions): string {
  return readUserFile(file, options).toString('utf8');
}

function tooLarge(shown: string, what: string, size: number, max: number): ReadRefused {
  return new ReadRefused(
    'too-large',
    shown,
    `${what} is ${size > max * 2 ? 'far ' : ''}over the ${formatBytes(max)} limit`,
    'split it, or leave it out of the project',
  );
}

function formatBytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${Math.round(bytes / (1 << 20))} MB` : `${Math.round(bytes / 1024)} KB`;
}
