/**
 * A URL fit for output and evidence: scheme, user, host, port and path only. Passwords and query strings
 * (which may carry `password=` or tokens) are dropped.
 * @example redactUrl('postgres://app:s3cret@db:5432/acme?sslmode=require') // 'postgres://app@db:5432/acme'
 */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    const port = url.port ? `:${url.port}` : '';
    const pathname = url.pathname === '/' ? '' : url.pathname;
    return `${url.protocol}//${user}${url.hostname}${port}${pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}
