import type { Tx } from '../../db/driver.js';
import type { Mailer } from './mail.js';
import { recordEvent } from './store.js';

/** One change a subscriber hears about. */
export interface Notice {
  topic: 'subprocessors' | 'policies';
  line: string;
}

/**
 * What changed in a pushed run that subscribers care about: the sub-processor changes the push recorded (from
 * the ledger-backed run, so the first push notifies nothing), and listed documents whose content hash differs
 * from the previous run's.
 */
export async function changesOfRun(tx: Tx, runPk: string, listed: ReadonlySet<string>): Promise<Notice[]> {
  const subprocessors = await tx.query<{ change: string; detail: string }>(
    'SELECT change, detail FROM subprocessor_changes WHERE run_pk = $1 ORDER BY subprocessor',
    [runPk],
  );
  const policies = await tx.query<{ evidence_id: string; title: string }>(
    `SELECT cur.evidence_id, cur.title FROM evidence_items cur
       JOIN runs r ON r.id = cur.run_pk
       JOIN LATERAL (SELECT p.sha256 FROM evidence_items p JOIN runs pr ON pr.id = p.run_pk
                     WHERE p.evidence_id = cur.evidence_id AND pr.collected_at < r.collected_at
                     ORDER BY pr.collected_at DESC LIMIT 1) prev ON true
      WHERE cur.run_pk = $1 AND cur.sha256 IS DISTINCT FROM prev.sha256`,
    [runPk],
  );
  return [
    ...subprocessors.rows.map((row) => ({
      topic: 'subprocessors' as const,
      line: `Sub-processor ${row.change}: ${row.detail}`,
    })),
    ...policies.rows
      .filter((row) => listed.has(row.evidence_id))
      .map((row) => ({ topic: 'policies' as const, line: `Updated: ${row.title}` })),
  ];
}

/**
 * Sends each confirmed subscriber the changes of a run they asked about, once per run (a `tc_notices` row
 * marks a run as done, so a second call sends nothing). Returns how many people were written to.
 */
export async function sendNotices(
  tx: Tx,
  input: {
    orgId: string;
    organization: string;
    runPk: string;
    listed: ReadonlySet<string>;
    siteUrl: string;
    now: Date;
    unsubscribeToken: (subscriberId: string) => string;
  },
  mailer: Mailer,
): Promise<number> {
  const done = await tx.query('SELECT 1 FROM tc_notices WHERE run_pk = $1', [input.runPk]);
  if (done.rows.length > 0) return 0;
  const changes = await changesOfRun(tx, input.runPk, input.listed);
  let recipients = 0;
  if (changes.length > 0 && mailer.configured) {
    const { rows } = await tx.query<{ id: string; email: string; topics: string[] }>(
      'SELECT id::text, email, topics FROM tc_subscribers WHERE confirmed_at IS NOT NULL AND removed_at IS NULL ORDER BY created_at LIMIT 10000',
    );
    for (const subscriber of rows) {
      const relevant = changes.filter((change) => subscriber.topics.includes(change.topic));
      if (relevant.length === 0) continue;
      await mailer.send({
        to: subscriber.email,
        subject: `${input.organization} trust center: ${relevant.length} change${relevant.length === 1 ? '' : 's'}`,
        text: `${relevant.map((change) => `- ${change.line}`).join('\n')}\n\nSee ${input.siteUrl}subprocessors.html\n\nTo stop these messages: ${input.siteUrl}unsubscribe?id=${subscriber.id}&token=${input.unsubscribeToken(subscriber.id)}\n`,
      });
      recipients++;
    }
  }
  await tx.query(
    'INSERT INTO tc_notices (org_id, run_pk, sent_at, recipients, changes) VALUES ($1, $2, $3, $4, $5)',
    [input.orgId, input.runPk, input.now.toISOString(), recipients, changes.length],
  );
  if (recipients > 0)
    await recordEvent(tx, input.orgId, input.now, {
      kind: 'notice-sent',
      detail: `${changes.length} change(s) to ${recipients} subscriber(s)`,
    });
  return recipients;
}
