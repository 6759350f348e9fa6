import { rmSync } from 'node:fs';

/**
 * Paths to remove if the process ends before the code that made them could (a temporary file or a staging
 * folder when the user presses Ctrl-C). Handlers are installed once, on first use; after cleaning they let the
 * signal take its usual course (exit code 128 + signal number).
 */
const pending = new Set<string>();
let installed = false;

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeAll(): void {
  for (const target of pending) {
    try {
      rmSync(target, { recursive: true, force: true });
    } catch {
      // best effort: the process is ending
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  for (const name of SIGNALS) process.removeListener(name, onSignal);
  // Re-raise, so the exit status says which signal ended us, unless another handler keeps the process alive.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeAll);
  for (const name of SIGNALS) process.on(name, onSignal);
}

/**
 * Removes `target` on exit or on SIGINT/SIGTERM/SIGHUP unless `release` is called first.
 * @example const release = removeOnExit(staging); try { ... } finally { release(); }
 */
export function removeOnExit(target: string): () => void {
  install();
  pending.add(target);
  return () => {
    pending.delete(target);
  };
}
