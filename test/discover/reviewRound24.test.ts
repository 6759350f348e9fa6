// What the twenty-fourth session's reviews of real apps found in `init`'s proposals: chat-langchain,
// anthropic-quickstarts, lollms-webui, aws-genai-llm-chatbot and localGPT. Each test is the smallest tree that shows
// its fault.
import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan } from './fixture.js';

/** What `init` would propose from `files` into an empty map. */
async function proposalsFor(files: Record<string, string>) {
  const report = await scan(files);
  const loaded = loadMapFromFiles(
    [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
    { root: '/tmp/map' },
  );
  if (!loaded.ok) throw new Error('map does not load');
  const additions = planAdditions(loaded.map, computeDrift(loaded.map, report), report.facts);
  const entry = (section: string, id: string) =>
    additions.find((addition) => addition.section === section && addition.entry.id === id)?.entry;
  return { report, additions, entry };
}

describe("the application's paths cover where its providers are called from", () => {
  // chat-langchain: `paths: [frontend]`, its sign-in and analytics, while every model call is in `src/agent/config.py`.
  it('lists each folder a provider is called from', async () => {
    const { entry } = await proposalsFor({
      'frontend/lib/analytics.ts': 'import posthog from "posthog-js";\nposthog.capture("asked");\n',
      'frontend/lib/auth.ts':
        'import * as Sentry from "@sentry/nextjs";\nSentry.init({ dsn: process.env.DSN });\n',
      'src/agent/config.py': 'from langchain_openai import ChatOpenAI\nmodel = ChatOpenAI(model="gpt-4o")\n',
    });
    expect(entry('components', 'app')?.paths).toEqual(['frontend', 'src']);
  });

  // lollms-webui: `paths: [zoos]`, a plug-in folder, where its server is `app.py` at the top.
  it('is the whole tree where a provider is called from a file at the top', async () => {
    const { entry } = await proposalsFor({
      'app.py': 'from openai import OpenAI\nclient = OpenAI()\n',
      'zoos/tti/imagen.py': 'import anthropic\nclient = anthropic.Anthropic()\n',
    });
    expect(entry('components', 'app')?.paths).toEqual(['.']);
  });

  // anthropic-quickstarts: four apps side by side, proposed as `paths: [computer-use-demo]`.
  it('is the whole tree where the calls spread over more than three folders', async () => {
    const claude = 'import anthropic\nclient = anthropic.Anthropic()\n';
    const { entry } = await proposalsFor({
      'agents/agent.py': claude,
      'computer-use-demo/loop.py': claude,
      'customer-support-agent/app/api/chat/route.ts': 'import Anthropic from "@anthropic-ai/sdk";\n',
      'financial-data-analyst/app/api/finance/route.ts': 'import Anthropic from "@anthropic-ai/sdk";\n',
    });
    expect(entry('components', 'app')?.paths).toEqual(['.']);
  });
});
