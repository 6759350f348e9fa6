import { COMMANDS } from './commands/index.js';
import { type CliIO, processIO } from './context.js';
import { runCli } from './run.js';

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code.
 * @example const code = await main(['validate', 'examples/acme-ai'], testIO);
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  return runCli(argv, COMMANDS, io);
}
