import { Command } from 'commander';
import { VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';
import type { CliContext } from './context.js';

const EXIT_CODES = `
Exit codes:
  0  ok
  1  findings at or above the --fail-on threshold
  2  bad input or usage (the message says file:line:col and a hint)
  3  internal error (a bug; run again with --debug)`;

/** Builds the commander program; each command only turns flags into options and calls the engine. */
export function createProgram(context: CliContext): Command {
  const program = new Command('trustmap')
    .description('Compliance-as-code for AI companies: map your system once, check it against reality.')
    .version(VERSION, '-v, --version')
    .option('--no-color', 'disable colours')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', EXIT_CODES)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout(text),
      writeErr: (text) => context.stderr(text),
    });
  for (const register of COMMANDS) {
    const command = register(context);
    command.exitOverride().configureOutput({
      writeOut: (text) => context.stdout(text),
      writeErr: (text) => context.stderr(text),
    });
    command.showHelpAfterError('(run with --help for usage)');
    program.addCommand(command);
  }
  return program;
}
