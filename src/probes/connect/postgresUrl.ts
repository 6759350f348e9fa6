import type pg from 'pg';
import { ProbeError, UsageError } from '../../errors/index.js';
import { describePostgres, parsePostgresUrl } from './parsePostgresUrl.js';

/** A connected `pg` client for a probe, and what to print about it. */
export interface PostgresConnection {
  client: pg.Client;
  /** The URL without secrets. */
  target: string;
  close: () => Promise<void>;
}

/**
 * Connects with the URL held in environment variable `urlEnv`. The URL itself never appears in messages:
 * errors quote the variable's name and the redacted target only.
 * @throws UsageError when the variable is unset; ProbeError when the server cannot be reached or refuses us
 */
export async function connectFromEnv(
  urlEnv: string,
  env: Record<string, string | undefined>,
): Promise<PostgresConnection> {
  const url = env[urlEnv];
  if (!url) {
    throw new UsageError(
      `environment variable ${urlEnv} is not set`,
      `export ${urlEnv}=postgres://user:password@host:5432/db (the probe never prints it)`,
    );
  }
  const config = parsePostgresUrl(url, urlEnv);
  const target = describePostgres(config);
  // Loaded here, not at the top: every CLI command imports this module, and only probes need a driver.
  const { default: driver } = await import('pg');
  const client = new driver.Client({
    ...config,
    connectionTimeoutMillis: 10_000,
    statement_timeout: 30_000,
    application_name: 'trustmap-probe',
  });
  // A broken connection mid-probe emits 'error'; without a listener Node would crash instead of reporting.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new ProbeError(
      `cannot connect to ${target} (from ${urlEnv}): ${scrub((error as Error).message, url, config.password)}`,
      'check that the server is reachable and the credentials in the variable are right',
    );
  }
  return { client, target, close: () => client.end() };
}

/** Removes the URL and its password from a driver message, in case a driver ever echoes them. */
function scrub(message: string, url: string, password: string | undefined): string {
  const text = message.split(url).join('(url)');
  return password ? text.split(password).join('***') : text;
}
