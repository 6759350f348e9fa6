import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { generateSigningKey, privateKeyPem, type SigningKey, signingKeyFrom } from '../core/signing.js';
import { UsageError } from '../errors/index.js';
import { loadSigningKey } from '../io/index.js';

/** True when `folder` or a parent holds `.git`: a key written there could end up committed. */
export function insideRepository(folder: string): boolean {
  let current = path.resolve(folder);
  for (;;) {
    if (existsSync(path.join(current, '.git'))) return true;
    const parent = path.dirname(current);
    if (parent === current) return false;
    current = parent;
  }
}

/** Where the server keeps a key it generated: the data folder, unless that is inside a repository. */
export function serverKeyFile(dataDir: string, env: Record<string, string | undefined>): string {
  if (!insideRepository(dataDir)) return path.join(dataDir, 'server-key.pem');
  const config = env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config');
  // One key per data folder, named by the folder so two checkouts do not share it by accident.
  const name = path
    .resolve(dataDir)
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(-80);
  return path.join(config, 'trustmap', 'server-keys', `${name}.pem`);
}

/**
 * The server's signing key: `TRUSTMAP_SIGNING_KEY` or the user's key file (`loadSigningKey`), else a key this
 * server generated on first start into its data folder, never inside a repository (then under the user's config
 * folder instead). Written with mode 0600.
 */
export async function resolveServerKey(
  dataDir: string,
  env: Record<string, string | undefined>,
): Promise<{ key: SigningKey; source: string }> {
  const configured = loadSigningKey(env as NodeJS.ProcessEnv);
  if (configured)
    return {
      key: configured,
      source: env.TRUSTMAP_SIGNING_KEY ? 'TRUSTMAP_SIGNING_KEY' : 'the signing key file',
    };
  const file = serverKeyFile(dataDir, env);
  try {
    return { key: signingKeyFrom(await readFile(file, 'utf8')), source: file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new UsageError(
        `${file} is not an Ed25519 private key`,
        'move it away to let the server make a new one',
      );
  }
  const key = generateSigningKey();
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, privateKeyPem(key), { mode: 0o600, flag: 'wx' });
  await chmod(file, 0o600);
  return { key, source: `${file} (new)` };
}
