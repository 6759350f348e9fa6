import { Command } from 'commander';
import { VERSION } from '../version.js';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import type { CliContext } from './context.js';

const EXIT_CODES = `
Exit codes:
  0  ok
  1  findings at or above the --fail-on threshold
  2  bad input or usage (the message says file:line:col and a hint)
  3  internal error (a bug; run again with --debug)`;

/**
 * The commands to register for `argv`: only the one it names when it names one (so a run loads that command's
 * modules and nothing else), every command otherwise (`--help`, `help`, an unknown name and its suggestion).
 */
export function commandsFor(argv: readonly string[]): readonly CommandEntry[] {
  const first = argv.find((arg) => !arg.startsWith('-'));
  const named = COMMANDS.find((entry) => entry.name === first);
  if (named) return [named];
  // `--version` alone needs no command at all.
  return argv.some((arg) => arg === '-v' || arg === '--version') && first === undefined ? [] : COMMANDS;
}

/** Builds the commander program; each command only turns flags into options and calls the engine. */
export async function createProgram(context: CliContext, argv: readonly string[] = []): Promise<Command> {
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
  const registers = await Promise.all(commandsFor(argv).map((entry) => entry.load()));
  for (const register of registers) {
    const command = register(context);
    configureTree(command, context);
    program.addCommand(command);
  }
  return program;
}

/**
 * Commander does not pass exit and output settings down to subcommands, so every command of the tree (`probe
 * postgres`, `audit verify`, `keys create`…) gets them here: errors go to the error boundary, text to the context.
 */
function configureTree(command: Command, context: CliContext): void {
  command
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => context.stdout(text),
      writeErr: (text) => context.stderr(text),
    });
  for (const sub of command.commands) configureTree(sub, context);
}
