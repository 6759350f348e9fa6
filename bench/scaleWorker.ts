// One worker process for `npm run bench:scale`: `node --import tsx bench/scaleWorker.ts <url> <schema> <cacheDir>`.
import { jsonLogger, startJobsRuntime } from '../src/jobs/index.js';

const [url, schema, cacheDir] = process.argv.slice(2);
const log = jsonLogger((line) => process.stdout.write(line), { pid: process.pid });
const runtime = await startJobsRuntime({
  databaseUrl: url!,
  schema: schema!,
  cacheDir: cacheDir!,
  env: {},
  log,
  pollMs: 100,
  scheduler: { tickMs: 200, perOrgLimit: 4 },
});
process.once('SIGTERM', () => {
  runtime.stop({ graceMs: 2000 }).then(() => process.exit(0));
});
