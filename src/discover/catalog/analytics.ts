import type { ProviderEntry } from './types.js';

/** A vendor-hosted monitoring service that is not AI and is sent no prompts by design. */
const monitoring = (
  entry: Omit<ProviderEntry, 'category' | 'hosting' | 'ai' | 'receivesPrompts'>,
): ProviderEntry => ({
  category: 'product-analytics',
  hosting: 'vendor-hosted',
  ai: false,
  receivesPrompts: false,
  ...entry,
});

/**
 * Product analytics and error tracking: vendor-hosted services that apps send usage events, and often user ids,
 * page content or stack traces with request data, by default (mem0 sends telemetry to PostHog unless switched
 * off; gpt-researcher's web app sends each research query to Google Analytics when a measurement id is set).
 * Sub-processors like any other; none of them is sent prompts by design.
 *
 * Checked on 2026-12-04 against the vendors' public docs and SDK READMEs: PostHog's Node.js installation page
 * (`posthog-node`, `us.i.posthog.com`, `eu.i.posthog.com`); the `@segment/analytics-node` README (`api.segment.io`);
 * Mixpanel's data residency page (`api.mixpanel.com`, `api-eu.mixpanel.com`, `api-in.mixpanel.com`); Amplitude's
 * HTTP API quickstart (`api2.amplitude.com`, `api.eu.amplitude.com`); the `@sentry/nextjs` README (`@sentry/node`,
 * `@sentry/react`); the `next-plausible` README and plausible.io/docs/npm-package (`@plausible-analytics/tracker`);
 * Next.js's third-party libraries page (`@next/third-parties/google`: `<GoogleAnalytics gaId>`,
 * `<GoogleTagManager gtmId>`); the `react-ga4` README (`googletagmanager.com/gtag/js`). The Python packages and
 * environment variable names are the common ones, not each checked.
 */
export const ANALYTICS_PROVIDERS: readonly ProviderEntry[] = [
  // Vercel's own analytics, on in one line of a Next.js layout (Novel's `<Analytics />`): page views and visitors'
  // devices go to Vercel. Packages from Vercel's Web Analytics and Speed Insights quickstarts, checked 2026-12-05.
  {
    id: 'vercel-analytics',
    name: 'Vercel Web Analytics',
    vendor: 'vercel',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    website: 'https://vercel.com/docs/analytics',
    signals: { npm: ['@vercel/analytics', '@vercel/speed-insights'] },
  },
  {
    id: 'posthog',
    name: 'PostHog',
    vendor: 'posthog',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    signals: {
      npm: ['posthog-js', 'posthog-node', 'posthog-react-native'],
      pypi: ['posthog'],
      env: [
        'POSTHOG_API_KEY',
        'POSTHOG_HOST',
        'POSTHOG_KEY',
        'NEXT_PUBLIC_POSTHOG_KEY',
        'NEXT_PUBLIC_POSTHOG_HOST',
      ],
      hosts: ['us.i.posthog.com', 'eu.i.posthog.com', 'app.posthog.com', 'us.posthog.com', 'eu.posthog.com'],
    },
    // The hobby deployment runs `posthog/posthog`: https://posthog.com/docs/self-host (checked 2026-12-04).
    selfHosted: { name: 'PostHog (self-hosted)', images: ['posthog/posthog'] },
  },
  // Scarf's event gateway (docs.scarf.sh/custom-telemetry, the `scarf-sdk` README on PyPI, checked 2026-12-07): an app
  // sends its usage telemetry to its own `<name>.gateway.scarf.sh` endpoint (langflow's `telemetry_base_url`, on by
  // default, `lfx/services/settings/base.py:236`), or a pixel (`static.scarf.sh/a.png`, `api.scarf.sh/v1/pixel`).
  // Not `@scarf/scarf`, whose install-time ping runs on whoever installs the package, not in the app.
  monitoring({
    id: 'scarf',
    name: 'Scarf',
    vendor: 'scarf',
    website: 'https://about.scarf.sh',
    signals: {
      pypi: ['scarf-sdk'],
      hosts: ['*.gateway.scarf.sh', 'static.scarf.sh', 'api.scarf.sh'],
    },
  }),
  {
    id: 'segment',
    name: 'Segment',
    vendor: 'twilio',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    signals: {
      npm: ['@segment/analytics-node', '@segment/analytics-next', 'analytics-node'],
      pypi: ['segment-analytics-python', 'analytics-python'],
      env: ['SEGMENT_WRITE_KEY'],
      hosts: ['api.segment.io', 'cdn.segment.com', 'events.eu1.segmentapis.com'],
    },
  },
  // RudderStack, an event pipeline like Segment: each track and identify call (user id, event, properties) goes to the
  // workspace's data plane, `<workspace>.dataplane.rudderstack.com` on its cloud, then on to the destinations set in its
  // dashboard (gpt-engineer's `gpt_engineer/collect.py:12-21` sent each session's learning there). Read 2026-12-08: the
  // Python SDK's page on PyPI and rudderstack.com/docs (`pip install rudder-sdk-python`, `import rudderstack.analytics`,
  // `dataPlaneUrl`), the `@rudderstack/analytics-js` README (browsers; `rudder-sdk-js`, its deprecated predecessor, loaded
  // from `cdn.rudderlabs.com`), the `@rudderstack/rudder-sdk-node` README (default data plane
  // `https://hosted.rudderlabs.com`), the Go SDK's page (`github.com/rudderlabs/analytics-go`) and NuGet's
  // `RudderAnalytics`. The open-source server an operator may run instead is reached at the operator's own URL.
  monitoring({
    id: 'rudderstack',
    name: 'RudderStack (event pipeline)',
    vendor: 'rudderstack',
    website: 'https://www.rudderstack.com',
    signals: {
      npm: ['@rudderstack/analytics-js', '@rudderstack/rudder-sdk-node', 'rudder-sdk-js'],
      pypi: ['rudder-sdk-python'],
      pythonImports: ['rudderstack.analytics'],
      go: ['github.com/rudderlabs/analytics-go'],
      nuget: ['RudderAnalytics'],
      hosts: ['*.dataplane.rudderstack.com', 'hosted.rudderlabs.com', 'cdn.rudderlabs.com'],
    },
  }),
  {
    id: 'mixpanel',
    name: 'Mixpanel',
    vendor: 'mixpanel',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    signals: {
      npm: ['mixpanel', 'mixpanel-browser'],
      pypi: ['mixpanel'],
      env: ['MIXPANEL_TOKEN', 'NEXT_PUBLIC_MIXPANEL_TOKEN'],
      hosts: ['api.mixpanel.com', 'api-eu.mixpanel.com', 'api-in.mixpanel.com'],
    },
  },
  {
    id: 'amplitude',
    name: 'Amplitude',
    vendor: 'amplitude',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    signals: {
      npm: ['@amplitude/analytics-browser', '@amplitude/analytics-node', 'amplitude-js'],
      pypi: ['amplitude-analytics'],
      env: ['AMPLITUDE_API_KEY', 'NEXT_PUBLIC_AMPLITUDE_API_KEY'],
      hosts: ['api2.amplitude.com', 'api.eu.amplitude.com'],
    },
  },
  {
    id: 'sentry',
    name: 'Sentry',
    vendor: 'sentry',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    // Error reports, not usage events (R2R sends every error and trace, with its request, to Sentry).
    serves: 'errors',
    signals: {
      // The framework SDKs of getsentry/sentry-javascript's package list (its README, checked 2026-12-05): postiz's
      // backend reports through `@sentry/nestjs`, unfound.
      npm: [
        '@sentry/node',
        '@sentry/browser',
        '@sentry/nextjs',
        '@sentry/react',
        '@sentry/vue',
        '@sentry/nestjs',
        '@sentry/sveltekit',
        '@sentry/remix',
        '@sentry/nuxt',
        '@sentry/angular',
        '@sentry/astro',
        '@sentry/bun',
        '@sentry/cloudflare',
        '@sentry/aws-serverless',
        '@sentry/react-native',
        '@sentry/electron',
      ],
      // Its Ruby SDK (sentry-ruby, with sentry-rails and sentry-sidekiq: the getsentry/sentry-ruby README).
      gem: ['sentry-ruby', 'sentry-rails', 'sentry-sidekiq'],
      cargo: ['sentry'],
      pypi: ['sentry-sdk'],
      env: ['SENTRY_DSN', 'NEXT_PUBLIC_SENTRY_DSN'],
      hosts: ['sentry.io', '*.ingest.sentry.io', '*.ingest.us.sentry.io', '*.ingest.de.sentry.io'],
    },
    // Self-hosted Sentry runs `getsentry/sentry`: https://github.com/getsentry/self-hosted (checked 2026-12-04).
    selfHosted: { name: 'Sentry (self-hosted)', images: ['getsentry/sentry'] },
  },
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    vendor: 'google',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    signals: {
      npm: ['react-ga4', 'react-ga', 'vue-gtag', 'ngx-google-analytics'],
      env: [
        'NEXT_PUBLIC_GA_MEASUREMENT_ID',
        'GA_MEASUREMENT_ID',
        'NEXT_PUBLIC_GA_ID',
        'NEXT_PUBLIC_GOOGLE_ANALYTICS_ID',
        'GA_TRACKING_ID',
      ],
      hosts: ['www.google-analytics.com', 'region1.google-analytics.com'],
      // `@next/third-parties/google` also holds map and video embeds: only its analytics components count.
      // `www.googletagmanager.com` serves both gtag.js (Google Analytics) and gtm.js (Tag Manager, its own entry),
      // so the host alone names neither: the loader's path does.
      markers: ['<GoogleAnalytics', 'googletagmanager.com/gtag/js'],
    },
  },
  // Ninth round, checked on 2026-12-04: Google's Tag Manager install snippet (`www.googletagmanager.com/gtm.js`, the
  // `ns.html` noscript frame), Next.js's third-party libraries page (`<GoogleTagManager gtmId>` from
  // `@next/third-parties/google`) and the `react-gtm-module` README (`TagManager.initialize({ gtmId })`). A Tag
  // Manager container loads whatever tags its owner configures in Google's console, so the tags themselves are not
  // in the code.
  {
    id: 'google-tag-manager',
    name: 'Google Tag Manager',
    vendor: 'google',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    signals: {
      npm: ['react-gtm-module'],
      markers: ['<GoogleTagManager', 'googletagmanager.com/gtm.js', 'googletagmanager.com/ns.html'],
    },
  },
  // Checked on 2026-12-04: the `@hyperdx/browser` README (`HyperDX.init({ apiKey, service })`), the
  // `@hyperdx/node-opentelemetry` README (HYPERDX_API_KEY), HyperDX's npm packages (`@hyperdx/node-logger`,
  // `@hyperdx/otel-web`) and PyPI `hyperdx-opentelemetry`; the hyperdx-js logger's ingest URL (`in.hyperdx.io`) and
  // the OpenTelemetry endpoint HyperDX's maintainers give (`in-otel.hyperdx.io`). Sessions, console logs and, when
  // enabled, request and response bodies reach HyperDX Cloud; a self-hosted HyperDX is given by its `url`.
  {
    id: 'hyperdx',
    name: 'HyperDX (session replay, logs and traces)',
    vendor: 'hyperdx',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    signals: {
      npm: ['@hyperdx/browser', '@hyperdx/node-opentelemetry', '@hyperdx/node-logger', '@hyperdx/otel-web'],
      pypi: ['hyperdx-opentelemetry'],
      env: ['HYPERDX_API_KEY'],
      hosts: ['in.hyperdx.io', 'in-otel.hyperdx.io'],
    },
  },
  {
    id: 'plausible',
    name: 'Plausible Analytics',
    vendor: 'plausible',
    category: 'product-analytics',
    hosting: 'vendor-hosted',
    ai: false,
    receivesPrompts: false,
    signals: {
      npm: ['next-plausible', '@plausible-analytics/tracker', 'plausible-tracker'],
      hosts: ['plausible.io'],
    },
    // Community Edition runs `ghcr.io/plausible/community-edition` (earlier `plausible/analytics`):
    // https://github.com/plausible/community-edition (checked 2026-12-04).
    selfHosted: {
      name: 'Plausible Analytics (self-hosted)',
      images: ['plausible/community-edition', 'plausible/analytics'],
    },
  },
  // Eleventh round: application monitoring, logs and session replay that real app reviews found unrecognised. APM,
  // tracing and log services receive each request's traces, logs and errors with their data (`serves: errors`: for
  // logging, not usage events); session replay records what users see and type in the browser, like HyperDX. None is
  // sent prompts by design, though a log line or a span may carry one. Checked on 2026-12-05 against: New Relic's
  // Node.js agent install page and npm README (`newrelic`, `node -r newrelic`), the agent's environment mapping
  // (lib/config/env.js: NEW_RELIC_LICENSE_KEY, NEW_RELIC_APP_NAME), its configuration reference (`host:
  // 'collector.newrelic.com'`), the npm browser agent `@newrelic/browser-agent`, the PyPI `newrelic` agent, the Go agent
  // `github.com/newrelic/go-agent` (pkg.go.dev example) and New Relic's OTLP endpoint page (`otlp.nr-data.net`,
  // `otlp.eu01.nr-data.net`); Honeycomb's Node.js and Python distribution pages (`api.honeycomb.io`,
  // `api.eu1.honeycomb.io`), its repositories' package names (npm `@honeycombio/opentelemetry-node`,
  // `@honeycombio/opentelemetry-web`, PyPI `honeycomb-opentelemetry` imported as `honeycomb.opentelemetry`, whose
  // example reads HONEYCOMB_API_KEY) and the `libhoney` npm, PyPI and gem pages; Better Stack's JavaScript, Next.js,
  // Pino and Python logging pages (npm `@logtail/node`, `@logtail/browser`, `@logtail/next`, `@logtail/pino`, PyPI
  // `logtail-python` imported as `logtail`; NEXT_PUBLIC_BETTER_STACK_SOURCE_TOKEN,
  // NEXT_PUBLIC_BETTER_STACK_INGESTING_URL, and LOGTAIL_SOURCE_TOKEN of the legacy Next.js client), the logtail-js
  // example (`@logtail/js`, BETTER_STACK_SOURCE_TOKEN, BETTER_STACK_INGESTING_HOST) and the HTTP REST API page (`POST
  // https://in.logs.betterstack.com`); Axiom's ingest and API pages (npm `@axiomhq/js`, AXIOM_TOKEN, AXIOM_ORG_ID,
  // `api.axiom.co`, `api.eu.axiom.co`), its Next.js page (`next-axiom`, `@axiomhq/nextjs`, NEXT_PUBLIC_AXIOM_DATASET)
  // and the `axiom-py` README (`import axiom_py`, edge hosts such as `eu-central-1.aws.edge.axiom.co`); Highlight.io's
  // SDK packages in highlight/highlight (`highlight.run`, `@highlight-run/node`, `@highlight-run/next`,
  // `@highlight-run/react`; PyPI `highlight-io` imported as `highlight_io`), the browser SDK's defaults (`backendUrl:
  // 'https://pub.highlight.io'`, `otlpEndpoint: 'https://otel.highlight.io'`); LogRocket's quickstart (npm `logrocket`,
  // the script `cdn.logr-in.com/LogRocket.min.js`, earlier `cdn.logrocket.io/LogRocket.min.js`) and its npm packages
  // (`logrocket-react`, `@logrocket/react-native`). Host names of dashboards and documentation are left out.
  monitoring({
    id: 'new-relic',
    name: 'New Relic (APM, logs and browser monitoring)',
    vendor: 'new-relic',
    website: 'https://newrelic.com',
    serves: 'errors',
    signals: {
      npm: ['newrelic', '@newrelic/browser-agent'],
      pypi: ['newrelic'],
      go: ['github.com/newrelic/go-agent'],
      env: ['NEW_RELIC_LICENSE_KEY', 'NEW_RELIC_APP_NAME'],
      hosts: ['collector.newrelic.com', 'otlp.nr-data.net', 'otlp.eu01.nr-data.net'],
    },
  }),
  // Azure Monitor's Application Insights (chat-copilot's web API reports requests and exceptions to it through
  // `Microsoft.ApplicationInsights.AspNetCore`, read from no manifest before): the SDK packages of its documentation
  // (NuGet, npm and PyPI, checked 2026-12-07), its connection-string settings and ingestion hosts.
  monitoring({
    id: 'azure-application-insights',
    name: 'Azure Application Insights',
    vendor: 'microsoft',
    website: 'https://learn.microsoft.com/azure/azure-monitor/app/app-insights-overview',
    serves: 'errors',
    signals: {
      nuget: [
        'Microsoft.ApplicationInsights',
        'Microsoft.ApplicationInsights.AspNetCore',
        'Microsoft.ApplicationInsights.WorkerService',
        'Azure.Monitor.OpenTelemetry.AspNetCore',
        'Azure.Monitor.OpenTelemetry.Exporter',
      ],
      npm: ['applicationinsights', '@microsoft/applicationinsights-web', '@azure/monitor-opentelemetry'],
      pypi: ['azure-monitor-opentelemetry', 'azure-monitor-opentelemetry-exporter', 'opencensus-ext-azure'],
      env: ['APPLICATIONINSIGHTS_CONNECTION_STRING', 'APPINSIGHTS_INSTRUMENTATIONKEY'],
      hosts: ['dc.services.visualstudio.com', '*.in.applicationinsights.azure.com'],
    },
  }),
  monitoring({
    id: 'honeycomb',
    name: 'Honeycomb (tracing)',
    vendor: 'honeycomb',
    website: 'https://www.honeycomb.io',
    serves: 'errors',
    signals: {
      npm: ['@honeycombio/opentelemetry-node', '@honeycombio/opentelemetry-web', 'libhoney'],
      pypi: ['honeycomb-opentelemetry', 'libhoney'],
      pythonImports: ['honeycomb.opentelemetry'],
      gem: ['libhoney'],
      env: ['HONEYCOMB_API_KEY'],
      hosts: ['api.honeycomb.io', 'api.eu1.honeycomb.io'],
    },
  }),
  monitoring({
    id: 'better-stack',
    name: 'Better Stack Logs (formerly Logtail)',
    vendor: 'better-stack',
    website: 'https://betterstack.com/logs',
    serves: 'errors',
    signals: {
      npm: ['@logtail/node', '@logtail/browser', '@logtail/js', '@logtail/next', '@logtail/pino'],
      gem: ['logtail', 'logtail-rails'],
      pypi: ['logtail-python'],
      pythonImports: ['logtail'],
      env: [
        'BETTER_STACK_SOURCE_TOKEN',
        'BETTER_STACK_INGESTING_HOST',
        'NEXT_PUBLIC_BETTER_STACK_SOURCE_TOKEN',
        'NEXT_PUBLIC_BETTER_STACK_INGESTING_URL',
        'LOGTAIL_SOURCE_TOKEN',
      ],
      hosts: ['in.logs.betterstack.com'],
    },
  }),
  monitoring({
    id: 'axiom',
    name: 'Axiom (logs and events)',
    vendor: 'axiom',
    website: 'https://axiom.co',
    serves: 'errors',
    signals: {
      npm: ['@axiomhq/js', '@axiomhq/nextjs', 'next-axiom'],
      pypi: ['axiom-py'],
      env: ['AXIOM_TOKEN', 'AXIOM_ORG_ID', 'NEXT_PUBLIC_AXIOM_DATASET'],
      hosts: ['api.axiom.co', 'api.eu.axiom.co', '*.edge.axiom.co'],
    },
  }),
  monitoring({
    id: 'highlight',
    name: 'Highlight.io (session replay, errors and logs)',
    vendor: 'highlight',
    website: 'https://www.highlight.io',
    signals: {
      npm: ['highlight.run', '@highlight-run/node', '@highlight-run/next', '@highlight-run/react'],
      pypi: ['highlight-io'],
      hosts: ['pub.highlight.io', 'otel.highlight.io'],
    },
  }),
  monitoring({
    id: 'logrocket',
    name: 'LogRocket (session replay)',
    vendor: 'logrocket',
    website: 'https://logrocket.com',
    signals: {
      npm: ['logrocket', 'logrocket-react', '@logrocket/react-native'],
      // The recorder's loader: the path names it, the CDN host alone is the vendor's.
      hosts: ['cdn.logr-in.com/LogRocket.min.js', 'cdn.logrocket.io/LogRocket.min.js'],
    },
  }),
  // Twelfth round, checked on 2026-12-05 against the Fullstory browser SDK's README on npm (`@fullstory/browser`
  // 2.0.6, `init({ orgId })`, options `host` defaulting to `fullstory.com` and `script` to `edge.fullstory.com`,
  // where `fs.js` is served) and the `@fullstory/snippet` package (the page snippet setting `_fs_org`,
  // `_fs_script`): Arize Phoenix's page template loads it, unread while templates were not scanned.
  monitoring({
    id: 'fullstory',
    name: 'Fullstory (session replay)',
    vendor: 'fullstory',
    website: 'https://www.fullstory.com',
    signals: {
      npm: ['@fullstory/browser', '@fullstory/snippet', '@fullstory/react-native'],
      hosts: ['edge.fullstory.com'],
      // The page snippet's settings: `window['_fs_org'] = '…'`.
      markers: ["_fs_org'", '_fs_org"'],
    },
  }),
  // Twelfth round, checked on 2026-12-05: web analytics, link attribution and conversion events that real app reviews
  // found unrecognised. They receive visitors' page views, clicks and conversions (with the customer's id or hashed
  // email where the app sends one), not prompts. DataFast: its script configuration page (`<script
  // data-website-id="dfid_…" src="https://datafa.st/js/script.js">`), its PHP and FastAPI proxy pages (events posted to
  // `https://datafa.st/api/events`), its API introduction (`https://datafa.st/api/v1/`, Bearer key) and its npm SDK and
  // React Native pages (npm `datafast`, `initDataFast`, `datafast/react-native`; NEXT_PUBLIC_DATAFAST_WEBSITE_ID,
  // EXPO_PUBLIC_DATAFAST_WEBSITE_ID). The host alone also serves its site, docs and dashboard: only the loader's and the
  // API's paths name it. Dub: its TypeScript SDK page and Remix, Express and Nuxt quickstarts (npm `dub`, `new Dub({
  // token: process.env.DUB_API_KEY })`), its API introduction (base URL `https://api.dub.co`) and the dub-go README
  // (`github.com/dubinc/dub-go`). Its PyPI SDK `dub` is left out: it is imported as `dub`, the name an app's own dubbing
  // module would have. Short.io: the `@short.io/client-node` README ("The Short.io Node.js official SDK", `baseUrl:
  // "https://api.short.io"`) and Short.io's developer guide to high-volume link creation (`https://api.short.io/links/
  // bulk`). Meta Conversions API: Meta's "Using the API" page (`POST https://graph.facebook.com/{API_VERSION}/
  // {PIXEL_ID}/events?access_token={TOKEN}`), the facebook-nodejs-business-sdk package (its `EventRequest` and
  // `ServerEvent` under `objects/serverside`, exported from the package) and the Python Business SDK's
  // `facebook_business.adobjects.serverside` modules. The Node package is the whole Marketing API SDK, so it names Meta's
  // ads platform, which the events go to; Graph API calls other than a pixel's `/events` (sign-in's `/me`) name nothing.
  // SigNoz Cloud: SigNoz's ingestion overview (`ingest.us.signoz.cloud`, `ingest.eu.signoz.cloud`,
  // `ingest.in.signoz.cloud`, port 443) and its OpenTelemetry migration page (`signoz-ingestion-key` header); the
  // self-hosted stack's images from the SigNoz repository's deploy/docker/docker-compose.yaml (`signoz/signoz`,
  // `signoz/signoz-otel-collector`). SigNoz has no SDK of its own (apps export OpenTelemetry to it), and its
  // `<tenant>.<region>.signoz.cloud` dashboard hosts are left out.
  monitoring({
    id: 'datafast',
    name: 'DataFast (web analytics)',
    vendor: 'datafast',
    website: 'https://datafa.st',
    signals: {
      npm: ['datafast'],
      env: ['NEXT_PUBLIC_DATAFAST_WEBSITE_ID', 'EXPO_PUBLIC_DATAFAST_WEBSITE_ID'],
      hosts: ['datafa.st/js', 'datafa.st/api/events', 'datafa.st/api/v1'],
    },
  }),
  monitoring({
    id: 'dub',
    name: 'Dub (short links and conversion tracking)',
    vendor: 'dub',
    website: 'https://dub.co',
    signals: {
      npm: ['dub'],
      go: ['github.com/dubinc/dub-go'],
      env: ['DUB_API_KEY'],
      hosts: ['api.dub.co'],
    },
  }),
  monitoring({
    id: 'short-io',
    name: 'Short.io (short links)',
    vendor: 'short-io',
    website: 'https://short.io',
    signals: { npm: ['@short.io/client-node'], hosts: ['api.short.io'] },
  }),
  monitoring({
    id: 'meta-conversions-api',
    name: 'Meta Conversions API (Marketing API)',
    vendor: 'meta',
    website: 'https://developers.facebook.com/docs/marketing-api/conversions-api',
    signals: {
      npm: ['facebook-nodejs-business-sdk'],
      pythonImports: ['facebook_business.adobjects.serverside'],
      // A pixel's events edge; with the token in the query (Meta's own example) the path is followed by `?`.
      hosts: ['graph.facebook.com/*/*/events'],
      markers: ['/events?access_token='],
    },
  }),
  // The Meta Pixel, the browser half of Meta's conversion tracking: its base code loads `fbevents.js` and starts with
  // `fbq('init', '<pixel id>')`, after which each `fbq('track', …)` sends the visitor's page views and conversions, with
  // Meta's cookies, to Meta (postiz serves its own copy of the script as `/f.js` and calls `fbq('init', …)`, found only
  // as Meta's Conversions API). Thirteenth round, checked on 2026-12-06 against Meta's Pixel "Get Started" page
  // (developers.facebook.com/docs/meta-pixel/get-started: the base code `!function(f,b,e,v,n,t,s){if(f.fbq)return;…`
  // loading `https://connect.facebook.net/en_US/fbevents.js`, with the pixel's id in two places, `fbq('init',
  // '{your-pixel-id-goes-here}')` and the noscript image `https://www.facebook.com/tr?id=…`). `www.facebook.com` is
  // Facebook's site and a `www.` host is read as a site, so the image's path is a marker.
  monitoring({
    id: 'meta-pixel',
    name: 'Meta Pixel (conversion tracking)',
    vendor: 'meta',
    website: 'https://developers.facebook.com/docs/meta-pixel',
    signals: {
      hosts: ['connect.facebook.net/*/fbevents.js'],
      markers: ["fbq('init'", 'fbq("init"', 'facebook.com/tr?id='],
    },
  }),
  monitoring({
    id: 'signoz',
    name: 'SigNoz Cloud (traces, logs and metrics)',
    vendor: 'signoz',
    website: 'https://signoz.io',
    serves: 'errors',
    signals: {
      hosts: ['ingest.us.signoz.cloud', 'ingest.eu.signoz.cloud', 'ingest.in.signoz.cloud'],
      markers: ['signoz-ingestion-key'],
    },
    selfHosted: { name: 'SigNoz (self-hosted)', images: ['signoz/signoz', 'signoz/signoz-otel-collector'] },
  }),
  // Cloudflare Turnstile, a CAPTCHA alternative: its widget runs in the visitor's browser and reports what it observes
  // there to Cloudflare, and the server sends each token, with the visitor's IP where given, to Cloudflare's siteverify
  // API (refly and LangBot check visitors with it). Telemetry about each visitor, like analytics, not who they are: not a
  // sign-in service. Thirteenth round, checked on 2026-12-06 against Cloudflare's "Validate the token" page
  // (developers.cloudflare.com/turnstile/get-started/server-side-validation: `POST
  // https://challenges.cloudflare.com/turnstile/v0/siteverify`). The host serves Cloudflare's other challenge pages
  // too, so only Turnstile's path names it.
  monitoring({
    id: 'cloudflare-turnstile',
    name: 'Cloudflare Turnstile (bot check)',
    vendor: 'cloudflare',
    website: 'https://developers.cloudflare.com/turnstile/',
    signals: { hosts: ['challenges.cloudflare.com/turnstile'] },
  }),
  // hCaptcha, a bot check like Turnstile: its widget reports the visitor's browser to hCaptcha and the server sends each
  // token, with the visitor's IP where given, to `hcaptcha.com/siteverify` (Tandoor's sign-up and login forms,
  // `from hcaptcha.fields import hCaptchaField`, unfound). Checked on 2026-12-07 against PyPI `django-hCaptcha`
  // (imported as `hcaptcha`) and npm `hcaptcha`'s source (`host = 'hcaptcha.com'`, `path = '/siteverify'`); the widget
  // loads from `js.hcaptcha.com`.
  monitoring({
    id: 'hcaptcha',
    name: 'hCaptcha (bot check)',
    vendor: 'hcaptcha',
    website: 'https://www.hcaptcha.com',
    signals: {
      pypi: ['django-hcaptcha'],
      pythonImports: ['hcaptcha'],
      npm: ['@hcaptcha/react-hcaptcha', 'hcaptcha'],
      hosts: ['hcaptcha.com/siteverify', 'api.hcaptcha.com', 'js.hcaptcha.com'],
    },
  }),
  // Thirteenth round, checked on 2026-12-06 against Statsig's docs: the JavaScript client SDK page and the Session Replay
  // install page (npm `@statsig/js-client`, `@statsig/session-replay`, `@statsig/web-analytics`), the quickstart and the
  // Next.js page (`@statsig/react-bindings`, NEXT_PUBLIC_STATSIG_CLIENT_KEY), the Node Server Core page and its migration
  // guide (`@statsig/statsig-node-core`, the legacy `statsig-node`), the Python Server Core page (`pip install
  // statsig-python-core`, `from statsig_python_core import Statsig`) and the legacy Python SDK page (`pip install
  // statsig`, `from statsig import statsig`), the legacy `statsig-js` README (replaced by `@statsig/js-client`), Statsig's
  // own Next.js sample (statsig-io/NextJS-SSR-AppRouter: STATSIG_SERVER_SECRET), and the "Statsig Domains" page (the API
  // services' domains, which its SDKs switch between; its console's hosts and the shared `cloudflare-dns.com` are left
  // out). Feature flags, experiments, product analytics and session replay: the SDKs send each user object (id, email,
  // custom properties) with every exposure and logged event, and the replay plugin records the browser session (refly's
  // web app and API, with uid and email on the server's events).
  monitoring({
    id: 'statsig',
    name: 'Statsig (feature flags, product analytics and session replay)',
    vendor: 'statsig',
    website: 'https://www.statsig.com',
    signals: {
      npm: [
        '@statsig/js-client',
        '@statsig/react-bindings',
        '@statsig/session-replay',
        '@statsig/web-analytics',
        '@statsig/statsig-node-core',
        'statsig-node',
        'statsig-js',
      ],
      pypi: ['statsig', 'statsig-python-core'],
      env: ['NEXT_PUBLIC_STATSIG_CLIENT_KEY', 'STATSIG_SERVER_SECRET'],
      hosts: [
        'api.statsig.com',
        'featuregates.org',
        'statsigapi.net',
        'events.statsigapi.net',
        'api.statsigcdn.com',
        'featureassets.org',
        'assetsconfigcdn.org',
        'prodregistryv2.org',
        'beyondwickedmapping.org',
      ],
    },
  }),
];
