// A real worker process for the kill test: `node --import tsx test/jobs/workerProcess.ts <url> <schema> <cacheDir> [pause]`.
// With `pause`, it stops after a handler has stored its result and before the job is marked complete, and says
// so on stdout: the worst moment to be killed.
import { jsonLogger, startJobsRuntime } from '../../src/jobs/index.js';

const [url, schema, cacheDir, pause] = process.argv.slice(2);
const log = jsonLogger((line) => process.stdout.write(line), { pid: process.pid });
await startJobsRuntime({
  databaseUrl: url!,
  schema: schema!,
  cacheDir: cacheDir!,
  env: {},
  log,
  pollMs: 200,
  maintenanceIntervalSeconds: 1,
  expireGraceSeconds: 0,
  settings: { 'collect-repository': { timeoutSeconds: 4, retryDelaySeconds: 0 } },
  scheduler: { tickMs: 300, perOrgLimit: 2 },
  ...(pause === 'pause'
    ? {
        beforeComplete: async (job) => {
          log('info', 'paused before complete', { jobId: job.id });
          await new Promise(() => undefined);
        },
      }
    : {}),
});
