import { CommanderError } from 'commander';
import { formatProblem, InputError, TrustmapError } from '../errors/index.js';
import type { CliContext } from './context.js';

/**
 * The one place errors become messages and exit codes. Known errors print cleanly; anything else is a bug
 * and says so, with the stack only under `--debug`.
 */
export function reportError(error: unknown, context: CliContext): number {
  const { colors, stderr } = context;
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.exitCode === 0
    )
      return 0;
    return 2; // commander already printed its message through configureOutput
  }
  if (error instanceof InputError) {
    for (const problem of error.problems) stderr(`${colors.red('error')} ${formatProblem(problem)}\n`);
    const count = error.problems.length;
    stderr(`${colors.dim(`${count} problem${count === 1 ? '' : 's'}`)}\n`);
    return error.exitCode;
  }
  if (error instanceof TrustmapError) {
    stderr(`${colors.red('error')} ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
    return error.exitCode;
  }
  const system = describeSystemError(error);
  if (system) {
    stderr(`${colors.red('error')} ${system}\n  hint: check the path, its folders and their permissions\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr(`${colors.red('internal error')} ${message}\n`);
  if (context.debug && error instanceof Error && error.stack) stderr(`${error.stack}\n`);
  else stderr('  hint: this is a bug in trustmap; run again with --debug for details and report it\n');
  return 3;
}

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder, not a file',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EEXIST: 'it already exists',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * A file-system error from the operating system (an unwritable --out, a full disk) is the user's environment,
 * not a bug: say what failed on which path, without a stack trace.
 */
function describeSystemError(error: unknown): string | undefined {
  const { code, syscall, path } = (error ?? {}) as { code?: unknown; syscall?: unknown; path?: unknown };
  if (typeof code !== 'string' || typeof syscall !== 'string' || !(code in SYSTEM_REASONS)) return undefined;
  return `cannot ${syscall}${typeof path === 'string' ? ` ${path}` : ''}: ${SYSTEM_REASONS[code]} (${code})`;
}
