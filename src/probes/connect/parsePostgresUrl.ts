import { UsageError } from '../../errors/index.js';

/** What `pg.Client` needs, built field by field (never by pasting a password into a URL). */
export interface PostgresConfig {
  user?: string;
  password?: string;
  host?: string;
  port?: number;
  database?: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
  /** Server options, e.g. `-c search_path=app` (libpq's `options` parameter). */
  options?: string;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // A password such as `50%off` is not percent-encoding: take it as written.
    return part;
  }
}

/**
 * Parses a `postgres://` URL the way people write them, including passwords with `#`, `@`, `/`, `?` or `%` that
 * were never percent-encoded: the user info runs to the last `@`, so the host is never guessed from the password.
 * Every malformed URL is a `UsageError` naming the variable, never the URL (it holds a password).
 * @example parsePostgresUrl('postgres://app:p#ss@db:5432/acme?sslmode=require', 'DATABASE_URL')
 */
export function parsePostgresUrl(url: string, from: string): PostgresConfig {
  const bad = (why: string) =>
    new UsageError(
      `${from} is not a usable PostgreSQL URL: ${why}`,
      `write it as postgres://user:password@host:5432/database (the probe never prints it)`,
    );
  const scheme = /^(postgres|postgresql):\/\//i.exec(url.trim());
  if (!scheme) throw bad('it must start with postgres:// or postgresql://');
  const rest = url.trim().slice(scheme[0].length);
  const at = rest.lastIndexOf('@');
  const userInfo = at >= 0 ? rest.slice(0, at) : '';
  const afterUser = at >= 0 ? rest.slice(at + 1) : rest;
  const pathStart = afterUser.search(/[/?]/);
  const hostPart = pathStart >= 0 ? afterUser.slice(0, pathStart) : afterUser;
  const tail = pathStart >= 0 ? afterUser.slice(pathStart) : '';
  const queryStart = tail.indexOf('?');
  const pathPart = queryStart >= 0 ? tail.slice(0, queryStart) : tail;
  const query = new URLSearchParams(queryStart >= 0 ? tail.slice(queryStart + 1) : '');
  const config: PostgresConfig = {};
  if (userInfo) {
    const colon = userInfo.indexOf(':');
    config.user = decode(colon >= 0 ? userInfo.slice(0, colon) : userInfo);
    if (colon >= 0) config.password = decode(userInfo.slice(colon + 1));
  }
  const hostMatch = /^(\[[0-9a-f:.]+\]|[^:[\]]*)(?::(.*))?$/i.exec(hostPart);
  if (!hostMatch) throw bad('the host is malformed');
  const host = hostMatch[1]!.replace(/^\[|\]$/g, '');
  if (host) config.host = decode(host);
  if (hostMatch[2] !== undefined) {
    const port = Number(hostMatch[2]);
    if (!/^\d{1,5}$/.test(hostMatch[2]) || port < 1 || port > 65535)
      throw bad('the port is not a number from 1 to 65535');
    config.port = port;
  }
  const database = decode(pathPart.replace(/^\//, ''));
  if (database) config.database = database;
  const socket = query.get('host');
  if (socket) config.host = socket;
  const options = query.get('options');
  if (options) config.options = options;
  const sslmode = query.get('sslmode');
  if (sslmode) {
    if (sslmode === 'disable') config.ssl = false;
    else if (sslmode === 'verify-full' || sslmode === 'verify-ca') config.ssl = { rejectUnauthorized: true };
    else if (['require', 'prefer', 'allow', 'no-verify'].includes(sslmode))
      config.ssl = { rejectUnauthorized: false };
    else
      throw bad(`sslmode=${sslmode} is not one of disable, allow, prefer, require, verify-ca, verify-full`);
  }
  if (!config.host) throw bad('it names no host');
  return config;
}

/** The config as text fit for output and evidence: no password, no query. */
export function describePostgres(config: PostgresConfig): string {
  const host = config.host?.includes(':') ? `[${config.host}]` : config.host;
  return `postgres://${config.user ? `${config.user}@` : ''}${host ?? ''}${config.port ? `:${config.port}` : ''}${config.database ? `/${config.database}` : ''}`;
}
