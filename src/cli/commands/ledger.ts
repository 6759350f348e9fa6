import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../errors/index.js';
import { writeFileAtomic } from '../../io/index.js';
import type { CliContext } from '../context.js';
import { toJson } from '../options.js';

interface LedgerOptions {
  org?: string;
  file?: string;
  publicKey?: string;
  dataDir?: string;
  out?: string;
  records: boolean;
}

const dataDirHelp = 'the server’s data folder (default .trustmap/server); DATABASE_URL selects PostgreSQL';

async function serverParts(context: CliContext, options: LedgerOptions) {
  const server = await import('../../server/index.js');
  const admin = await import('../../server/admin/ledgerAdmin.js');
  const config = server.resolveServerConfig({ dataDir: options.dataDir, cwd: context.cwd }, context.env);
  return { server, admin, config };
}

/** `trustmap ledger verify|export|checkpoint`: the evidence ledger, from the database or an exported file. */
export function ledgerCommand(context: CliContext): Command {
  const ledger = new Command('ledger').description(
    'verify, export and checkpoint the server’s evidence ledger',
  );

  ledger
    .command('verify')
    .description(
      'check every entry’s hash, link and signature; names the first edited, removed, reordered or re-signed entry (exit 1)',
    )
    .option('--org <slug>', 'organisation whose chain to verify in the server’s database')
    .option('--file <file>', 'an exported ledger (trustmap.ledger/v1) instead of the database')
    .option(
      '--public-key <key>',
      'the server’s public key (base64 or PEM, or a file); default: the server’s own key',
    )
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (options: LedgerOptions) => {
      const { server, admin, config } = await serverParts(context, options);
      if (!options.file && !options.org)
        throw new UsageError('say which ledger: --org ORG (database) or --file ledger.json');
      let verdict: import('../../server/index.js').LedgerVerdict;
      if (options.file) {
        if (!options.publicKey)
          throw new UsageError(
            '--file needs --public-key',
            'use the key from the server’s ledger page, not one from the file itself',
          );
        const exported = admin.readLedgerFile(options.file, context.cwd);
        verdict = server.verifyLedger(
          exported.entries,
          admin.publicKeyArgument(options.publicKey, context.cwd),
          exported.checkpoints,
        );
      } else {
        const key = options.publicKey
          ? admin.publicKeyArgument(options.publicKey, context.cwd)
          : (await server.resolveServerKey(config.dataDir, context.env)).key.publicKey;
        const { db } = await server.openDatabase(config);
        try {
          verdict = await admin.verifyStoredLedger(db, options.org ?? '', key);
        } finally {
          await db.close();
        }
      }
      if (verdict.ok) {
        context.stdout(
          `ledger verified: ${verdict.entries} entries${verdict.head ? `, head ${verdict.head.seq} ${verdict.head.hash}` : ''}\n`,
        );
      } else {
        context.stdout(`ledger does NOT verify: ${verdict.problem.message} [${verdict.problem.kind}]\n`);
        context.exitCode = 1;
      }
    });

  ledger
    .command('export')
    .description('write an organisation’s ledger (entries, checkpoints, public key) to a JSON file')
    .requiredOption('--org <slug>', 'organisation slug')
    .requiredOption('--out <file>', 'where to write it')
    .option('--no-records', 'leave the records out: share the chain without its content')
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (options: LedgerOptions) => {
      const { server, admin, config } = await serverParts(context, options);
      const { key } = await server.resolveServerKey(config.dataDir, context.env);
      const { db } = await server.openDatabase(config);
      try {
        const exported = await admin.exportStoredLedger(
          db,
          options.org ?? '',
          key.publicKeyBase64,
          options.records,
        );
        await writeFileAtomic(path.resolve(context.cwd, options.out ?? ''), toJson(exported));
        context.stderr(
          `wrote ${options.out} (${exported.entries.length} entries, ${exported.checkpoints.length} checkpoints)\n`,
        );
      } finally {
        await db.close();
      }
    });

  ledger
    .command('checkpoint')
    .description(
      'sign a checkpoint of the chain head; prints it (give it to a third party to pin the history)',
    )
    .requiredOption('--org <slug>', 'organisation slug')
    .option('--data-dir <dir>', dataDirHelp)
    .action(async (options: LedgerOptions) => {
      const { server, admin, config } = await serverParts(context, options);
      const { key } = await server.resolveServerKey(config.dataDir, context.env);
      const { db } = await server.openDatabase(config);
      try {
        const checkpoint = await admin.checkpointStoredLedger(db, options.org ?? '', key, new Date());
        if (!checkpoint) throw new UsageError(`the ledger of ${options.org} is empty`);
        context.stdout(toJson(checkpoint));
      } finally {
        await db.close();
      }
    });
  return ledger;
}
