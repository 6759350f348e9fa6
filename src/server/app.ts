import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { VERSION } from '../version.js';
import { principalMiddleware } from './auth/principal.js';
import type { AppEnv, ServerApp, ServerDeps, ServerModule } from './types.js';

/**
 * The HTTP application: security headers, `/healthz`, who-is-calling, then every module's routes, the OpenAPI
 * 3.1 document at `/api/openapi.json`, and one error mapping (no stack traces to clients).
 */
export function createApp(deps: ServerDeps, modules: readonly ServerModule[]): ServerApp {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success)
        return c.json(
          {
            error: 'invalid request',
            issues: result.error.issues
              .slice(0, 20)
              .map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
          },
          400,
        );
    },
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );
  app.get('/healthz', async (c) => {
    try {
      await deps.db.withApp((tx) => tx.query('SELECT 1'));
      return c.json({ ok: true, database: deps.db.kind, version: VERSION });
    } catch {
      return c.json({ ok: false, database: deps.db.kind, version: VERSION }, 503);
    }
  });
  app.use('*', principalMiddleware(deps.db, deps.clock));
  for (const module of modules) module.routes(app, deps);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Trustmap server', version: VERSION },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' });
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error(
      `trustmap server: ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.stack : String(error)}`,
    );
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
