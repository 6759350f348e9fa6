import { z } from '@hono/zod-openapi';
import { isCalendarDate } from '../../core/dates.js';

/**
 * What `trustmap push` sends: one run of one repository. Bounded everywhere (lengths, counts) so a hostile or
 * broken client cannot make the server hold unbounded data; the request body is capped as well.
 */
const Text = (max = 2000) => z.string().max(max);
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD')
  .refine(isCalendarDate, 'a day that exists');
const IsoTime = z.string().datetime({ offset: true });

export const SourceRefSchema = z.record(z.string(), z.unknown());

export const PushResultSchema = z.object({
  checkId: Text(200),
  controls: z.array(Text(100)).max(50),
  status: z.enum(['pass', 'fail', 'not-applicable', 'needs-evidence']),
  severity: z.enum(['critical', 'high', 'medium', 'low', 'info']),
  subject: z.object({ kind: Text(50), id: Text(500) }),
  message: Text(4000),
  sources: z.array(SourceRefSchema).max(50),
  remediation: Text(4000).optional(),
});

export const PushProbeSchema = z
  .object({
    format: z.literal('trustmap.probe/v1'),
    kind: z.enum(['postgres', 'http']),
    component: Text(200).optional(),
    target: Text(500),
    startedAt: IsoTime,
    finishedAt: IsoTime,
    verdict: z.enum(['pass', 'fail', 'error']),
    steps: z.array(z.record(z.string(), z.unknown())).max(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Where the result was read from (relative to the map). */
    file: Text(500).optional(),
    /** Who signed it, when the client verified an Ed25519 signature against the map's trusted keys. */
    signedBy: Text(100).optional(),
  })
  .passthrough();

export const PushPayloadSchema = z
  .object({
    format: z.literal('trustmap.push/v1'),
    runId: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only'),
    repo: Text(200).min(1),
    commit: z
      .string()
      .regex(/^[0-9a-f]{7,64}$/)
      .optional(),
    branch: Text(250).optional(),
    collectedAt: IsoTime,
    effectiveDate: IsoDate.optional(),
    trustmapVersion: Text(50),
    map: z.object({
      organization: Text(300),
      files: z.array(Text(500)).max(500),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      snapshot: z.record(z.string(), z.unknown()),
    }),
    discovery: z
      .object({
        findings: z.number().int().min(0),
        drift: z
          .array(
            z.object({
              severity: Text(20),
              kind: Text(100),
              provider: Text(200),
              message: Text(4000),
              pointer: Text(500).optional(),
            }),
          )
          .max(2000),
      })
      .optional(),
    checkRun: z.object({
      generatedAt: IsoTime,
      results: z.array(PushResultSchema).max(20000),
      checks: z
        .array(
          z.object({
            id: Text(200),
            title: Text(500),
            controls: z.array(Text(100)).max(50),
            severity: Text(20),
          }),
        )
        .max(1000),
    }),
    probes: z.array(PushProbeSchema).max(200),
    evidence: z
      .array(
        z.object({
          id: Text(200),
          title: Text(500),
          collected: IsoDate.optional(),
          expires: IsoDate.optional(),
          sha256: z
            .string()
            .regex(/^[0-9a-f]{64}$/)
            .optional(),
          exists: z.boolean().optional(),
        }),
      )
      .max(5000),
    subprocessors: z
      .array(
        z.object({
          id: Text(200),
          vendor: Text(300),
          service: Text(300),
          ai: z.boolean().optional(),
          training: Text(50).optional(),
          retention: Text(50).optional(),
          dataClasses: z.array(Text(200)).max(200),
        }),
      )
      .max(1000),
  })
  .openapi('PushPayload');

export type PushPayload = z.infer<typeof PushPayloadSchema>;

/** The server's answer to a push. */
export const PushReceiptSchema = z
  .object({
    runId: z.string(),
    status: z.enum(['stored', 'duplicate']),
    ledger: z.object({ firstSeq: z.number(), lastSeq: z.number(), head: z.string() }),
    effectiveDate: z.string(),
  })
  .openapi('PushReceipt');

export type PushReceipt = z.infer<typeof PushReceiptSchema>;
