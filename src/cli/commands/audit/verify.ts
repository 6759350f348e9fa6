import path from 'node:path';
import { Command } from 'commander';
import type { CliContext } from '../../context.js';
import { publicKeyText } from './window.js';

/** `trustmap audit verify`: checks every hash of an audit package and the manifest's signature; exit 1 if not. */
export function verifyCommand(context: CliContext): Command {
  return new Command('verify')
    .description(
      'check every file hash and the signature of an audit package (exit 1 names the first bad file)',
    )
    .argument('<package>', 'the audit package (.zip)')
    .option('--public-key <key>', 'the public key the package must be signed by (base64, PEM, or a file)')
    .action(async (file: string, options: { publicKey?: string }) => {
      const { verifyAuditPackage } = await import('../../../audit/index.js');
      const { readUserFile } = await import('../../../io/index.js');
      const absolute = path.resolve(context.cwd, file);
      const bytes = readUserFile(absolute, {
        root: path.dirname(absolute),
        maxBytes: 1024 * 1024 * 1024,
        what: 'audit package',
      });
      const verdict = verifyAuditPackage(bytes, {
        ...(options.publicKey ? { publicKey: publicKeyText(options.publicKey, context.cwd) } : {}),
      });
      if (!verdict.ok) {
        context.stdout(`${context.colors.red('✗')} ${verdict.file}: ${verdict.reason}\n`);
        context.exitCode = 1;
        return;
      }
      context.stdout(
        `${context.colors.green('✓')} ${verdict.checked} files match the manifest; signature by ${verdict.keyId}${
          verdict.trustedKey ? '' : ' (the key the package carries: pass --public-key to check who signed it)'
        }\n`,
      );
    });
}
