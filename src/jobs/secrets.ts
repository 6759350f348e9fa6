import path from 'node:path';
import { UsageError } from '../errors/index.js';
import { readUserText } from '../io/index.js';

const MAX_SECRETS_BYTES = 1024 * 1024;

/**
 * Reads secrets by name: the process environment first, then a secrets file (JSON object of strings, or
 * `NAME=value` lines) such as a mounted Kubernetes or Docker secret. Sources and job payloads name variables;
 * only this function ever sees the values, and nothing it returns is logged or stored.
 * @example const secret = await secretReader(process.env, process.env.TRUSTMAP_SECRETS_FILE); secret('ACME_DB_URL');
 * @throws UsageError when the file is missing, too large or malformed
 */
export async function secretReader(
  env: Record<string, string | undefined>,
  file?: string,
): Promise<(name: string) => string | undefined> {
  const values = new Map<string, string>();
  if (file) {
    try {
      // The operator's own file, outside any project: bounded and regular-file-only like every user file.
      const absolute = path.resolve(file);
      const text = readUserText(path.basename(absolute), {
        root: path.dirname(absolute),
        maxBytes: MAX_SECRETS_BYTES,
        what: 'secrets file',
      });
      if (text.trimStart().startsWith('{')) {
        for (const [name, value] of Object.entries(JSON.parse(text) as Record<string, unknown>))
          if (typeof value === 'string') values.set(name, value);
      } else
        for (const line of text.split(/\r?\n/)) {
          const match = /^\s*([A-Za-z_][\w]*)\s*=\s*(.*?)\s*$/.exec(line);
          if (match) values.set(match[1]!, match[2]!.replace(/^(['"])(.*)\1$/, '$2'));
        }
    } catch (error) {
      // The message names the file and the reason, never a value.
      throw new UsageError(
        `cannot read the secrets file ${file}: ${(error as Error).message
          .split('\n')[0]!
          .slice(0, 200)
          .replace(/"[^"]*"/g, '…')}`,
      );
    }
  }
  return (name) => env[name] ?? values.get(name);
}
