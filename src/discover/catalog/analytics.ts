import type { ProviderEntry } from './types.js';

/**
 * Product analytics and error tracking: vendor-hosted services that apps send usage events, and often user ids,
 * page content or stack traces with request data, by default (mem0 sends telemetry to PostHog unless switched
 * off). Sub-processors like any other; none of them is sent prompts by default. The packages, variables and
 * hosts are the vendors' published SDK package names and default ingestion hosts as known on 2026-12-04, written
 * from memory and not yet checked against each vendor's documentation.
 */
export const ANALYTICS_PROVIDERS: readonly ProviderEntry[] = [
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
  },
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
      hosts: ['api.mixpanel.com', 'api-eu.mixpanel.com'],
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
    signals: {
      npm: ['@sentry/node', '@sentry/browser', '@sentry/nextjs', '@sentry/react', '@sentry/vue'],
      pypi: ['sentry-sdk'],
      env: ['SENTRY_DSN', 'NEXT_PUBLIC_SENTRY_DSN'],
      hosts: ['sentry.io', '*.ingest.sentry.io', '*.ingest.us.sentry.io', '*.ingest.de.sentry.io'],
    },
  },
];
