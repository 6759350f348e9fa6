import type { LogFields, Logger } from './types.js';

/**
 * Structured logs: one JSON object a line, with a timestamp, level, message and fields such as `jobId` and
 * `orgId`, ready for any log shipper.
 * @example const log = jsonLogger((line) => process.stdout.write(line)); log('info', 'started', { jobId });
 */
export function jsonLogger(
  write: (line: string) => void,
  base: LogFields = {},
  now = () => new Date(),
): Logger {
  return (level, message, fields = {}) => {
    write(`${JSON.stringify({ time: now().toISOString(), level, msg: message, ...base, ...fields })}\n`);
  };
}

/** A logger with more fields on every line. */
export function withFields(log: Logger, fields: LogFields): Logger {
  return (level, message, more = {}) => log(level, message, { ...fields, ...more });
}

/** Discards everything (tests, embedded use). */
export const silentLogger: Logger = () => undefined;
