import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type SigningKey, signingKeyFrom } from '../core/signing.js';
import { UsageError } from '../errors/index.js';

/** Where `trustmap keys create` puts a key when no path is given: outside every project. */
export function defaultKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.TRUSTMAP_SIGNING_KEY_FILE ??
    join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'trustmap', 'signing-key.pem')
  );
}

/**
 * The signing key from `TRUSTMAP_SIGNING_KEY` (PEM or base64 PKCS#8) or the key file, or undefined when there is
 * none. A key that cannot be read is a usage error naming where it came from.
 */
export function loadSigningKey(env: NodeJS.ProcessEnv = process.env): SigningKey | undefined {
  const inline = env.TRUSTMAP_SIGNING_KEY;
  if (inline) {
    try {
      return signingKeyFrom(inline);
    } catch {
      throw new UsageError(
        'TRUSTMAP_SIGNING_KEY is not an Ed25519 private key',
        'run `trustmap keys create` and use the key it writes',
      );
    }
  }
  const file = defaultKeyFile(env);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return signingKeyFrom(text);
  } catch {
    throw new UsageError(
      `${file} is not an Ed25519 private key`,
      'run `trustmap keys create --force` to make a new one',
    );
  }
}
