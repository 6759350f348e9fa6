import path from 'node:path';
import { Command } from 'commander';
import { UsageError } from '../../errors/index.js';
import { createKeyFile, defaultKeyFile, loadSigningKey } from '../../io/index.js';
import type { CliContext } from '../context.js';
import { formatOption, toJson } from '../options.js';

function printKey(
  context: CliContext,
  key: { keyId: string; publicKeyBase64: string },
  format: string,
  file?: string,
): void {
  if (format === 'json') {
    context.stdout(toJson({ keyId: key.keyId, publicKey: key.publicKeyBase64, ...(file ? { file } : {}) }));
    return;
  }
  if (file)
    context.stdout(`wrote a new signing key to ${file} (keep it secret; it never belongs in a repository)\n`);
  context.stdout(`key id:     ${key.keyId}\npublic key: ${key.publicKeyBase64}\n\n`);
  context.stdout(
    `Trust it in trustmap.yaml:\n\ntrust:\n  keys:\n    - id: ${key.keyId}\n      publicKey: ${key.publicKeyBase64}\n      owner: CI\n`,
  );
}

/** `trustmap keys create|show`: the Ed25519 key that signs probe results. */
export function keysCommand(context: CliContext): Command {
  const keys = new Command('keys').description('the signing key for probe results: create, show');
  const create = new Command('create')
    .description('make a new Ed25519 signing key outside the project and print its public key')
    .option(
      '--out <file>',
      `where to write the private key (default: ${defaultKeyFile({})} or TRUSTMAP_SIGNING_KEY_FILE)`,
    )
    .option('--force', 'replace an existing key file')
    .addOption(formatOption(['text', 'json']))
    .action(async (flags: { out?: string; force?: boolean; format: string }) => {
      const file = flags.out ? path.resolve(context.cwd, flags.out) : defaultKeyFile(context.env);
      const key = await createKeyFile(file, { cwd: context.cwd, force: Boolean(flags.force) });
      printKey(context, key, flags.format, file);
    });
  const show = new Command('show')
    .description('print the public key and key id of the signing key in use')
    .addOption(formatOption(['text', 'json']))
    .action((flags: { format: string }) => {
      const key = loadSigningKey(context.env);
      if (!key)
        throw new UsageError(
          `no signing key: TRUSTMAP_SIGNING_KEY is unset and ${defaultKeyFile(context.env)} does not exist`,
          'run `trustmap keys create`',
        );
      printKey(context, key, flags.format);
    });
  for (const sub of [create, show]) keys.addCommand(sub);
  return keys;
}
