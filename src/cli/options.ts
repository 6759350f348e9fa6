import { Option } from 'commander';
import { UsageError } from '../errors/index.js';

/** `--format` with the given choices; the first is the default. */
export function formatOption(choices: readonly string[]): Option {
  return new Option('--format <format>', 'output format').choices(choices).default(choices[0]);
}

/** `--fail-on` severity threshold for the exit code. */
export function failOnOption(defaultValue = 'high'): Option {
  return new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
    .choices(['critical', 'high', 'medium', 'low', 'none'])
    .default(defaultValue);
}

/** Writes JSON the same way everywhere: two-space indent and a trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The clock for commands where time matters: `TRUSTMAP_NOW` (an ISO date or timestamp) when set, for
 * reproducible runs in tests and CI; the real time otherwise.
 */
export function nowFrom(env: Record<string, string | undefined>): Date {
  const text = env.TRUSTMAP_NOW;
  if (!text) return new Date();
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) {
    throw new UsageError(
      `TRUSTMAP_NOW is not a date: ${text}`,
      'use an ISO date such as 2026-11-26 or 2026-11-26T12:00:00Z',
    );
  }
  return parsed;
}
