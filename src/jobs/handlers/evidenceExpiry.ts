import { schemaName } from '../db.js';
import type { JobHandler } from '../types.js';
import type { HandlerDeps } from './deps.js';

interface EvidenceExpiry {
  id: string;
  title: string;
  expires: string;
}

/**
 * Looks at the latest check of each of an organisation's repositories and writes one notice per evidence
 * document that has expired or expires within the notice window (30 days by default), keyed by source,
 * evidence id and expiry date, so a notice is written once however often this runs. Then queues delivery of
 * every notice not yet delivered (including ones a crashed earlier run wrote but did not queue).
 */
export function evidenceExpiryHandler(deps: HandlerDeps): JobHandler<'evidence-expiry'> {
  return async (payload, context) => {
    const s = schemaName(deps.schema);
    const days = deps.expiryNoticeDays ?? 30;
    const horizon = new Date(deps.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const { rows } = await deps.db.query(
      `SELECT DISTINCT ON (r.source_id) r.source_id, src.name, r.summary
       FROM ${s}.result r JOIN ${s}.source src ON src.id = r.source_id
       WHERE r.org_id = $1 AND r.kind = 'check'
       ORDER BY r.source_id, r.collected_at DESC`,
      [payload.orgId],
    );
    let written = 0;
    for (const row of rows) {
      const summary = (typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary) as {
        evidence?: EvidenceExpiry[];
      };
      for (const entry of summary.evidence ?? []) {
        if (entry.expires > horizon) continue;
        const key = `evidence-expiry:${row.source_id}:${entry.id}:${entry.expires}`;
        const body = { source: row.name, evidence: entry.id, title: entry.title, expires: entry.expires };
        const inserted = await deps.db.query(
          `INSERT INTO ${s}.notification (key, org_id, kind, body) VALUES ($1, $2, 'evidence-expiry', $3)
           ON CONFLICT (key) DO NOTHING RETURNING key`,
          [key, payload.orgId, JSON.stringify(body)],
        );
        written += inserted.rows.length;
      }
    }
    const pending = await deps.db.query(
      `SELECT key FROM ${s}.notification WHERE org_id = $1 AND delivered_at IS NULL ORDER BY created_at LIMIT 500`,
      [payload.orgId],
    );
    for (const { key } of pending.rows)
      await deps.enqueue('notify-deliver', { orgId: payload.orgId, key: String(key) });
    context.log('info', 'expiry notices', { written, queued: pending.rows.length });
    return { stored: written > 0, detail: `${written} new notices, ${pending.rows.length} queued` };
  };
}
