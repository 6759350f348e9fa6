import { Command } from 'commander';
import { UsageError } from '../../errors/index.js';
import type { CliContext } from '../context.js';
import { nowFrom, toJson } from '../options.js';

interface PushOptions {
  runId?: string;
  repo?: string;
  commit?: string;
  effectiveDate?: string;
  discover: boolean;
  dryRun?: boolean;
}

/** `trustmap push [dir]`: sends one run of this repository to the Trustmap server (CI). */
export function pushCommand(context: CliContext): Command {
  return new Command('push')
    .description(
      'send this run (map, discovery, checks, probe results, evidence metadata) to the Trustmap server',
    )
    .argument('[path]', 'trustmap.yaml, or the folder that holds it', '.')
    .option(
      '--run-id <id>',
      'idempotency key (default: CI run id, else derived from the commit and the content)',
    )
    .option('--repo <name>', 'repository name (default: GITHUB_REPOSITORY or the folder name)')
    .option('--commit <sha>', 'git commit (default: GITHUB_SHA or git rev-parse HEAD)')
    .option('--effective-date <date>', 'the day this run is evidence for (default: today)')
    .option('--no-discover', 'do not scan the code next to the map')
    .option('--dry-run', 'print the payload instead of sending it')
    .addHelpText(
      'after',
      '\nTRUSTMAP_SERVER (e.g. https://trustmap.example.com) and TRUSTMAP_TOKEN (scope push) come from the environment.',
    )
    .action(async (target: string, options: PushOptions) => {
      const server = context.env.TRUSTMAP_SERVER;
      const token = context.env.TRUSTMAP_TOKEN;
      if (!options.dryRun && (!server || !token))
        throw new UsageError(
          'TRUSTMAP_SERVER and TRUSTMAP_TOKEN must be set',
          'create a token with `trustmap server token create --org ORG --name ci`',
        );
      const { buildPushPayload } = await import('../../server/push/buildPayload.js');
      const payload = await buildPushPayload(target, {
        now: nowFrom(context.env),
        env: context.env,
        discover: options.discover,
        origin: {
          runId: options.runId,
          repo: options.repo,
          commit: options.commit,
          effectiveDate: options.effectiveDate,
        },
      });
      if (options.dryRun || !server || !token) {
        context.stdout(toJson(payload));
        return;
      }
      const { sendPush } = await import('../../server/push/send.js');
      const receipt = await sendPush(server, token, payload);
      context.stdout(
        `${receipt.status === 'stored' ? 'stored' : 'already stored'} run ${receipt.runId} in ${receipt.org} ` +
          `(ledger entries ${receipt.ledger.firstSeq}–${receipt.ledger.lastSeq}, effective ${receipt.effectiveDate})\n`,
      );
    });
}
