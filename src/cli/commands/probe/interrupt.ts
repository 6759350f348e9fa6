import { connectFromEnv } from '../../../probes/connect/postgresUrl.js';
import { type CanaryRun, cleanupCanaries, forgetCanaryRuns, sqlClient } from '../../../probes/index.js';
import type { CliContext } from '../../context.js';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const CLEANUP_DEADLINE_MS = 20_000;

/**
 * While a committed-mode probe runs, Ctrl-C (or a CI job's SIGTERM) must not leave canaries behind silently: the
 * handler closes the probe's connection (rolling back what is uncommitted), deletes the recorded run's canaries on
 * a fresh connection, and always prints the exact cleanup command in case that fails. Returns the uninstaller.
 */
export function cleanUpOnInterrupt(
  context: CliContext,
  setup: {
    root: string;
    dir: string;
    urlEnv: string;
    run: () => CanaryRun | undefined;
    close: () => Promise<void>;
  },
): () => void {
  let busy = false;
  const handler = (signal: (typeof SIGNALS)[number]) => {
    if (busy) return;
    busy = true;
    const run = setup.run();
    const command = `trustmap probe cleanup ${JSON.stringify(setup.dir)} --url-env ${setup.urlEnv}${run ? ` --run ${run.marker}` : ''}`;
    context.stderr(
      `\ninterrupted (${signal}): removing committed canaries; if this does not finish, run:\n  ${command}\n`,
    );
    const code = signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129;
    const deadline = setTimeout(() => process.exit(code), CLEANUP_DEADLINE_MS);
    deadline.unref();
    void (async () => {
      await setup.close().catch(() => undefined);
      if (!run) return;
      const connection = await connectFromEnv(setup.urlEnv, context.env);
      try {
        const removed = await cleanupCanaries(sqlClient(connection.client), { runs: [run] });
        const total = removed.reduce((sum, entry) => sum + entry.rows, 0);
        if (removed.some((entry) => entry.error)) throw new Error('some rows could not be deleted');
        await forgetCanaryRuns(setup.root, [run.marker]);
        context.stderr(`removed ${total} canary row${total === 1 ? '' : 's'}\n`);
      } finally {
        await connection.close().catch(() => undefined);
      }
    })()
      .catch((error: unknown) =>
        context.stderr(`cleanup failed (${(error as Error).message}); run:\n  ${command}\n`),
      )
      .finally(() => process.exit(code));
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of SIGNALS) process.removeListener(signal, handler);
  };
}
