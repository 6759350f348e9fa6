import { Command } from 'commander';
import { VERSION } from '../version.js';
import type { CommandEntry } from './commands/index.js';
import type { CliContext } from './context.js';

const EXIT_CODES = `
Exit codes:
  0  ok
  1  findings at or above the --fail-on threshold
  2  bad input or usage (the message says file:line:col and a hint)
  3  internal error (a bug; run again with --debug)`;

/** The command `argv` names: its first word that is not a flag (`trustmap --no-color discover src` names discover). */
export function commandNamed(argv: readonly string[]): string | undefined {
  return argv.find((arg) => !arg.startsWith('-'));
}

/**
 * The commands of `commands` to register for `argv`: only the one it names when it names one (so a run loads that
 * command's modules and nothing else), every command otherwise (`--help`, `help`, an unknown name and its
 * suggestion).
 */
export function commandsFor(
  argv: readonly string[],
  commands: readonly CommandEntry[],
): readonly CommandEntry[] {
  const first = commandNamed(argv);
  const named = commands.find((entry) => entry.name === first);
  if (named) return [named];
  // `--version` alone needs no command at all.
  return argv.some((arg) => arg === '-v' || arg === '--version') && first === undefined ? [] : commands;
}

/**
 * Builds the commander program with `commands` (the CLI passes all of them; the cached `discover` bundle passes
 * only its own, so that it holds no other command's code); each command only turns flags into options and calls
 * the engine.
 */
export async function createProgram(
  context: CliContext,
  argv: readonly string[],
  commands: readonly CommandEntry[],
): Promise<Command> {
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
  const registers = await Promise.all(commandsFor(argv, commands).map((entry) => entry.load()));
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
