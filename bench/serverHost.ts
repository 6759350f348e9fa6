// The server under test for `npm run bench:server`, in its own process so the load generator does not share
// its event loop: migrates a throwaway database (in-memory PGlite, or a fresh schema and role on PostgreSQL),
// seeds one organisation with a year of daily runs of the bundled example, listens on loopback and prints one
// JSON line ({ origin, token, seedSeconds }). Drops what it created when stdin closes. With a process count above
// one (PostgreSQL), the seeded database is served by that many forked processes sharing the port, as
// `trustmap serve --processes N` does.
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { generateSigningKey, privateKeyPem, signingKeyFrom } from '../src/core/signing.js';
import { exampleDir } from '../src/paths.js';
import { createToken, createUser } from '../src/server/admin/accounts.js';
import { createApp } from '../src/server/app.js';
import { workerExecArgv } from '../src/server/cluster.js';
import { resolveServerConfig } from '../src/server/config.js';
import { CORE_MIGRATIONS } from '../src/server/db/coreMigrations.js';
import { createDatabase } from '../src/server/db/database.js';
import { migrate } from '../src/server/db/migrate.js';
import { pgliteDriver } from '../src/server/db/pglite.js';
import { postgresDriver } from '../src/server/db/postgres.js';
import { addDays } from '../src/server/history/window.js';
import { SERVER_MODULES } from '../src/server/modules/index.js';
import { buildPushPayload } from '../src/server/push/buildPayload.js';
import { storeRun } from '../src/server/push/store.js';
import { createDeps } from '../src/server/start.js';

const [kind, url, daysText, nowText, processesText = '1'] = process.argv.slice(2) as [
  'pglite' | 'postgres',
  string,
  string,
  string,
  string?,
];
const PROCESSES = Number(processesText);
const DAYS = Number(daysText);
const NOW = new Date(nowText);
/** The server's tuning knobs taken from the environment (nothing else of it): to compare settings. */
const TUNING = { TRUSTMAP_SERVER_PUSH_CONCURRENCY: process.env.TRUSTMAP_SERVER_PUSH_CONCURRENCY };

if (cluster.isWorker) {
  // A forked server process: the primary's database, key and clock, its own pool and event loop.
  const { SCHEMA = '', APP_ROLE = '', KEY = '' } = process.env;
  const db = createDatabase(await postgresDriver(url, { max: 10 }), { schema: SCHEMA, appRole: APP_ROLE });
  const config = resolveServerConfig(
    { schema: SCHEMA, appRole: APP_ROLE, port: 0, dataDir: '/nonexistent' },
    TUNING,
  );
  const deps = createDeps(config, db, signingKeyFrom(KEY), () => NOW);
  serve({ fetch: createApp(deps, SERVER_MODULES).fetch, port: 0, hostname: '127.0.0.1' });
  process.on('SIGTERM', () => db.close().finally(() => process.exit(0)));
} else {
  const suffix = randomBytes(4).toString('hex');
  const schema = kind === 'postgres' ? `tm_bench_${suffix}` : 'public';
  const appRole = kind === 'postgres' ? `tm_bench_app_${suffix}` : 'trustmap_app';
  // PGlite runs on a data folder, as `trustmap serve` runs it: a new one under the system's temporary folder,
  // removed at the end, or TRUSTMAP_BENCH_PGLITE_DIR (a new, empty folder; `memory` for PGlite in memory).
  // TRUSTMAP_BENCH_PGLITE_THREAD=off: PGlite in the server's own thread (as before it had a thread of its own).
  const chosenDir = process.env.TRUSTMAP_BENCH_PGLITE_DIR;
  const scratch =
    kind === 'pglite' && !chosenDir ? await mkdtemp(join(tmpdir(), 'trustmap-bench-')) : undefined;
  const pgliteDir = chosenDir === 'memory' ? undefined : (chosenDir ?? join(scratch ?? '', 'data'));
  const driver =
    kind === 'postgres'
      ? await postgresDriver(url, { max: 20 })
      : await pgliteDriver(pgliteDir, { thread: process.env.TRUSTMAP_BENCH_PGLITE_THREAD !== 'off' });
  const db = createDatabase(driver, { schema, appRole });
  await migrate(db, [{ name: 'core', migrations: CORE_MIGRATIONS }, ...SERVER_MODULES]);
  const config = resolveServerConfig({ schema, appRole, port: 0, dataDir: '/nonexistent' }, TUNING);
  const key = generateSigningKey();
  const deps = createDeps(config, db, key, () => NOW);
  const base = await buildPushPayload(exampleDir(), {
    now: NOW,
    env: {},
    discover: false,
    origin: { repo: 'acme-ai', commit: 'b'.repeat(40) },
  });
  const { orgId } = await createUser(db, {
    email: 'bench@acme.example',
    org: 'bench',
    role: 'owner',
    password: 'correct horse battery staple',
  });
  const { token } = await createToken(db, { org: 'bench', name: 'bench', scopes: ['push', 'read'] });
  const seedStart = performance.now();
  for (let age = DAYS - 1; age >= 0; age--) {
    const day = addDays(NOW.toISOString().slice(0, 10), -age);
    await storeRun(deps, orgId, {
      ...base,
      runId: `seed-${day}`,
      collectedAt: `${day}T06:00:00.000Z`,
      effectiveDate: day,
    });
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;
  let origin: string;
  let closeHttp: () => Promise<void>;
  if (PROCESSES > 1) {
    // As `trustmap serve --processes N` starts its processes.
    cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv, process.env.NODE_OPTIONS) });
    const workers = Array.from({ length: PROCESSES }, () =>
      cluster.fork({ SCHEMA: schema, APP_ROLE: appRole, KEY: privateKeyPem(key) }),
    );
    const listening = await Promise.all(
      workers.map((worker) => new Promise<AddressInfo>((resolve) => worker.once('listening', resolve))),
    );
    origin = `http://127.0.0.1:${listening[0]?.port}`;
    closeHttp = async () => {
      await Promise.all(
        workers.map((worker) => {
          const exited = new Promise((resolve) => worker.once('exit', resolve));
          worker.process.kill('SIGTERM');
          return exited;
        }),
      );
    };
  } else {
    const http = serve({ fetch: createApp(deps, SERVER_MODULES).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => http.once('listening', resolve));
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    closeHttp = () => new Promise((resolve) => http.close(() => resolve()));
  }
  process.stdout.write(
    `${JSON.stringify({
      origin,
      token,
      seedSeconds,
      // __VARY__ marks the map (in the organisation's name): the load generator keeps it for pushes of an
      // unchanged map, or makes every push's map new.
      body: {
        ...base,
        runId: '__RUN__',
        map: {
          ...base.map,
          snapshot: {
            ...base.map.snapshot,
            organization: { ...(base.map.snapshot.organization as object), name: 'Acme AI __VARY__' },
          },
        },
      },
    })}\n`,
  );

  let stopping = false;
  async function stop() {
    if (stopping) return;
    stopping = true;
    await closeHttp();
    if (kind === 'postgres')
      await db.withOwner(async (tx) => {
        await tx.exec(`DROP SCHEMA ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
        await tx.exec(`DROP OWNED BY ${appRole}; DROP ROLE ${appRole}`);
      });
    await db.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
    process.exit(0);
  }
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}
