import { type CliIO, createContext, processIO } from './context.js';
import { reportError } from './errorBoundary.js';
import { createProgram } from './program.js';

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code.
 * @example const code = await main(['validate', 'examples/acme-ai'], testIO);
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const context = createContext(io, { color: !argv.includes('--no-color'), debug: argv.includes('--debug') });
  try {
    await (await createProgram(context, argv)).parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return reportError(error, context);
  }
}
