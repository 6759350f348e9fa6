import { Option } from 'commander';

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
