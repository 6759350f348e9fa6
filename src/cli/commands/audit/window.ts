import path from 'node:path';
import { UsageError } from '../../../errors/index.js';
import { readUserText } from '../../../io/index.js';

/** The audit window from `--from` and `--to` (inclusive dates). */
export function windowFrom(options: { from?: string; to?: string }): { start: string; end: string } {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!options.from || !options.to || !day.test(options.from) || !day.test(options.to))
    throw new UsageError(
      'the audit window needs --from and --to as YYYY-MM-DD',
      'e.g. --from 2026-09-01 --to 2026-11-29',
    );
  if (
    Number.isNaN(Date.parse(options.from)) ||
    Number.isNaN(Date.parse(options.to)) ||
    options.from > options.to
  )
    throw new UsageError(
      `${options.from} to ${options.to} is not a window`,
      '--from must be a real date on or before --to',
    );
  return { start: options.from, end: options.to };
}

/** A public key given inline (base64 or PEM) or as a file holding one. */
export function publicKeyText(value: string, cwd: string): string {
  if (/^[A-Za-z0-9+/]{43}=$/.test(value.trim()) || value.includes('-----BEGIN')) return value;
  try {
    const file = path.resolve(cwd, value);
    return readUserText(path.basename(file), {
      root: path.dirname(file),
      maxBytes: 64 * 1024,
      what: 'public key file',
    });
  } catch {
    throw new UsageError(
      `--public-key ${value} is neither a base64 key nor a readable file`,
      'pass the base64 public key',
    );
  }
}
