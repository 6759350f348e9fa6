import { ProbeError, UsageError } from '../../errors/index.js';
import type { RequestTemplate } from './config.js';
import { fillTemplate } from './template.js';

export interface SendSettings {
  baseUrl: string;
  /** Printable base URL (no credentials). */
  target: string;
  timeoutMs: number;
  retries: number;
  /** Values that must never appear in an error message (tokens). */
  secrets: string[];
}

export interface Reply {
  status: number;
  json: unknown;
}

const RETRY_STATUS = new Set([429, 502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/** Errors that mean the request never left this machine, so even a POST may be sent again. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The request URL, or a usage error naming the definition's field: never a crash on a bad URL. */
function requestUrl(settings: SendSettings, path: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(path, settings.baseUrl);
  } catch {
    throw new UsageError(
      `${what}: the request path ${JSON.stringify(path.slice(0, 200))} with baseUrl ${settings.target} is not a valid URL`,
      'baseUrl must be an absolute http(s) URL and paths must start with /',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(
      `${what}: ${url.protocol} URLs are not probed`,
      'use an http:// or https:// baseUrl',
    );
  if (url.username || url.password)
    throw new UsageError(
      `${what}: the URL carries credentials`,
      'pass tokens in headers from environment variables',
    );
  if (new URL(settings.baseUrl).origin !== url.origin)
    throw new UsageError(
      `${what}: the request path leaves baseUrl's origin (${url.origin})`,
      'use a path relative to baseUrl, starting with /',
    );
  return url;
}
const MAX_REPLY_BYTES = 5 * 1024 * 1024;

/** Reads a reply body up to a limit, so a hostile or broken endpoint cannot exhaust memory. */
async function readCapped(response: Response, what: string, target: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_REPLY_BYTES) {
      await reader.cancel();
      throw new ProbeError(
        `${what}: ${target} answered with more than 5 MB`,
        'check the path of the request',
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function scrub(text: string, secrets: string[]): string {
  let clean = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  for (const secret of secrets) if (secret) clean = clean.split(secret).join('***');
  return clean;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one templated request with a timeout per attempt and bounded retries on network errors and 429/5xx.
 * @throws ProbeError when the endpoint is unreachable, times out, or answers with something unexpected
 */
export async function send(
  settings: SendSettings,
  template: RequestTemplate,
  vars: Record<string, string>,
  what: string,
): Promise<Reply> {
  const url = requestUrl(settings, String(fillTemplate(template.path, vars, true)), what);
  // A retried POST may be stored twice (and leave a canary behind): a non-idempotent request is retried only
  // when it never reached the server (connection refused, name not found), never after an answer or a timeout.
  const idempotent = IDEMPOTENT.has(template.method.toUpperCase());
  const retries = settings.retries;
  let attempts = 0;
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...((fillTemplate(template.headers ?? { authorization: 'Bearer {{token}}' }, vars) as Record<
      string,
      string
    >) ?? {}),
  };
  const body = template.body === undefined ? undefined : JSON.stringify(fillTemplate(template.body, vars));
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  let lastProblem = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    attempts = attempt + 1;
    if (attempt > 0) await pause(200 * attempt);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
    try {
      const response = await fetch(url, {
        method: template.method,
        headers,
        body,
        signal: controller.signal,
        // Redirects are never followed: a tenant token or a canary document must not reach another origin,
        // and the evidence must name the endpoint that really answered.
        redirect: 'manual',
      });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location') ?? '';
        let where = '(no Location)';
        try {
          const next = new URL(location, url);
          where =
            next.origin === url.origin ? `${next.origin}${next.pathname}` : `another origin, ${next.origin}`;
        } catch {
          where = '(an unparsable Location)';
        }
        throw new ProbeError(
          `${what}: ${settings.target} redirected (${response.status}) to ${where}; the probe does not follow redirects, so tokens and canaries stay with the endpoint you named`,
          'point baseUrl and the request paths at the final address',
        );
      }
      const text = await readCapped(response, what, settings.target);
      if (RETRY_STATUS.has(response.status) || response.status >= 500) {
        lastProblem = `answered ${response.status}`;
        if (!idempotent) {
          lastProblem += ` (a ${template.method.toUpperCase()} is not retried: it may have been stored)`;
          break;
        }
        continue;
      }
      if (!response.ok) {
        throw new ProbeError(
          `${what}: ${settings.target} answered ${response.status}: ${scrub(text, settings.secrets)}`,
          response.status === 401 || response.status === 403
            ? 'check the tenant tokens in the environment variables the probe definition names'
            : 'check the request templates (method, path, body) against the API',
        );
      }
      try {
        return { status: response.status, json: text === '' ? null : JSON.parse(text) };
      } catch {
        throw new ProbeError(
          `${what}: ${settings.target} answered with something that is not JSON: ${scrub(text, settings.secrets)}`,
          'the probe reads JSON answers; check the path of the request',
        );
      }
    } catch (error) {
      if (error instanceof ProbeError) throw error;
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      lastProblem = controller.signal.aborted
        ? `no answer within ${settings.timeoutMs} ms`
        : `unreachable (${cause ?? (error as Error).message})`;
      const refusedLocally = (error as { cause?: { message?: string } }).cause?.message === 'bad port';
      if (!idempotent && !NEVER_SENT.has(cause ?? '') && !refusedLocally) break;
    } finally {
      clearTimeout(timer);
    }
  }
  throw new ProbeError(
    `${what}: ${settings.target} ${lastProblem} after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
    'check that the service is running and that baseUrl is right',
  );
}
