import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import path, { join } from 'node:path';
import { generateSigningKey, privateKeyPem, type SigningKey, signingKeyFrom } from '../core/signing.js';
import { UsageError } from '../errors/index.js';
import { ensureDir } from './ensureDir.js';
import { ReadRefused, readUserFile } from './readUserFile.js';
import { writeFileAtomic } from './writeFileAtomic.js';

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
    // The key file is the user's own, outside the project; the reader still bounds it and refuses FIFOs.
    text = readUserFile(path.basename(file), {
      root: path.dirname(file),
      maxBytes: 64 * 1024,
      what: 'key file',
    }).toString('utf8');
  } catch (error) {
    if (error instanceof ReadRefused && error.code === 'missing') return undefined;
    throw new UsageError(
      `cannot read the signing key ${file}: ${(error as Error).message}`,
      'run `trustmap keys create --force`',
    );
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

/** The folder of the git repository holding `start` (a folder with `.git`), if any. */
export function gitRootOf(start: string): string | undefined {
  let current = path.resolve(start);
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** The real path of `file`'s folder as far as it exists, so a symlink cannot hide that it is in a repository. */
function realFolderOf(file: string): string {
  let folder = path.dirname(path.resolve(file));
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(folder), ...rest.reverse());
    } catch {
      const parent = path.dirname(folder);
      if (parent === folder) return folder;
      rest.push(path.basename(folder));
      folder = parent;
    }
  }
}

/**
 * Makes a new Ed25519 signing key and writes it (PKCS#8 PEM, mode 0600) to `file`, which must lie outside every git
 * repository, the current one included: a key committed with the evidence it signs proves nothing.
 * @example const key = await createKeyFile(defaultKeyFile(), { cwd: process.cwd() });
 */
export async function createKeyFile(
  file: string,
  options: { cwd: string; force?: boolean },
): Promise<SigningKey> {
  const folder = realFolderOf(file);
  const repositories = [gitRootOf(options.cwd), gitRootOf(folder)].filter((root): root is string => !!root);
  for (const repository of repositories) {
    const real = realpathSync(repository);
    const inside = path.relative(real, folder);
    if (!inside.startsWith('..') && !path.isAbsolute(inside))
      throw new UsageError(
        `refusing to write a signing key inside the git repository ${repository}`,
        `keep the key outside the project, e.g. the default ${defaultKeyFile({})}, or in a CI secret (TRUSTMAP_SIGNING_KEY)`,
      );
  }
  if (!options.force && existsSync(file))
    throw new UsageError(
      `${file} already exists`,
      'pass --force to replace it (results it signed will no longer verify against a new key)',
    );
  const key = generateSigningKey();
  await ensureDir(path.dirname(file));
  await writeFileAtomic(file, privateKeyPem(key), { mode: 0o600 });
  return key;
}
