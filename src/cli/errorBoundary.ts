import { CommanderError } from 'commander';
import { formatProblem, InputError, TrustmapError, UsageError } from '../errors/index.js';
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
  if (error instanceof UsageError) {
    stderr(`${colors.red('error')} ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`);
    return error.exitCode;
  }
  if (error instanceof TrustmapError) {
    const hint = (error as { hint?: string }).hint;
    stderr(`${colors.red('error')} ${error.message}\n${hint ? `  hint: ${hint}\n` : ''}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr(`${colors.red('internal error')} ${message}\n`);
  if (context.debug && error instanceof Error && error.stack) stderr(`${error.stack}\n`);
  else stderr('  hint: this is a bug in trustmap; run again with --debug for details and report it\n');
  return 3;
}
