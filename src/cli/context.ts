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

/**
 * A writer that stops quietly when the reader goes away (`trustmap check | head -1`): EPIPE is not a bug and
 * must not print a stack trace or change the exit code; the command still finishes its own work (files it
 * writes) and exits with its own code.
 */
function pipeSafe(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw error;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      closed = true;
    }
  };
}

export function processIO(): CliIO {
  return {
    stdout: pipeSafe(process.stdout),
    stderr: pipeSafe(process.stderr),
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
