import type { CommandEntry } from './commands/index.js';
import { type CliIO, createContext, processIO } from './context.js';
import { reportError } from './errorBoundary.js';
import { createProgram } from './program.js';

/**
 * Runs the CLI with `argv` (without `node` and the script) over `commands` and returns the exit code: the body of
 * `main`, which passes every command, and of the cached `discover` bundle, which passes only its own.
 */
export async function runCli(
  argv: string[],
  commands: readonly CommandEntry[],
  io: CliIO = processIO(),
): Promise<number> {
  const context = createContext(io, { color: !argv.includes('--no-color'), debug: argv.includes('--debug') });
  try {
    await (await createProgram(context, argv, commands)).parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return reportError(error, context);
  }
}
