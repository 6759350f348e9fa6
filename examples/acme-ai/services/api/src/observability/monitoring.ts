import tracer from 'dd-trace';

// Imported first by server.ts so the integrations patch http, express, pg and ioredis before they load.
// Spans carry timings, routes and status codes only; LLM Observability stays off because Datadog is
// declared for telemetry without request content.
tracer.init({
  service: 'documind-api',
  env: process.env.DD_ENV ?? 'development',
  version: process.env.DD_VERSION,
  logInjection: true,
  runtimeMetrics: true,
});

export { tracer };
