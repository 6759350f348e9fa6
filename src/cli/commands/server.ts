import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { toJson } from '../options.js';

interface DbOptions {
  dataDir?: string;
}

async function withDatabase<T>(
  context: CliContext,
  options: DbOptions,
  body: (db: import('../../server/index.js').Database) => Promise<T>,
): Promise<T> {
  const { openDatabase, resolveServerConfig } = await import('../../server/index.js');
  const config = resolveServerConfig({ dataDir: options.dataDir, cwd: context.cwd }, context.env);
  const { db } = await openDatabase(config);
  try {
    return await body(db);
  } finally {
    await db.close();
  }
}

const dataDirHelp = 'the server’s data folder (default .trustmap/server); DATABASE_URL selects PostgreSQL';

/** `trustmap server user|token|seed-demo`: administration on the server's own database. */
export function serverCommand(context: CliContext): Command {
  const server = new Command('server').description(
    'administer the Trustmap server’s database: people, API tokens, demo data',
  );

  server
    .command('user')
    .description('people')
    .command('create')
    .description(
      'add a person to an organisation with a role (creates both when needed; prints a generated password once)',
    )
    .requiredOption('--email <email>', 'their e-mail address (the login)')
    .requiredOption('--org <slug>', 'organisation slug, e.g. acme-ai')
    .option('--role <role>', 'owner, admin, member, auditor or viewer', 'member')
    .option('--name <name>', 'display name')
    .option('--data-dir <dir>', dataDirHelp)
    .addHelpText('after', '\nTRUSTMAP_PASSWORD sets the password instead of generating one.')
    .action(async (options: DbOptions & { email: string; org: string; role: string; name?: string }) => {
      const { createUser } = await import('../../server/admin/accounts.js');
      const created = await withDatabase(context, options, (db) =>
        createUser(db, {
          ...options,
          ...(context.env.TRUSTMAP_PASSWORD ? { password: context.env.TRUSTMAP_PASSWORD } : {}),
        }),
      );
      context.stdout(
        `${created.userCreated ? 'created' : 'updated'} ${options.email} as ${options.role} of ${options.org}${created.orgCreated ? ' (new organisation)' : ''}\n` +
          (created.password ? `password (shown once): ${created.password}\n` : ''),
      );
    });

  const token = server.command('token').description('API tokens for CI (`trustmap push`)');
  token
    .command('create')
    .description('make an API token; prints it once (only its hash is stored)')
    .requiredOption('--org <slug>', 'organisation slug')
    .requiredOption('--name <name>', 'what it is for, e.g. ci')
    .option('--scope <scope...>', 'push (send runs) and/or read (history API)', ['push'])
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (options: DbOptions & { org: string; name: string; scope: string[] }) => {
      const { createToken } = await import('../../server/admin/accounts.js');
      const scopes = options.scope.flatMap((scope) => scope.split(','));
      const created = await withDatabase(context, options, (db) =>
        createToken(db, { org: options.org, name: options.name, scopes }),
      );
      context.stderr(
        `token \`${options.name}\` for ${options.org} (${created.scopes.join(', ')}); it is shown once:\n`,
      );
      context.stdout(`${created.token}\n`);
    });
  token
    .command('revoke')
    .description('revoke an organisation’s tokens of that name')
    .requiredOption('--org <slug>', 'organisation slug')
    .requiredOption('--name <name>', 'token name')
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (options: DbOptions & { org: string; name: string }) => {
      const { revokeToken } = await import('../../server/admin/accounts.js');
      const count = await withDatabase(context, options, (db) => revokeToken(db, options));
      context.stdout(`revoked ${count} token${count === 1 ? '' : 's'}\n`);
    });

  server
    .command('seed-demo')
    .description('seed 90 days of the bundled example’s history (labelled as demo data) and a demo login')
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (options: DbOptions) => {
      const { openDatabase, resolveServerConfig, resolveServerKey, createDeps } = await import(
        '../../server/index.js'
      );
      const { seedDemo } = await import('../../server/demo/index.js');
      const config = resolveServerConfig({ dataDir: options.dataDir, cwd: context.cwd }, context.env);
      const { key } = await resolveServerKey(config.dataDir, context.env);
      const { db } = await openDatabase(config);
      try {
        const seeded = await seedDemo(
          createDeps(config, db, key, () => new Date()),
          { now: new Date() },
        );
        context.stdout(toJson(seeded));
      } finally {
        await db.close();
      }
    });
  return server;
}
