import { UsageError } from '../../errors/index.js';
import type { PushPayload, PushReceipt } from './schema.js';

/** Times a push turned away as busy (503) is sent again before giving up. */
export const PUSH_RETRIES = 5;

/** The wait a Retry-After header asks for (seconds; 1 s when absent or unreadable), at most 30 s. */
export function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Math.min(30, Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends a payload to `POST <server>/api/orgs/<org>/runs`. The organisation comes from the token (`/api/me`), so
 * CI needs only `TRUSTMAP_SERVER` and `TRUSTMAP_TOKEN`. Unreachable servers and refusals become UsageErrors
 * that say what to check.
 */
export async function sendPush(
  server: string,
  token: string,
  payload: PushPayload,
  options: { timeoutMs?: number; fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> } = {},
): Promise<PushReceipt & { org: string }> {
  const doFetch = options.fetch ?? fetch;
  let base: URL;
  try {
    base = new URL(server);
  } catch {
    throw new UsageError(
      `TRUSTMAP_SERVER is not a URL: ${server.slice(0, 200)}`,
      'e.g. TRUSTMAP_SERVER=https://trustmap.example.com',
    );
  }
  const call = async (pathname: string, init: RequestInit = {}) => {
    try {
      return await doFetch(new URL(pathname, base), {
        ...init,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(init.headers ?? {}),
        },
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new UsageError(
        `cannot reach the Trustmap server at ${base.origin} (${cause}); nothing was stored`,
        'check TRUSTMAP_SERVER and that `trustmap serve` is running there; pushing again later is safe',
      );
    }
  };
  const me = await call('/api/me');
  if (me.status === 401)
    throw new UsageError(
      'the Trustmap server refused the token',
      'check TRUSTMAP_TOKEN (`trustmap server token create`)',
    );
  const identity = (await me.json().catch(() => ({}))) as { kind?: string; org?: string };
  if (identity.kind !== 'token' || !identity.org)
    throw new UsageError(
      `unexpected answer from ${base.origin}/api/me (HTTP ${me.status})`,
      'is TRUSTMAP_SERVER a Trustmap server?',
    );
  const body = JSON.stringify(payload);
  const pushPath = `/api/orgs/${encodeURIComponent(identity.org)}/runs`;
  let response = await call(pushPath, { method: 'POST', body });
  // A busy server turns pushes away with 503 and Retry-After before reading them: waiting and sending the same
  // run again is safe (pushes are idempotent by run id).
  for (let attempt = 1; response.status === 503 && attempt <= PUSH_RETRIES; attempt++) {
    await response.arrayBuffer().catch(() => undefined);
    await (options.sleep ?? sleep)(retryAfterMs(response.headers.get('retry-after')));
    response = await call(pushPath, { method: 'POST', body });
  }
  const answer = (await response.json().catch(() => ({}))) as PushReceipt & {
    error?: string;
    issues?: { path: string; message: string }[];
  };
  if (response.status === 200 || response.status === 201) return { ...answer, org: identity.org };
  const issues = answer.issues?.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('') ?? '';
  const hint =
    response.status === 403
      ? 'the token needs the push scope: `trustmap server token create --scope push`'
      : response.status === 409
        ? 'each run needs its own --run-id'
        : 'nothing was stored; pushing again is safe';
  throw new UsageError(
    `the Trustmap server refused the run (HTTP ${response.status}): ${answer.error ?? 'no reason given'}${issues}`,
    hint,
  );
}
