import { Command } from 'commander';
import { UsageError } from '../../errors/index.js';
import type { CliContext } from '../context.js';
import { nowFrom } from '../options.js';

interface ServeOptions {
  port: string;
  host: string;
  dataDir?: string;
  demo?: boolean;
  worker: boolean;
  processes: string;
}

/** Parses `--port`. */
export function portFrom(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(`--port ${text} is not a port number`, 'use 0 to 65535');
  return port;
}

/** Parses `--processes` (1 to 64). */
export function processesFrom(text: string): number {
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < 1 || count > 64)
    throw new UsageError(`--processes ${text} is not a number from 1 to 64`, 'one per core is a good start');
  return count;
}

/** `trustmap serve`: the Trustmap server (dashboard, history, ledger, push API) on PGlite or PostgreSQL. */
export function serveCommand(context: CliContext): Command {
  return new Command('serve')
    .description(
      'run the Trustmap server: history over the audit window, dashboard, evidence ledger, push API',
    )
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8787')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--data-dir <dir>',
      'folder for the embedded database and the server key (default .trustmap/server)',
    )
    .option(
      '--demo',
      'seed 90 days of the bundled example’s history (labelled as demo data) and a demo login',
    )
    .option(
      '--no-worker',
      'do not work scheduled collection jobs here (web-only node; run `trustmap worker`)',
    )
    .option(
      '--processes <n>',
      'HTTP processes sharing the port, for more pushes per second (PostgreSQL only)',
      '1',
    )
    .addHelpText(
      'after',
      '\nDATABASE_URL set: PostgreSQL instead of the embedded database. Stop with Ctrl-C.',
    )
    .action(async (options: ServeOptions) => {
      const { resolveServerConfig, startServer } = await import('../../server/index.js');
      const config = resolveServerConfig(
        { port: portFrom(options.port), host: options.host, dataDir: options.dataDir, cwd: context.cwd },
        context.env,
      );
      const processes = processesFrom(options.processes);
      const { runPrimary, serverRole } = await import('../../server/cluster.js');
      const role = serverRole(processes);
      if (role.kind === 'primary') {
        if (options.demo)
          throw new UsageError(
            '--demo seeds from one process',
            'drop --processes, or seed once with --demo first',
          );
        await runPrimary(config, processes, { env: context.env, log: context.stderr });
        return;
      }
      // In a multi-process server only the first process works jobs and speaks; all of them serve requests.
      const lead = role.kind === 'single' || role.lead;
      const pinned = context.env.TRUSTMAP_NOW ? nowFrom(context.env) : undefined;
      const server = await startServer(config, {
        env: context.env,
        ...(pinned ? { clock: () => pinned } : {}),
      });
      const { startServerJobs } = await import('../../server/modules/jobs/start.js');
      const jobs = await startServerJobs(server.deps, { env: context.env, work: options.worker && lead });
      const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
      if (lead) {
        const across = role.kind === 'worker' ? `, ${processes} processes` : '';
        context.stderr(
          `trustmap server on ${server.url} (${where}${across}; server key: ${server.keySource})\n`,
        );
        if (server.applied.length) context.stderr(`applied migrations: ${server.applied.join(', ')}\n`);
      }
      if (options.demo) {
        const { seedDemo } = await import('../../server/demo/index.js');
        const seeded = await seedDemo(server.deps, { now: pinned ?? new Date() });
        context.stderr(
          `demo data: ${seeded.runs} runs of examples/acme-ai over ${seeded.days} days in organisation \`${seeded.org}\`\n` +
            (seeded.password
              ? `sign in at ${server.url}/login as ${seeded.email} with password ${seeded.password} (shown once)\n`
              : `sign in at ${server.url}/login as ${seeded.email}\n`) +
            `push a run: TRUSTMAP_SERVER=${server.url} TRUSTMAP_TOKEN=${seeded.token} npx trustmap push examples/acme-ai\n`,
        );
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          if (lead) context.stderr('stopping…\n');
          jobs
            .stop()
            .catch(() => undefined)
            .then(() => server.close())
            .then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      // A forked process stays alive while its channel to the primary is open.
      if (role.kind === 'worker') process.disconnect?.();
    });
}
