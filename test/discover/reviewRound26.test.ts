// What the twenty-sixth session's reviews of real apps found in discovery: SWE-agent, gpt-engineer, ChatPaper and
// twinny. Each test is the smallest tree that shows its fault.
import { describe, expect, it } from 'vitest';
import { computeDrift, planAdditions } from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

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

describe('RudderStack is a product analytics vendor', () => {
  // gpt-engineer `gpt_engineer/collect.py:12-21`: `import rudderstack.analytics`, a write key and
  // `https://gptengineerezm.dataplane.rudderstack.com`; RudderStack was not in the catalog, so nothing was proposed.
  it('proposes RudderStack as a sub-processor receiving usage events, from its Python SDK and data plane', async () => {
    const { report, entry } = await proposalsFor({
      'pyproject.toml': '[project]\nname = "tool"\ndependencies = ["rudder-sdk-python == 2.0.2"]\n',
      'tool/collect.py': [
        'def send_learning(learning):',
        '    import rudderstack.analytics as rudder_analytics',
        '    rudder_analytics.write_key = "2Re4kqwL61GDp7S8ewe6K5dbogG"',
        '    rudder_analytics.dataPlaneUrl = "https://acme.dataplane.rudderstack.com"',
        '    rudder_analytics.track(user_id=learning.session, event="learning")',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'rudderstack')).toBe('used');
    expect(entry('subprocessors', 'rudderstack')).toMatchObject({ provider: 'rudderstack' });
    expect(entry('flows', 'app-to-rudderstack')).toMatchObject({ purpose: 'analytics' });
  });

  it('finds the browser SDK and the Node SDK by their packages', async () => {
    for (const name of ['@rudderstack/analytics-js', '@rudderstack/rudder-sdk-node']) {
      const report = await scan({
        'package.json': `{"dependencies":{"${name}":"3"}}`,
        'src/track.ts': `import { RudderAnalytics } from "${name}";\nexport const analytics = new RudderAnalytics();\n`,
      });
      expect(statusOf(report, 'rudderstack')).toBe('used');
    }
  });
});

describe('an editor extension runs on each user’s machine, as a desktop app does', () => {
  // twinny `src/index.ts:54-64`: LanceDB under `~/.twinny/embeddings`, opened in the VS Code extension's own process on
  // each user's machine, was proposed `hosting: self-hosted`.
  const store = [
    'import * as lancedb from "@lancedb/lancedb";',
    'import * as os from "os";',
    'import * as path from "path";',
    'export async function open() {',
    '  const db = await lancedb.connect(path.join(os.homedir(), ".twinny/embeddings"));',
    '  return db.openTable("chunks");',
    '}',
    '',
  ].join('\n');

  it('proposes a VS Code extension’s local store as customer-hosted', async () => {
    const { report, entry } = await proposalsFor({
      'package.json': JSON.stringify({
        name: 'twinny',
        main: './out/index.js',
        engines: { vscode: '^1.84.0' },
        contributes: { commands: [{ command: 'twinny.chat', title: 'Chat' }] },
        dependencies: { '@lancedb/lancedb': '0.10.0' },
      }),
      'src/embeddings.ts': store,
    });
    expect(report.facts.find((fact) => fact.kind === 'runs-at-users')?.message).toContain(
      'a VS Code extension',
    );
    expect(entry('components', 'lancedb')).toMatchObject({ hosting: 'customer-hosted' });
    expect(entry('components', 'app')).toMatchObject({ hosting: 'customer-hosted' });
  });

  it('proposes a JetBrains plugin’s local store as customer-hosted', async () => {
    const { entry } = await proposalsFor({
      'build.gradle.kts': 'plugins {\n  id("org.jetbrains.intellij.platform") version "2.1.0"\n}\n',
      'package.json': '{"name":"webview","dependencies":{"@lancedb/lancedb":"0.10.0"}}',
      'src/embeddings.ts': store,
    });
    expect(entry('components', 'lancedb')).toMatchObject({ hosting: 'customer-hosted' });
  });

  it('still reads a server that names an editor in its engines but contributes nothing as a server', async () => {
    const { report, entry } = await proposalsFor({
      'package.json': JSON.stringify({
        name: 'api',
        engines: { node: '>=20', vscode: '^1.84.0' },
        dependencies: { '@lancedb/lancedb': '0.10.0', express: '4' },
      }),
      'src/embeddings.ts': store,
    });
    expect(report.facts.some((fact) => fact.kind === 'runs-at-users')).toBe(false);
    expect(entry('components', 'lancedb')).toMatchObject({ hosting: 'self-hosted' });
  });
});

describe('a public catalogue of papers is no AI endpoint', () => {
  // ChatPaper `chat_arxiv.py:343`: `base_url = "https://arxiv.org/search/?"`, joined to its search terms and fetched, in
  // a file that also calls OpenAI, was an "Unidentified AI endpoint (arxiv.org)" sent prompts, outputs and documents.
  const openaiFile = (line: string) =>
    [
      'import openai',
      'import requests',
      'openai.api_base = "https://api.openai.com/v1"',
      'def get_url(keyword):',
      `    ${line}`,
      '    return base_url + requests.compat.urlencode({"query": keyword})',
      'def summarise(text):',
      '    return openai.ChatCompletion.create(model="gpt-4o", messages=[{"role": "user", "content": text}])',
      '',
    ].join('\n');
  const endpoints = (report: { findings: { id: string }[] }) =>
    report.findings.filter((finding) => finding.id.startsWith('endpoint:')).map((finding) => finding.id);

  it('reads no AI endpoint from a search page’s address with a query', async () => {
    const report = await scan({
      'chat_arxiv.py': openaiFile('base_url = "https://papers.acme.org/search/?"'),
    });
    expect(endpoints(report)).toEqual([]);
    expect(statusOf(report, 'openai')).toBe('used');
  });

  it('reads no AI endpoint from arXiv’s, Semantic Scholar’s or Crossref’s API', async () => {
    for (const url of [
      'http://export.arxiv.org/api/query',
      'https://api.semanticscholar.org/graph/v1',
      'https://api.crossref.org/works',
    ]) {
      const report = await scan({ 'search.py': openaiFile(`base_url = "${url}"`) });
      expect(endpoints(report)).toEqual([]);
    }
  });

  it('still reads an unknown host given as a base URL as an AI endpoint', async () => {
    const report = await scan({ 'chat.py': openaiFile('base_url = "https://llm.acme.dev/v1"') });
    expect(endpoints(report)).toEqual(['endpoint:llm.acme.dev']);
  });
});

describe('the model provider behind a gateway library is proposed for a person to name', () => {
  // SWE-agent `sweagent/agent/models.py:15`: `import litellm`, each run's model named on the command line
  // (`--agent.model.name gpt-4o`); LiteLLM, a library, proposed nothing, and `init -y` wrote an empty map.
  const models = [
    'import litellm',
    'from pydantic import BaseModel',
    'class ModelConfig(BaseModel):',
    '    name: str',
    '    api_base: str | None = None',
    'def query(config, messages):',
    '    return litellm.completion(model=config.name, messages=messages, api_base=config.api_base)',
    '',
  ].join('\n');
  const manifest = '[project]\nname = "agent"\ndependencies = ["litellm>=1.44", "flask"]\n';

  it('proposes a model provider to name, sent prompts and answers, with the mentioned ones as candidates', async () => {
    const { additions, entry } = await proposalsFor({
      'pyproject.toml': manifest,
      'agent/models.py': models,
      '.devcontainer/sample_keys.cfg': "# ANTHROPIC_API_KEY: '***'\n",
    });
    const provider = entry('subprocessors', 'model-provider');
    expect(provider).toMatchObject({
      status: 'proposed',
      ai: true,
      dataClasses: ['prompts', 'model-outputs'],
    });
    expect(String(provider?.vendor)).toMatch(
      /^Proposed by trustmap discover: name the model provider LiteLLM/,
    );
    expect(entry('flows', 'app-to-model-provider')).toMatchObject({
      to: 'model-provider',
      purpose: 'inference',
    });
    const comment = additions.find((addition) => addition.entry.id === 'model-provider')?.comment ?? '';
    expect(comment).toContain('agent/models.py:1');
    expect(comment).toContain('Anthropic');
    expect(entry('components', 'litellm')).toBeUndefined();
  });

  it('proposes none where a provider behind it is found, or the map names one', async () => {
    const routed = await proposalsFor({
      'pyproject.toml': manifest,
      'agent/models.py': `${models}DEFAULT = "anthropic/claude-sonnet-4-20250514"\n`,
    });
    expect(routed.entry('subprocessors', 'model-provider')).toBeUndefined();

    const report = await scan({ 'pyproject.toml': manifest, 'agent/models.py': models });
    const loaded = loadMapFromFiles(
      [
        {
          file: 'trustmap.yaml',
          content: [
            'version: 1',
            'organization: { name: Tiny, stage: seed }',
            'subprocessors:',
            '  - { id: anthropic, vendor: Anthropic, service: Claude API, purpose: answers, provider: anthropic }',
            '',
          ].join('\n'),
        },
      ],
      { root: '/tmp/map' },
    );
    if (!loaded.ok) throw new Error('map does not load');
    expect(
      computeDrift(loaded.map, report).filter((item) => item.kind === 'undeclared-subprocessor'),
    ).toEqual([]);
  });
});

describe('GitHub’s API through fastai’s ghapi', () => {
  // SWE-agent `sweagent/utils/github.py:95` and `sweagent/run/hooks/open_pr.py:99`: `GhApi(token=token)` reads issues
  // and opens pull requests; GitHub's API was not found.
  it('finds the GitHub API from a GhApi client', async () => {
    const report = await scan({
      'pyproject.toml': '[project]\nname = "agent"\ndependencies = ["ghapi>=1.0.0,<2"]\n',
      'agent/github.py': [
        'from ghapi.all import GhApi',
        'def open_pr(token, owner, repo, head):',
        '    api = GhApi(token=token)',
        '    return api.pulls.create(owner=owner, repo=repo, head=head, base="main", title="fix")',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'github-api')).toBe('used');
  });
});
