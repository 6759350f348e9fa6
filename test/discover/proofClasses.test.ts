import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { conventionalClass } from '../../src/discover/proof/pathClass.js';
import type { DiscoveryReport } from '../../src/discover/types.js';
import { tree } from './fixture.js';

const scan = async (files: Record<string, string>, options = {}) => discover([await tree(files)], options);
const classes = (report: DiscoveryReport, id: string) =>
  report.findings.find((f) => f.id === id)?.evidence.map((e) => `${e.file}:${e.line}:${e.proofClass}`);
const status = (report: DiscoveryReport, id: string) => report.findings.find((f) => f.id === id)?.status;

describe('proof classes', () => {
  it('classes paths by convention: tests, examples, docs, translations', () => {
    expect(conventionalClass('src/__tests__/a.ts')).toBe('test');
    expect(conventionalClass('pkg/client_test.go')).toBe('test');
    expect(conventionalClass('app/test_llm.py')).toBe('test');
    expect(conventionalClass('web/src/a.spec.tsx')).toBe('test');
    // A project's own evaluation and load-test harnesses (tabby's, run on Modal by its developers).
    expect(conventionalClass('python/tabby-eval/modal/predict.py')).toBe('test');
    expect(conventionalClass('python/tabby-loadtest/server.py')).toBe('test');
    expect(conventionalClass('src/retrieval/rank.py')).toBeUndefined();
    // Samples a UI shows its users, and documentation for the team (Phoenix).
    expect(conventionalClass('js/app/src/components/project/integrationSnippets/baseten.ts')).toBe('example');
    expect(conventionalClass('internal_docs/vignettes/db.ts')).toBe('docs');
    // The same samples in one file (latitude-llm), and a harness named first (cognee's `eval_framework/`).
    expect(conventionalClass('apps/web/src/-components/onboarding-integration-snippets.ts')).toBe('example');
    expect(conventionalClass('src/components/codeSnippets.tsx')).toBe('example');
    expect(conventionalClass('src/snippets.ts')).toBeUndefined();
    expect(conventionalClass('src/features/snippetStore.ts')).toBeUndefined();
    expect(conventionalClass('cognee/eval_framework/modal_eval_dashboard.py')).toBe('test');
    expect(conventionalClass('src/evaluator/score.py')).toBeUndefined();
    expect(conventionalClass('apps/sim/lib/compare/data/competitors/crewai.ts')).toBe('docs');
    expect(conventionalClass('app-server/src/debugger/tests.rs')).toBe('test');
    expect(conventionalClass('app-server/src/debugger/mod.rs')).toBeUndefined();
    // An app's own feature of that name is its code (a snippet manager, a documents workspace).
    expect(conventionalClass('src/features/snippets/summarize.ts')).toBeUndefined();
    expect(conventionalClass('packages/shared-docs/editor.ts')).toBeUndefined();
    expect(conventionalClass('examples/rag/main.py')).toBe('example');
    expect(conventionalClass('notebooks/demo.ipynb')).toBe('example');
    expect(conventionalClass('docs/examples/x.py')).toBe('docs');
    expect(conventionalClass('web/public/locales/de/common.json')).toBe('translation');
    expect(conventionalClass('web/src/i18n/zh-CN.json')).toBe('translation');
    expect(conventionalClass('src/latest/app.py')).toBeUndefined();
    // A file named like an example is not one by its name: across 53 labelled apps, 6 of 11 such files were the
    // app's own code (localGPT's main UI is components/demo.tsx; TaskWeaver's role.py imports misc/example.py).
    expect(conventionalClass('localGPT/components/demo.tsx')).toBeUndefined();
    expect(conventionalClass('taskweaver/misc/example.py')).toBeUndefined();
    // Below a JVM source set the folders are packages: Spring Initializr's default is com.example.demo, and
    // spring-ai-playground's is …/playground/.
    expect(conventionalClass('src/main/java/com/example/demo/ChatController.java')).toBeUndefined();
    expect(conventionalClass('app/src/main/kotlin/org/acme/playground/Main.kt')).toBeUndefined();
    expect(conventionalClass('examples/rag/src/main/java/App.java')).toBe('example');
  });

  it('gives code, config, infrastructure and mention classes; status follows the strongest', async () => {
    const report = await scan({
      'src/app.py': 'import openai\n',
      '.env': 'ANTHROPIC_API_KEY=x\n',
      'compose.yaml': 'services:\n  q:\n    image: qdrant/qdrant\n',
      'tests/test_app.py': 'import cohere\nimport openai\n',
      'examples/demo.ts': "import { Pinecone } from '@pinecone-database/pinecone';\n",
      'docs/guide.py': 'import groq\n',
      'web/locales/en.json': '{ "hint": "Set MISTRAL_API_KEY" }\n',
    });
    expect(classes(report, 'openai')).toEqual(['src/app.py:1:code', 'tests/test_app.py:2:test']);
    expect(classes(report, 'anthropic')).toEqual(['.env:1:config']);
    expect(classes(report, 'qdrant')).toEqual(['compose.yaml:3:infrastructure']);
    expect(classes(report, 'cohere')).toEqual(['tests/test_app.py:1:test']);
    expect(classes(report, 'pinecone')).toEqual(['examples/demo.ts:1:example']);
    expect(classes(report, 'groq')).toEqual(['docs/guide.py:1:docs']);
    expect(classes(report, 'mistral')).toEqual(['web/locales/en.json:1:translation']);
    expect(['openai', 'anthropic', 'qdrant'].map((id) => status(report, id))).toEqual([
      'used',
      'used',
      'used',
    ]);
    expect(['cohere', 'pinecone', 'groq', 'mistral'].map((id) => status(report, id))).toEqual([
      'mentioned',
      'mentioned',
      'mentioned',
      'mentioned',
    ]);
  });

  it('skips line and block comments in each language, and strings that look like them', async () => {
    const report = await scan({
      'a.ts':
        "/* import OpenAI from 'openai';\n   import Anthropic from '@anthropic-ai/sdk'; */\nconst u = 'http://x//y'; // import { CohereClient } from 'cohere-ai';\n",
      'b.py': '"""\nimport groq\n"""\nx = "#"  # import mistralai\nimport openai\n',
      'c.go': 'package c\n// import "github.com/sashabaranov/go-openai"\n',
      'd.rb': "=begin\nrequire 'anthropic'\n=end\n# require 'openai'\n",
      'e.rs': '// use async_openai::Client;\nfn main() {}\n',
    });
    expect(status(report, 'anthropic')).toBe('mentioned');
    expect(classes(report, 'anthropic')).toEqual(['a.ts:2:comment', 'd.rb:2:comment']);
    expect(classes(report, 'cohere')).toEqual(['a.ts:3:comment']);
    expect(classes(report, 'groq')).toEqual(['b.py:2:comment']);
    expect(classes(report, 'mistral')).toEqual(['b.py:4:comment']);
    expect(classes(report, 'openai')?.[0]).toBe('b.py:5:code');
    expect(status(report, 'openai')).toBe('used');
  });

  it('lets .trustmapclasses and the classes option override the conventions', async () => {
    const files = {
      '.trustmapclasses': '# sandbox is a playground\nexample: sandbox/\ncode: examples/production/\n',
      'sandbox/a.py': 'import openai\n',
      'examples/production/b.py': 'import anthropic\n',
      'src/c.py': 'import cohere\n',
    };
    const report = await scan(files);
    expect(status(report, 'openai')).toBe('mentioned');
    expect(status(report, 'anthropic')).toBe('used');
    const withOption = await scan(files, { classes: [{ proofClass: 'test', pattern: 'src/' }] });
    expect(classes(withOption, 'cohere')).toEqual(['src/c.py:1:test']);
    await expect(scan({ '.trustmapclasses': 'nonsense here\n' })).rejects.toThrow(
      /\.trustmapclasses: line 1/,
    );
  });
});

describe('lockfile and manifest classes', () => {
  it('package-lock v3: direct from the root, transitive, optional peers, dev', async () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { openai: '^4' }, devDependencies: { 'cohere-ai': '^7' } },
        'node_modules/openai': { version: '4.0.0' },
        'node_modules/cohere-ai': { version: '7.0.0', dev: true },
        'node_modules/@langchain/community': {
          version: '0.3.0',
          peerDependencies: { '@pinecone-database/pinecone': '*', '@qdrant/js-client-rest': '*' },
        },
        'node_modules/@qdrant/js-client-rest': { version: '1.0.0', peer: true },
        'node_modules/groq-sdk': { version: '0.3.0' },
      },
    };
    const report = await scan({ 'package-lock.json': JSON.stringify(lock, null, 2) });
    const of = (id: string) => report.findings.find((f) => f.id === id)?.evidence[0]?.proofClass;
    expect(of('openai')).toBe('lockfile-direct');
    expect(of('cohere')).toBe('test');
    expect(of('pinecone')).toBe('lockfile-optional');
    expect(of('qdrant')).toBe('lockfile-optional');
    expect(of('groq')).toBe('lockfile-transitive');
    expect(status(report, 'openai')).toBe('used');
    expect(status(report, 'pinecone')).toBe('mentioned');
    expect(status(report, 'groq')).toBe('mentioned');
  });

  it('pnpm-lock, yarn.lock, poetry.lock, uv.lock and requirements', async () => {
    const report = await scan({
      'pnpm-lock.yaml':
        "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      openai:\n        specifier: ^4\n    devDependencies:\n      cohere-ai:\n        specifier: ^7\npackages:\n  '@langchain/community@0.3.0':\n    peerDependencies:\n      '@pinecone-database/pinecone': '*'\n  groq-sdk@0.3.0:\n    resolution: {}\n",
      'web/yarn.lock':
        '"@anthropic-ai/sdk@^0.20.0":\n  version "0.20.0"\n  optionalDependencies:\n    "@mistralai/mistralai" "^1"\n',
      'py/uv.lock':
        '[[package]]\nname = "app"\nsource = { editable = "." }\ndependencies = [\n    { name = "voyageai" },\n]\n\n[package.optional-dependencies]\nextra = [\n    { name = "together" },\n]\n\n[[package]]\nname = "replicate"\nversion = "1.0"\n',
      'py2/poetry.lock':
        '[[package]]\nname = "fireworks-ai"\nversion = "0.1"\noptional = true\n\n[[package]]\nname = "lancedb"\nversion = "0.1"\n',
      'py3/requirements.txt':
        'weaviate-client==4.0\n    # via -r requirements.in\nreplicate==0.2\n    # via langchain-community\n',
      'py4/requirements-dev.txt': 'xai-sdk==1.0\n',
    });
    const of = (id: string) =>
      report.findings.find((f) => f.id === id)?.evidence.map((e) => `${e.file}:${e.proofClass}`);
    expect(of('openai')).toEqual(['pnpm-lock.yaml:lockfile-direct']);
    expect(of('cohere')).toEqual(['pnpm-lock.yaml:test']);
    expect(of('pinecone')).toEqual(['pnpm-lock.yaml:lockfile-optional']);
    expect(of('groq')).toEqual(['pnpm-lock.yaml:lockfile-transitive']);
    expect(of('anthropic')).toEqual(['web/yarn.lock:lockfile-transitive']);
    expect(of('mistral')).toEqual(['web/yarn.lock:lockfile-optional']);
    expect(of('voyage')).toEqual(['py/uv.lock:lockfile-direct']);
    expect(of('together')).toEqual(['py/uv.lock:lockfile-optional']);
    expect(of('replicate')).toEqual([
      'py/uv.lock:lockfile-transitive',
      'py3/requirements.txt:lockfile-transitive',
    ]);
    expect(of('fireworks')).toEqual(['py2/poetry.lock:lockfile-optional']);
    expect(of('lancedb')).toEqual(['py2/poetry.lock:lockfile-transitive']);
    expect(of('weaviate')).toEqual(['py3/requirements.txt:lockfile-direct']);
    expect(of('xai')).toEqual(['py4/requirements-dev.txt:test']);
  });
});
