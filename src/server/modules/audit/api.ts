import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import {
  buildAuditPackage,
  drawSample,
  POPULATION_KINDS,
  type PopulationKind,
  parseRequestList,
  population,
  populationCsv,
} from '../../../audit/index.js';
import { sha256Of } from '../../../core/canonicalJson.js';
import { InputError } from '../../../errors/index.js';
import { isUuid } from '../../db/database.js';
import { readEntries } from '../../db/ledgerStore.js';
import {
  ADMIN_ROLES,
  type AppEnv,
  READ_ROLES,
  type Role,
  type ServerApp,
  type ServerDeps,
  WRITE_ROLES,
} from '../../types.js';
import { modelAtWindowEnd } from './model.js';
import {
  ImportRequests,
  NewAudit,
  NewAuditor,
  NewComment,
  NewItem,
  NewRequest,
  NewSample,
  NewState,
  NewStatus,
} from './schemas.js';
import { auditRecords, caller, listAudits, listRequests, withAudit } from './store.js';

/** Company writers and the audit's auditors: requests, comments and samples are the auditor's to make. */
export const AUDIT_WRITERS: readonly Role[] = [...WRITE_ROLES, 'auditor'];

const notFound = (c: Context<AppEnv>) => c.json({ error: 'not found' }, 404);
const today = (deps: ServerDeps) => deps.clock().toISOString().slice(0, 10);
const windowOf = (audit: { periodStart: string; periodEnd: string }) => ({
  start: audit.periodStart,
  end: audit.periodEnd,
});

async function body<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.infer<T> | Response> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    return c.json({ error: 'invalid request', issues: [{ path: '', message: 'the body is not JSON' }] }, 400);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    return c.json(
      {
        error: 'invalid request',
        issues: parsed.error.issues
          .slice(0, 20)
          .map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      },
      400,
    );
  return parsed.data;
}

/** The organisation's ledger as audit records, restricted by the audit's window where the caller asks for it. */
async function populationOf(deps: ServerDeps, c: Context<AppEnv>, id: string, kind: PopulationKind) {
  return withAudit(c, deps, id, async (tx, audit) =>
    population(await auditRecords(tx, c.var.org.id), windowOf(audit), kind),
  );
}

/** Answers 404 (JSON or page) unless the caller may see the audit in the path. */
export function visibleAudit(deps: ServerDeps, kind: 'api' | 'page' = 'api'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (await withAudit(c, deps, c.req.param('id') ?? '', async () => true)) return next();
    return kind === 'api' ? notFound(c) : c.text('Not found', 404);
  };
}

/** The JSON API of audits: `/api/orgs/:org/audits/…`. */
export function auditApi(app: ServerApp, deps: ServerDeps): void {
  const base = '/api/orgs/:org/audits';
  const read = deps.auth.org();
  const admin = deps.auth.org({ roles: ADMIN_ROLES });
  const writers = deps.auth.org({ roles: AUDIT_WRITERS });
  const company = deps.auth.org({ roles: WRITE_ROLES });
  const upload = bodyLimit({
    maxSize: 15 * 1024 * 1024,
    onError: (c) => c.json({ error: 'the body is over 15 MB' }, 413),
  });

  // Before any route of one audit, whatever the method: an audit the caller may not see is a 404, so neither a
  // body error (400) nor a role refusal (403) tells anything about it. Each route still checks its own roles.
  const member = deps.auth.org({ roles: READ_ROLES, scope: 'read' });
  app.use(`${base}/:id`, member, visibleAudit(deps));
  app.use(`${base}/:id/*`, member, visibleAudit(deps));

  app.get(base, read, async (c) => {
    const { userId } = caller(c);
    return c.json(await deps.db.withOrg(c.var.org.id, (tx) => listAudits(tx, c.var.org.role, userId)));
  });

  app.post(base, admin, async (c) => {
    const input = await body(c, NewAudit);
    if (input instanceof Response) return input;
    const id = randomUUID();
    await deps.db.withOrg(c.var.org.id, (tx) =>
      tx.query(
        `INSERT INTO audits (id, org_id, title, framework, kind, categories, period_start, period_end, firm, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)`,
        [
          id,
          c.var.org.id,
          input.title,
          input.framework,
          input.kind,
          JSON.stringify(input.categories),
          input.periodStart,
          input.periodEnd,
          input.firm ?? null,
          deps.clock().toISOString(),
        ],
      ),
    );
    return c.json({ id }, 201);
  });

  app.get(`${base}/:id`, read, async (c) => {
    const audit = await withAudit(c, deps, c.req.param('id'), async (_tx, found) => found);
    return audit ? c.json(audit) : notFound(c);
  });

  app.post(`${base}/:id/state`, admin, async (c) => {
    const input = await body(c, NewState);
    if (input instanceof Response) return input;
    const done = await withAudit(c, deps, c.req.param('id'), (tx, audit) =>
      tx.query('UPDATE audits SET state = $2 WHERE id = $1', [audit.id, input.state]).then(() => true),
    );
    return done ? c.json({ state: input.state }) : notFound(c);
  });

  app.post(`${base}/:id/auditors`, admin, async (c) => {
    const input = await body(c, NewAuditor);
    if (input instanceof Response) return input;
    const result = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      // Only a member with the auditor role can be invited: that role is read-only everywhere else.
      const { rows } = await tx.query<{ user_id: string; role: string }>(
        'SELECT user_id, role FROM trustmap_org_members() WHERE email = $1',
        [input.email.trim().toLowerCase()],
      );
      const member = rows[0];
      if (member?.role !== 'auditor' || !member) return 'not-auditor' as const;
      await tx.query(
        `INSERT INTO audit_auditors (audit_id, org_id, user_id, email) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [audit.id, c.var.org.id, member.user_id, input.email.trim().toLowerCase()],
      );
      return 'invited' as const;
    });
    if (!result) return notFound(c);
    if (result === 'not-auditor')
      return c.json(
        {
          error:
            'invite a member of this organisation with the auditor role (trustmap server user create --role auditor)',
        },
        409,
      );
    return c.json({ invited: input.email }, 201);
  });

  app.get(`${base}/:id/requests`, read, async (c) => {
    const requests = await withAudit(c, deps, c.req.param('id'), (tx, audit) =>
      listRequests(tx, audit.id, today(deps)),
    );
    return requests ? c.json(requests) : notFound(c);
  });

  const insertRequest = (
    tx: Parameters<Parameters<typeof withAudit>[3]>[0],
    auditId: string,
    orgId: string,
    who: string,
    request: z.infer<typeof NewRequest>,
  ) => {
    const now = deps.clock().toISOString();
    return tx.query(
      `INSERT INTO audit_requests (id, org_id, audit_id, ref, title, criteria, due, details, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $10)`,
      [
        randomUUID(),
        orgId,
        auditId,
        request.ref,
        request.title,
        JSON.stringify(request.criteria),
        request.due ?? null,
        request.details ?? null,
        who,
        now,
      ],
    );
  };

  app.post(`${base}/:id/requests`, writers, async (c) => {
    const input = await body(c, NewRequest);
    if (input instanceof Response) return input;
    const { who } = caller(c);
    const done = await withAudit(c, deps, c.req.param('id'), (tx, audit) =>
      insertRequest(tx, audit.id, c.var.org.id, who, input).then(() => true),
    );
    return done ? c.json({ created: 1 }, 201) : notFound(c);
  });

  app.post(`${base}/:id/requests/import`, writers, upload, async (c) => {
    const input = await body(c, ImportRequests);
    if (input instanceof Response) return input;
    let parsed: Awaited<ReturnType<typeof parseRequestList>>;
    try {
      parsed = await parseRequestList(Buffer.from(input.contentBase64, 'base64'), input.fileName);
    } catch (error) {
      if (error instanceof InputError)
        return c.json({ error: 'invalid request list', issues: error.problems.slice(0, 20) }, 400);
      throw error;
    }
    const { who } = caller(c);
    const done = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      for (const request of parsed)
        await insertRequest(tx, audit.id, c.var.org.id, who, {
          ref: request.ref.slice(0, 50),
          title: request.title.slice(0, 2000),
          criteria: request.criteria.filter((id) => /^[A-Za-z0-9.]{1,20}$/.test(id)),
          ...(request.due ? { due: request.due } : {}),
          ...(request.details ? { details: request.details.slice(0, 4000) } : {}),
        });
      return true;
    });
    return done ? c.json({ created: parsed.length }, 201) : notFound(c);
  });

  app.get(`${base}/:id/requests/:rid`, read, async (c) => {
    const rid = c.req.param('rid');
    const found = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      if (!isUuid(rid)) return undefined;
      const request = (await listRequests(tx, audit.id, today(deps))).find((entry) => entry.id === rid);
      if (!request) return undefined;
      const items = await tx.query(
        `SELECT id, kind::text AS kind, ledger_seq AS "ledgerSeq", evidence_id AS "evidenceId", file_name AS "fileName",
           file_sha256 AS "fileSha256", added_by AS "addedBy", created_at::text AS "createdAt"
         FROM audit_request_items WHERE request_id = $1 ORDER BY created_at, id`,
        [rid],
      );
      const comments = await tx.query(
        `SELECT id, author, body, created_at::text AS "createdAt" FROM audit_comments WHERE request_id = $1 ORDER BY created_at, id`,
        [rid],
      );
      return { ...request, items: items.rows, comments: comments.rows };
    });
    return found ? c.json(found) : notFound(c);
  });

  app.post(`${base}/:id/requests/:rid/status`, writers, async (c) => {
    const input = await body(c, NewStatus);
    if (input instanceof Response) return input;
    // The company says it has provided; the auditor accepts, flags or reopens. Neither sets the other's status.
    const auditor = c.var.org.role === 'auditor';
    if (auditor === (input.status === 'provided'))
      return c.json(
        { error: `${auditor ? 'the company' : 'the auditor'} sets a request to ${input.status}` },
        403,
      );
    const rid = c.req.param('rid');
    const done = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      if (!isUuid(rid)) return false;
      const result = await tx.query<{ id: string }>(
        'UPDATE audit_requests SET status = $3, updated_at = $4 WHERE id = $1 AND audit_id = $2 RETURNING id',
        [rid, audit.id, input.status, deps.clock().toISOString()],
      );
      return result.rows.length > 0;
    });
    return done ? c.json({ status: input.status }) : notFound(c);
  });

  app.post(`${base}/:id/requests/:rid/comments`, writers, async (c) => {
    const input = await body(c, NewComment);
    if (input instanceof Response) return input;
    const rid = c.req.param('rid');
    const { who } = caller(c);
    const done = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      if (!isUuid(rid)) return false;
      const owned = await tx.query('SELECT 1 FROM audit_requests WHERE id = $1 AND audit_id = $2', [
        rid,
        audit.id,
      ]);
      if (owned.rows.length === 0) return false;
      await tx.query(
        'INSERT INTO audit_comments (id, org_id, request_id, author, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [randomUUID(), c.var.org.id, rid, who, input.body, deps.clock().toISOString()],
      );
      return true;
    });
    return done ? c.json({ created: 1 }, 201) : notFound(c);
  });

  app.post(`${base}/:id/requests/:rid/items`, company, upload, async (c) => {
    const input = await body(c, NewItem);
    if (input instanceof Response) return input;
    const rid = c.req.param('rid');
    const { who } = caller(c);
    const result = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      if (!isUuid(rid)) return undefined;
      const owned = await tx.query('SELECT 1 FROM audit_requests WHERE id = $1 AND audit_id = $2', [
        rid,
        audit.id,
      ]);
      if (owned.rows.length === 0) return undefined;
      const id = randomUUID();
      const now = deps.clock().toISOString();
      if (input.kind === 'ledger') {
        const entry = await tx.query('SELECT 1 FROM ledger_entries WHERE org_id = $1 AND seq = $2', [
          c.var.org.id,
          input.seq,
        ]);
        if (entry.rows.length === 0) return 'missing' as const;
      }
      let sha256: string | null = null;
      let bytes: Buffer | null = null;
      if (input.kind === 'upload') {
        bytes = Buffer.from(input.contentBase64, 'base64');
        sha256 = (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
        // An upload is evidence: it joins the ledger, so the package can cite it and nobody can swap it later.
        await deps.ledger.append(tx, c.var.org.id, {
          type: 'audit.upload',
          id,
          collectedAt: now,
          effectiveDate: now.slice(0, 10),
          content: {
            auditId: audit.id,
            requestId: rid,
            fileName: input.fileName,
            sha256,
            bytes: bytes.length,
          },
        });
      }
      await tx.query(
        `INSERT INTO audit_request_items (id, org_id, request_id, kind, ledger_seq, evidence_id, file_name, file_sha256, file_bytes, added_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          c.var.org.id,
          rid,
          input.kind,
          input.kind === 'ledger' ? input.seq : null,
          input.kind === 'evidence' ? input.evidenceId : null,
          input.kind === 'upload' ? input.fileName : null,
          sha256,
          bytes,
          who,
          now,
        ],
      );
      return id;
    });
    if (result === 'missing') return c.json({ error: 'no such ledger entry' }, 404);
    return result ? c.json({ id: result }, 201) : notFound(c);
  });

  app.get(`${base}/:id/requests/:rid/items/:item/file`, read, async (c) => {
    const { rid, item } = c.req.param();
    const file = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      if (!isUuid(rid) || !isUuid(item)) return undefined;
      const { rows } = await tx.query<{ file_name: string; file_bytes: Uint8Array }>(
        `SELECT i.file_name, i.file_bytes FROM audit_request_items i JOIN audit_requests r ON r.id = i.request_id
         WHERE i.id = $1 AND i.request_id = $2 AND r.audit_id = $3 AND i.kind = 'upload'`,
        [item, rid, audit.id],
      );
      return rows[0];
    });
    if (!file) return notFound(c);
    return new Response(new Uint8Array(file.file_bytes), {
      headers: {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename="${file.file_name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      },
    });
  });

  app.get(`${base}/:id/populations`, read, async (c) => {
    const counts = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      const records = await auditRecords(tx, c.var.org.id);
      return POPULATION_KINDS.map((kind) => {
        const entry = population(records, windowOf(audit), kind);
        return { kind, title: entry.title, size: entry.items.length };
      });
    });
    return counts ? c.json(counts) : notFound(c);
  });

  app.get(`${base}/:id/populations/:kind`, read, async (c) => {
    const raw = c.req.param('kind');
    const csv = raw.endsWith('.csv');
    const kind = raw.replace(/\.csv$/, '');
    if (!(POPULATION_KINDS as readonly string[]).includes(kind)) return notFound(c);
    const found = await populationOf(deps, c, c.req.param('id'), kind as PopulationKind);
    if (!found) return notFound(c);
    if (!csv) return c.json(found);
    return c.body(populationCsv(found), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${kind}.csv"`,
    });
  });

  app.get(`${base}/:id/samples`, read, async (c) => {
    const samples = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      const { rows } = await tx.query(
        `SELECT id, population, sample, drawn_by AS "drawnBy", created_at::text AS "createdAt"
         FROM audit_samples WHERE audit_id = $1 ORDER BY created_at, id`,
        [audit.id],
      );
      return rows;
    });
    return samples ? c.json(samples) : notFound(c);
  });

  app.post(`${base}/:id/samples`, writers, async (c) => {
    const input = await body(c, NewSample);
    if (input instanceof Response) return input;
    const drawn = await drawAndStore(c, deps, c.req.param('id'), input);
    return drawn ? c.json(drawn, 201) : notFound(c);
  });

  app.get(`${base}/:id/evidence/:seq`, read, async (c) => {
    const entry = await evidenceEntry(c, deps, c.req.param('id'), c.req.param('seq'));
    return entry ? c.json(entry) : notFound(c);
  });

  app.get(`${base}/:id/package`, read, async (c) => {
    const built = await withAudit(c, deps, c.req.param('id'), async (tx, audit) => {
      const records = await auditRecords(tx, c.var.org.id);
      const model = modelAtWindowEnd(records, windowOf(audit));
      if (!model) return 'no-map' as const;
      const { rows } = await tx.query<{
        sample: Parameters<typeof buildAuditPackage>[0]['samples'] extends readonly (infer S)[] | undefined
          ? S
          : never;
      }>('SELECT sample FROM audit_samples WHERE audit_id = $1 ORDER BY created_at, id', [audit.id]);
      return buildAuditPackage({
        model,
        records,
        window: windowOf(audit),
        framework: audit.framework,
        key: deps.signingKey,
        createdAt: deps.clock().toISOString(),
        samples: rows.map((row) => row.sample),
      });
    });
    if (!built) return notFound(c);
    if (built === 'no-map')
      return c.json({ error: 'no map was pushed on or before the end of the period' }, 409);
    return new Response(Buffer.from(built.bytes), {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="audit-package-${c.var.org.slug}.zip"`,
      },
    });
  });
}

/** Draws a sample from a population of the audit and stores it (and its seed) in the ledger. */
export async function drawAndStore(
  c: Context<AppEnv>,
  deps: ServerDeps,
  auditId: string,
  input: z.infer<typeof NewSample>,
) {
  const { who } = caller(c);
  return withAudit(c, deps, auditId, async (tx, audit) => {
    const records = await auditRecords(tx, c.var.org.id);
    const sample = drawSample(population(records, windowOf(audit), input.population), input);
    const id = randomUUID();
    const now = deps.clock().toISOString();
    await tx.query(
      `INSERT INTO audit_samples (id, org_id, audit_id, population, sample, drawn_by, created_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
      [id, c.var.org.id, audit.id, input.population, JSON.stringify(sample), who, now],
    );
    await deps.ledger.append(tx, c.var.org.id, {
      type: 'audit.sample',
      id,
      collectedAt: now,
      effectiveDate: now.slice(0, 10),
      content: { auditId: audit.id, sampleSha256: sha256Of(sample), sample },
    });
    return { id, ...sample };
  });
}

/** One ledger entry of the audit's window (not the audit's own entries), for the evidence viewer. */
export async function evidenceEntry(c: Context<AppEnv>, deps: ServerDeps, auditId: string, seqText: string) {
  if (!/^\d{1,9}$/.test(seqText)) return undefined;
  return withAudit(c, deps, auditId, async (tx, audit) => {
    const [entry] = await readEntries(
      tx,
      `WHERE org_id = $1 AND seq = $2 AND effective_date BETWEEN $3 AND $4 AND record_type NOT LIKE 'audit.%'`,
      [c.var.org.id, Number(seqText), audit.periodStart, audit.periodEnd],
    );
    return entry as Record<string, unknown> | undefined;
  });
}
