import { createColors } from 'picocolors';

export type Colors = ReturnType<typeof createColors>;

/** What a command may touch: its streams, environment and working folder. Tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal (prompts and colour only then). */
  isTTY: boolean;
  /** Standard error is a terminal (progress lines only then, so they never end up in a redirected report). */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface CliContext extends CliIO {
  colors: Colors;
  /** Set by a command: 0 ok, 1 findings over the threshold, 2 bad input or usage. */
  exitCode: number;
  debug: boolean;
  /** Interactive prompts are allowed: a terminal, not CI. */
  interactive: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

export function createContext(io: CliIO, options: { color?: boolean; debug?: boolean }): CliContext {
  const color =
    options.color !== false &&
    !io.env.NO_COLOR &&
    (io.isTTY || Boolean(io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0'));
  return {
    ...io,
    colors: createColors(color),
    exitCode: 0,
    debug: Boolean(options.debug),
    interactive: io.isTTY && !io.env.CI,
  };
}
