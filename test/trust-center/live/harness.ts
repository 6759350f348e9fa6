import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { discover } from '../../../src/discover/index.js';
import { assembleModel } from '../../../src/model/index.js';
import { createUser } from '../../../src/server/admin/accounts.js';
import { randomSecret, secretHash } from '../../../src/server/auth/secrets.js';
import {
  type RunningServer,
  resolveServerConfig,
  SERVER_MODULES,
  startServer,
} from '../../../src/server/index.js';
import { createTrustCenterModule } from '../../../src/server/modules/trust-center/index.js';
import { smtpMailer } from '../../../src/server/modules/trust-center/mail.js';
import { payloadFromModel } from '../../../src/server/push/buildPayload.js';
import type { PushPayload } from '../../../src/server/push/schema.js';
import { storeRun } from '../../../src/server/push/store.js';
import { ROOT } from '../../helpers/runCli.js';

/** A message the local SMTP server received. */
export interface Received {
  to: string;
  subject: string;
  text: string;
}

/** An SMTP server on 127.0.0.1 that keeps what it receives (loopback only; nothing leaves the machine). */
export async function localSmtp(): Promise<{ url: string; inbox: Received[]; close: () => Promise<void> }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const [head = '', ...body] = raw.split(/\r?\n\r?\n/);
        const subject = /^Subject: (.*)$/m.exec(head)?.[1] ?? '';
        // nodemailer writes plain text as quoted-printable when lines are long; undo soft breaks and =XX.
        const text = body
          .join('\n\n')
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
        inbox.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','), subject, text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A running server with the trust-center module on PGlite, an owner with a session, and a pinned clock. */
export interface Live {
  server: RunningServer;
  url: string;
  orgId: string;
  /** Cookie and CSRF token of the signed-in owner. */
  owner: { cookie: string; csrf: string };
  clock: { now: Date };
  smtp: Awaited<ReturnType<typeof localSmtp>>;
  push(mutate?: (payload: PushPayload) => void, at?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startLive(options: { requestLimit?: number } = {}): Promise<Live> {
  // Made and removed here, not with tempTree: the server outlives a single test.
  const dir = await mkdtemp(path.join(tmpdir(), 'trustmap-tc-live-'));
  const smtp = await localSmtp();
  const clock = { now: new Date('2026-11-26T12:00:00Z') };
  const modules = [
    ...SERVER_MODULES.filter((module) => module.name !== 'trust-center'),
    createTrustCenterModule({
      mailer: smtpMailer(smtp.url, 'trust@acme-ai.example'),
      requestLimit: options.requestLimit ?? 20,
    }),
  ];
  const server = await startServer(resolveServerConfig({ port: 0, dataDir: path.join(dir, 'server') }, {}), {
    env: {},
    clock: () => clock.now,
    modules,
  });
  const { db } = server.deps;
  const created = await createUser(db, {
    email: 'owner@acme-ai.example',
    org: 'acme',
    role: 'owner',
    password: 'correct horse battery staple',
    orgName: 'Acme AI',
  });
  const session = randomSecret();
  const csrf = randomSecret();
  await db.withApp((tx) =>
    tx.query('SELECT trustmap_session_start($1, $2, $3, $4)', [
      secretHash(session),
      created.userId,
      csrf,
      new Date('2030-01-01T00:00:00Z').toISOString(),
    ]),
  );
  const model = await assembleModel(path.join(ROOT, 'examples/acme-ai'), {
    now: clock.now,
    discover: (roots) => discover(roots),
  });
  let runs = 0;
  return {
    server,
    url: server.url,
    orgId: created.orgId,
    owner: { cookie: `tm_session=${session}`, csrf },
    clock,
    smtp,
    async push(mutate, at) {
      runs++;
      const payload = payloadFromModel(
        { ...model, now: new Date(at ?? clock.now.toISOString()) },
        { runId: `run-${runs}`, repo: 'acme-ai' },
      );
      mutate?.(payload);
      await storeRun(server.deps, created.orgId, payload);
    },
    async close() {
      await server.close();
      await smtp.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Cookie jar of one visitor: keeps what the server sets, sends it back. */
export class Visitor {
  private readonly cookies = new Map<string, string>();
  constructor(
    private readonly base: string,
    private readonly extra: Record<string, string> = {},
  ) {}

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const jar = [...this.cookies].map(([name, value]) => `${name}=${value}`);
    if (this.extra.cookie) jar.push(this.extra.cookie);
    if (jar.length > 0) headers.set('cookie', jar.join('; '));
    if (this.extra['x-forwarded-for']) headers.set('x-forwarded-for', this.extra['x-forwarded-for']);
    const response = await fetch(new URL(pathname, this.base), { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      this.cookies.set(name.trim(), value.trim());
    }
    return response;
  }

  /** Posts a form (urlencoded); repeated keys from arrays. */
  post(pathname: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields))
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    return this.fetch(pathname, { method: 'POST', body });
  }
}

/** The hidden `_tc` field of a form page. */
export function formField(page: string): string {
  const field = /name="_tc" value="([^"]+)"/.exec(page)?.[1];
  if (!field) throw new Error('no _tc field on the page');
  return field;
}
