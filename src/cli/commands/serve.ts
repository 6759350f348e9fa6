import { Command } from 'commander';
import { UsageError } from '../../errors/index.js';
import type { CliContext } from '../context.js';
import { nowFrom } from '../options.js';

interface ServeOptions {
  port: string;
  host: string;
  dataDir?: string;
  demo?: boolean;
}

/** Parses `--port`. */
export function portFrom(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(`--port ${text} is not a port number`, 'use 0 to 65535');
  return port;
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
      const pinned = context.env.TRUSTMAP_NOW ? nowFrom(context.env) : undefined;
      const server = await startServer(config, {
        env: context.env,
        ...(pinned ? { clock: () => pinned } : {}),
      });
      const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
      context.stderr(`trustmap server on ${server.url} (${where}; server key: ${server.keySource})\n`);
      if (server.applied.length) context.stderr(`applied migrations: ${server.applied.join(', ')}\n`);
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
          context.stderr('stopping…\n');
          server.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
