import { describe, expect, it } from 'vitest';
import { computeDrift } from '../../src/discover/drift.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

// mem0 (8d5b786) sends usage telemetry to PostHog by default (server/telemetry.py); `init` proposed 34 vendors
// and missed it, so no answer or page named it. Product analytics and error tracking are sub-processors too.
describe('product analytics and error tracking', () => {
  it('finds PostHog from its client and host, as a vendor that is sent no prompts', async () => {
    const report = await scan({
      'requirements.txt': 'fastapi\nposthog>=3.5\n',
      'server/telemetry.py':
        'import os\nfrom posthog import Posthog\n\nclient = Posthog(os.environ.get("POSTHOG_API_KEY", "phc_x"), host="https://us.i.posthog.com")\n\ndef capture(event):\n    client.capture(distinct_id="anon", event=event)\n',
    });
    const posthog = report.findings.find((finding) => finding.id === 'posthog');
    expect(posthog).toMatchObject({
      status: 'used',
      category: 'product-analytics',
      hosting: 'vendor-hosted',
    });
    expect(posthog?.receivesPrompts).toBeFalsy();
  });

  it('finds Sentry from its SDK and DSN, and Segment only where the code uses it', async () => {
    const report = await scan({
      'package.json': JSON.stringify({ dependencies: { '@sentry/node': '^8.0.0' } }),
      'src/instrument.ts':
        "import * as Sentry from '@sentry/node';\n\nSentry.init({ dsn: process.env.SENTRY_DSN });\n",
      'docs/analytics.md': 'We used to send events with Segment (SEGMENT_WRITE_KEY).\n',
    });
    expect(statusOf(report, 'sentry')).toBe('used');
    expect(statusOf(report, 'segment')).not.toBe('used');
  });

  it('is drift until the map lists it as a sub-processor, at high severity, not critical', async () => {
    const report = await scan({
      'web/analytics.ts':
        "import posthog from 'posthog-js';\n\nposthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!);\n",
      'package.json': JSON.stringify({ dependencies: { 'posthog-js': '^1.0.0' } }),
    });
    const loaded = loadMapFromFiles(
      [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
      { root: '/tmp/map' },
    );
    if (!loaded.ok) throw new Error('map does not load');
    const drift = computeDrift(loaded.map, report).filter((item) => item.provider === 'posthog');
    expect(drift).toMatchObject([{ kind: 'undeclared-subprocessor', severity: 'high' }]);
    expect(drift[0]?.plain).toBe(
      'PostHog was found in our code and is under review for our sub-processor list',
    );
  });

  // gpt-researcher (5d84d2f) loads Plausible and Google Analytics in its web app's root layout and sends each research
  // query to Google Analytics; `init` had proposed neither.
  it('finds Plausible and Google Analytics in a Next.js layout, but not a map embed from the same package', async () => {
    const report = await scan({
      'frontend/package.json': JSON.stringify({
        dependencies: {
          'next-plausible': '^3.12.0',
          '@next/third-parties': '^15.0.0',
          'react-ga4': '^2.1.0',
        },
      }),
      'frontend/app/layout.tsx':
        'import PlausibleProvider from "next-plausible";\nimport { GoogleAnalytics } from "@next/third-parties/google";\n\nexport default function Root() {\n  return (<head><PlausibleProvider domain="example.com" /><GoogleAnalytics gaId={process.env.NEXT_PUBLIC_GA_MEASUREMENT_ID!} /></head>);\n}\n',
      'frontend/hooks/useAnalytics.ts':
        "import ReactGA from 'react-ga4';\n\nexport const track = (query: string) => ReactGA.event({ category: 'Research', action: 'Submit', label: query });\n",
    });
    expect(statusOf(report, 'plausible')).toBe('used');
    expect(statusOf(report, 'google-analytics')).toBe('used');
    const embed = await scan({
      'web/package.json': JSON.stringify({ dependencies: { '@next/third-parties': '^15.0.0' } }),
      'web/app/page.tsx':
        'import { YouTubeEmbed } from "@next/third-parties/google";\n\nexport default function Page() {\n  return <YouTubeEmbed videoid="x" />;\n}\n',
    });
    expect(statusOf(embed, 'google-analytics')).toBeUndefined();
  });
});

// Arize Phoenix (9478f95) loads Fullstory's recorder from its page template; pages and server templates were not read,
// so no answer or page named it.
describe('pages and server templates', () => {
  it('finds a recorder loaded by a page template, and nothing in a page that only names a model', async () => {
    const report = await scan({
      'app/llm.py': 'from openai import OpenAI\n',
      'app/templates/index.html': [
        '<!doctype html>',
        '<script>',
        "window['_fs_host'] = 'fullstory.com';",
        "window['_fs_script'] = 'edge.fullstory.com/s/fs.js';",
        "window['_fs_org'] = 'o-1ABC-na1';",
        '</script>',
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X1"></script>',
        '<p>Ask gpt-4o anything. Powered by Anthropic.</p>',
      ].join('\n'),
      'web/views/layout.ejs': "<script>window['_fs_org'] = 'o-2DEF-na1';</script>\n",
    });
    expect(statusOf(report, 'fullstory')).toBe('used');
    expect(statusOf(report, 'google-analytics')).toBe('used');
    const fullstory = report.findings.find((finding) => finding.id === 'fullstory');
    expect(fullstory?.evidence.map((proof) => proof.file)).toContain('web/views/layout.ejs');
    expect(statusOf(report, 'anthropic')).toBeUndefined();
    // The same snippet in a documentation page is a mention.
    const docs = await scan({
      'docs/site/install.html': "<script>window['_fs_org'] = 'o-1ABC-na1';</script>\n",
    });
    expect(statusOf(docs, 'fullstory')).not.toBe('used');
  });
});
