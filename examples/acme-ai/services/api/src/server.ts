// Monitoring first: dd-trace must patch http, express, pg and ioredis before they are imported.
import './observability/monitoring.js';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ZodError } from 'zod';
import { requireSession } from './auth.js';
import { redis } from './cache.js';
import { config } from './config.js';
import { pool } from './db.js';
import { HttpError } from './errors.js';
import { flushLlmLog } from './logging.js';
import { askRouter } from './routes/ask.js';
import { documentsRouter } from './routes/documents.js';

const app = express();
app.disable('x-powered-by');
app.set('trust proxy', 1);
app.use(express.json({ limit: '64kb' }));

app.get('/healthz', (_req, res) => {
  res.json({ ok: true });
});

app.use('/v1', requireSession);
app.use('/v1/documents', documentsRouter);
app.use('/v1/ask', askRouter);

// Express 5 forwards rejected promises from async handlers here.
app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
  if (error instanceof HttpError) {
    res.status(error.status).json({ error: error.message });
  } else if (error instanceof ZodError) {
    res.status(400).json({ error: 'invalid request', issues: error.issues.map((issue) => issue.message) });
  } else {
    // Never echo internals (or a customer's text) back in a 500.
    console.error(JSON.stringify({ level: 'error', msg: 'unhandled', error: String(error) }));
    res.status(500).json({ error: 'internal error' });
  }
});

const server = app.listen(config.PORT, () => {
  console.log(JSON.stringify({ level: 'info', msg: 'documind-api listening', port: config.PORT }));
});

async function shutdown(): Promise<void> {
  server.close();
  await flushLlmLog();
  await Promise.allSettled([pool.end(), redis.quit()]);
}

process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
