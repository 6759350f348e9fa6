// `npm run bench:server`: the Trustmap server on loopback, on PGlite (on a data folder, as `trustmap serve` runs
// it; TRUSTMAP_BENCH_PGLITE_DIR=memory for in memory) and on PostgreSQL
// (TRUSTMAP_TEST_DATABASE_URL, a throwaway schema and role), in its own process (bench/serverHost.ts) so the load
// generator does not share its event loop. One organisation with a year of daily runs of the
// bundled example; then pushes per second and the latency of history queries at 10 and 50 concurrent clients
// (autocannon, 5 s each, bounded). Reference in the same run: GET /healthz (one transaction with SELECT 1), so
// the ratios say what the history queries cost over the server's floor. History answers come from a cache keyed by
// the ledger head (a push invalidates it); the cold row measures a rebuild right after a push. Targets: all controls over 365 days
// p99 < 200 ms on PostgreSQL; 100 pushes/s.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const DURATION = 5;
const DAYS = 365;
const NOW = new Date('2026-11-26T12:00:00Z');
const URL = process.env.TRUSTMAP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Row {
  database: string;
  scenario: string;
  clients: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU ms per successful request: the server's processes and PostgreSQL's (pushes only). */
  cpu?: { server: number; postgres: number };
}

/**
 * CPU time (ms) used so far per process: the processes `pids` names (the server) and every PostgreSQL process
 * (Linux /proc). Compare two readings with {@link cpuSpent}.
 */
async function cpuReading(
  pids: () => Promise<number[]>,
): Promise<Map<string, { server: boolean; ms: number }>> {
  const server = new Set((await pids()).map(String));
  const reading = new Map<string, { server: boolean; ms: number }>();
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (!server.has(pid) && name !== 'postgres') continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime + stime, in clock ticks of 10 ms.
    reading.set(pid, { server: server.has(pid), ms: (Number(fields[11]) + Number(fields[12])) * 10 });
  }
  return reading;
}

/** CPU spent between two readings, per side; a process that exited in between is not counted (a slight undercount). */
function cpuSpent(
  before: Map<string, { server: boolean; ms: number }>,
  after: Map<string, { server: boolean; ms: number }>,
): { server: number; postgres: number } {
  const spent = { server: 0, postgres: 0 };
  for (const [pid, now] of after) {
    const delta = now.ms - (before.get(pid)?.ms ?? 0);
    if (now.server) spent.server += delta;
    else spent.postgres += delta;
  }
  return spent;
}

async function measure(
  url: string,
  token: string,
  clients: number,
  options: Partial<autocannon.Options> & { cpuOf?: () => Promise<number[]> } = {},
) {
  const { cpuOf, ...autocannonOptions } = options;
  const before = cpuOf ? await cpuReading(cpuOf) : undefined;
  const result = await autocannon({
    url,
    connections: clients,
    duration: DURATION,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...autocannonOptions,
  });
  const spent = before && cpuOf ? cpuSpent(before, await cpuReading(cpuOf)) : undefined;
  const done = Math.max(1, result['2xx']);
  return {
    ...(spent ? { cpu: { server: spent.server / done, postgres: spent.postgres / done } } : {}),
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** Waits until requests still queued from the last scenario have finished, so they do not slow the next. */
async function drain(origin: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const started = performance.now();
    await fetch(`${origin}/healthz`).then((response) => response.arrayBuffer());
    if (performance.now() - started < 100) return;
  }
}

/** Starts bench/serverHost.ts on `kind`; resolves once it has seeded and listens. */
async function startHost(kind: 'pglite' | 'postgres', processes: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/serverHost.ts', kind, URL, String(DAYS), NOW.toISOString(), String(processes)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the server process exited (${code}) before it listened`);
    }),
  ])) as [string];
  const started = JSON.parse(line) as { origin: string; token: string; seedSeconds: number; body: unknown };
  const pid = child.pid as number;
  return {
    ...started,
    /** The host process and the server processes it forked. */
    async pids() {
      const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
      return [pid, ...children.trim().split(/\s+/).filter(Boolean).map(Number)];
    },
    async stop() {
      child.stdin.end();
      await once(child, 'exit');
    },
  };
}

/** One server on `kind` in `processes` processes; the full set of scenarios, or only pushes and the floor. */
async function benchOn(kind: 'pglite' | 'postgres', processes = 1, only?: 'pushes'): Promise<Row[]> {
  const host = await startHost(kind, processes);
  const database = processes > 1 ? `${kind} (${processes} processes)` : kind;
  const { origin, token } = host;
  const rows: Row[] = [];
  try {
    console.error(`${kind}: seeded ${DAYS} daily runs in ${host.seedSeconds.toFixed(1)} s`);
    const record = (scenario: string, clients: number, result: Awaited<ReturnType<typeof measure>>) => {
      rows.push({ database, scenario, clients, ...result });
      console.error(
        `${database} ${scenario} x${clients}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}` +
          (result.cpu
            ? `, CPU per request: server ${result.cpu.server.toFixed(1)} ms + PostgreSQL ${result.cpu.postgres.toFixed(1)} ms`
            : ''),
      );
    };
    // Pushes first, on the seeded year: the body is serialised once; each request gets its own run id. A CI run
    // usually pushes the map, check results and probe results of the day before (stored once, by hash); the
    // second scenario changes the map on every push, so its snapshot is new each time.
    const body = JSON.stringify(host.body);
    let counter = 0;
    const pushes: [string, boolean][] = [
      ['push (58 KB run, map unchanged)', false],
      ['push (58 KB run, map changed every push)', true],
    ];
    for (const [scenario, vary] of pushes)
      for (const clients of [10, 50]) {
        record(
          scenario,
          clients,
          await measure(`${origin}/api/orgs/bench/runs`, token, clients, {
            cpuOf: host.pids,
            method: 'POST',
            requests: [
              {
                method: 'POST',
                setupRequest: (request) => {
                  const run = `push-${clients}-${counter++}`;
                  return {
                    ...request,
                    body: body.replace('__RUN__', run).replace('__VARY__', vary ? run : 'unchanged'),
                  };
                },
              },
            ],
          }),
        );
        await drain(origin);
      }
    if (only === 'pushes') {
      for (const clients of [10, 50]) {
        record('healthz (reference)', clients, await measure(`${origin}/healthz`, token, clients));
        await drain(origin);
      }
      return rows;
    }
    // Cold builds: each right after a push moved the ledger head, so the history cache cannot answer.
    const cold: number[] = [];
    for (let index = 0; index < 5; index++) {
      await fetch(`${origin}/api/orgs/bench/runs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body.replace('__RUN__', `cold-${index}`).replace('__VARY__', 'unchanged'),
      });
      const started = performance.now();
      await (
        await fetch(`${origin}/api/orgs/bench/history?days=365`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).arrayBuffer();
      cold.push(performance.now() - started);
    }
    cold.sort((x, y) => x - y);
    rows.push({
      database,
      scenario: 'history 365 days, all controls, cold (after a push), sequential',
      clients: 1,
      rps: 0,
      p50: Math.round(cold[2] ?? 0),
      p99: Math.round(cold[4] ?? 0),
      errors: 0,
    });
    console.error(`${kind} cold 365-day history: ${cold.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    const scenarios: [string, string, number[]][] = [
      ['healthz (reference)', '/healthz', [10, 50]],
      ['history 90 days, one control', '/api/orgs/bench/controls/TM-TEN-02/history?days=90', [10, 50]],
      ['history 90 days, all controls', '/api/orgs/bench/history?days=90', [10, 50]],
      ['history 365 days, all controls', '/api/orgs/bench/history?days=365', [10]],
    ];
    for (const [name, path, counts] of scenarios)
      for (const clients of counts) {
        record(name, clients, await measure(`${origin}${path}`, token, clients));
        await drain(origin);
      }
  } finally {
    await host.stop();
  }
  return rows;
}

// `npm run bench:server -- --pushes-only`: pushes and the floor only (a quicker run when changing the push path).
const ONLY = process.argv.includes('--pushes-only') ? ('pushes' as const) : undefined;
// `--pglite-only`: PGlite alone (TRUSTMAP_BENCH_PGLITE_THREAD=off runs it in the server's own thread).
const rows = [...(await benchOn('pglite', 1, ONLY))];
if (!process.argv.includes('--pglite-only'))
  try {
    rows.push(...(await benchOn('postgres', 1, ONLY)));
    rows.push(...(await benchOn('postgres', 2, 'pushes')));
  } catch (error) {
    console.error(`PostgreSQL skipped: ${(error as Error).message}`);
  }
const reference = new Map(
  rows
    .filter((row) => row.scenario.startsWith('healthz'))
    .map((row) => [`${row.database}/${row.clients}`, row.p99]),
);
console.log('| database | scenario | clients | req/s | p50 ms | p99 ms | p99 / healthz p99 | errors |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  const floor = reference.get(`${row.database}/${row.clients}`);
  const ratio = floor ? `${(row.p99 / Math.max(1, floor)).toFixed(1)}x` : '-';
  console.log(
    `| ${row.database} | ${row.scenario} | ${row.clients} | ${row.rps.toFixed(0)} | ${row.p50} | ${row.p99} | ${ratio} | ${row.errors} |`,
  );
}
const target = rows.find(
  (row) =>
    row.database === 'postgres' && row.scenario === 'history 365 days, all controls' && row.clients === 10,
);
if (target)
  console.log(
    `\ntarget all controls 365 days p99 < 200 ms on PostgreSQL (10 clients): ${target.p99} ms, ${target.p99 < 200 ? 'met' : 'NOT met'}`,
  );
const pushes = rows
  .filter((row) => row.scenario.startsWith('push'))
  .map((row) => `${row.database} x${row.clients}: ${row.rps.toFixed(0)}/s`);
console.log(`target 100 pushes/s: ${pushes.join(', ')}`);
for (const row of rows.filter((entry) => entry.cpu)) {
  const cpu = row.cpu as { server: number; postgres: number };
  const total = cpu.server + cpu.postgres;
  console.log(
    `CPU per push, ${row.database} x${row.clients}: server ${cpu.server.toFixed(1)} ms + PostgreSQL ${cpu.postgres.toFixed(1)} ms = ${total.toFixed(1)} ms; ` +
      `with nothing else running, 2 cores bound this at ~${Math.round(2000 / total)} pushes/s`,
  );
}
