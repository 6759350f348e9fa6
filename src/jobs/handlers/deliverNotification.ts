import { schemaName } from '../db.js';
import type { JobHandler } from '../types.js';
import type { HandlerDeps } from './deps.js';

const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * Posts a notice to the organisation's webhook, with the notice key as `Idempotency-Key` (delivery is at least
 * once: a worker may die between the receiver's 200 and our bookkeeping). A delivered notice is not sent again;
 * a non-2xx answer fails the job, which the queue retries with backoff. Without a channel the notice stays on
 * the admin page.
 */
export function deliverNotificationHandler(deps: HandlerDeps): JobHandler<'notify-deliver'> {
  return async (payload, context) => {
    const s = schemaName(deps.schema);
    const { rows } = await deps.db.query(
      `SELECT n.kind, n.body, n.delivered_at, c.webhook_url FROM ${s}.notification n
       LEFT JOIN ${s}.channel c ON c.org_id = n.org_id WHERE n.key = $1 AND n.org_id = $2`,
      [payload.key, payload.orgId],
    );
    const notice = rows[0];
    if (!notice) return { stored: false, detail: 'no such notice' };
    if (notice.delivered_at) return { stored: false, detail: 'already delivered' };
    if (!notice.webhook_url) return { stored: false, detail: 'no channel' };
    const url = new URL(String(notice.webhook_url));
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new Error(`not a webhook URL: ${url.protocol}`);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': payload.key },
      body: JSON.stringify({
        key: payload.key,
        kind: notice.kind,
        organisation: payload.orgId,
        notice: notice.body,
      }),
      signal: AbortSignal.any([context.signal, AbortSignal.timeout(DELIVERY_TIMEOUT_MS)]),
      redirect: 'error',
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    await deps.db.query(`UPDATE ${s}.notification SET delivered_at = now() WHERE key = $1`, [payload.key]);
    return { stored: true, detail: `delivered to ${url.host}` };
  };
}
