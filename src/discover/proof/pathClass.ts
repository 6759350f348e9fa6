import ignore, { type Ignore } from 'ignore';
import type { ProofClass } from '../types.js';

/** Proof classes a path can impose on everything in a file, whatever the file holds. */
export type PathClass = 'code' | 'test' | 'example' | 'docs' | 'translation';

export const PATH_CLASSES: readonly PathClass[] = ['code', 'test', 'example', 'docs', 'translation'];

/** One user rule: files matching a gitignore-style `pattern` get `proofClass` (`code` restores the default). */
export interface ClassRule {
  proofClass: PathClass;
  pattern: string;
}

// Folder names, compared lowercase, by convention across ecosystems (JS, Python, Go, Ruby, Rust, JVM).
const FOLDERS: Record<string, PathClass> = {
  test: 'test',
  tests: 'test',
  __tests__: 'test',
  __mocks__: 'test',
  testing: 'test',
  spec: 'test',
  specs: 'test',
  e2e: 'test',
  cypress: 'test',
  // CI and development containers build, test and run the app for its developers; they are not the app (inbox-zero's
  // Playwright workflow uploading reports to S3 was proposed as the app's object store).
  '.github': 'test',
  '.gitlab': 'test',
  '.circleci': 'test',
  '.buildkite': 'test',
  '.woodpecker': 'test',
  '.devcontainer': 'test',
  // Coding agents' skills and rules (agenta's QA scripts under `.agents/skills/` were OpenAI's and Anthropic's first
  // proofs): the developers' tooling, not the app.
  '.agents': 'example',
  '.claude': 'example',
  '.cursor': 'example',
  '.codex': 'example',
  '.windsurf': 'example',
  fixtures: 'test',
  testdata: 'test',
  eval: 'test',
  evals: 'test',
  evaluation: 'test',
  evaluations: 'test',
  benchmark: 'test',
  benchmarks: 'test',
  example: 'example',
  examples: 'example',
  sample: 'example',
  samples: 'example',
  demo: 'example',
  demos: 'example',
  cookbook: 'example',
  cookbooks: 'example',
  notebooks: 'example',
  tutorial: 'example',
  tutorials: 'example',
  playground: 'example',
  // Code shown to users as text in the product's own pages (agentops's dashboard `components/code-examples/`).
  'code-examples': 'example',
  'code-samples': 'example',
  // Scripts that reproduce a paper's results (LightRAG's `reproduce/`), run by hand, not by the app.
  reproduce: 'example',
  reproduction: 'example',
  // Code kept for reference but no longer wired in (`lightrag/llm/deprecated/siliconcloud.py`): like an example,
  // it shows a vendor could be called, not that the app calls it.
  deprecated: 'example',
  // Components switched off and kept in the tree (langflow's `components/deactivated/amazon_kendra.py`, the only code
  // naming Amazon Kendra, proposed as its vector store): like deprecated code, not what the app runs.
  deactivated: 'example',
  // Scripts run by hand to debug a call (Onyx's `scripts/debugging/litellm/call_litellm.py` and its placeholder
  // Azure host), not code the app runs.
  debugging: 'example',
  // Developers' scripts (deer-flow's `scripts/export_claude_code_oauth.py`, `backend/scripts/build_fixture_from_jsonl.py`:
  // a Claude Code account name and a command-line default model made Anthropic and OpenAI tasks every request reaches),
  // run by hand, not by the app. Not an agent skill's scripts, which the agent runs (`skills/…/scripts/`).
  scripts: 'example',
  // Pages comparing the product with its competitors name their vendors (sim's `lib/compare/data/competitors/`:
  // WorkOS proposed as the app's sign-in, LangSmith and LangWatch as its tracing): text about others, not calls.
  competitors: 'docs',
  // A static site's content (Jekyll's and Eleventy's data files and posts): aider's `website/_data/` leaderboards
  // record the commands its benchmarks were run with (`OPENAI_API_BASE=https://dashscope-intl.aliyuncs.com/…`), and
  // Alibaba's DashScope and Hyperbolic were proposed as its model providers.
  _data: 'docs',
  _posts: 'docs',
  docs: 'docs',
  doc: 'docs',
  documentation: 'docs',
  'docs-site': 'docs',
  locale: 'translation',
  locales: 'translation',
  i18n: 'translation',
  l10n: 'translation',
  translations: 'translation',
};

// Names that are a docs site only as the first folder of the tree (FastGPT's `document/` holds its documentation
// site): deeper down, `src/document/` is as likely the module of an app whose domain object is a document.
const TOP_FOLDERS: Record<string, PathClass> = {
  document: 'docs',
  // Fern's folder (`fern.config.json`, `docs.yml`, API definitions): the docs site and SDK generator's settings, not the
  // app's (skyvern's `fern/docs.yml` reads `POSTHOG_API_KEY` for the docs site, and the app's own PostHog, on by default
  // with a built-in key, was proposed "when its keys are set").
  fern: 'docs',
};

// A folder of one kind of tests (`e2e_tests`, `integration-tests`, `unit_test`): karakeep's `packages/e2e_tests`
// Compose file, with MinIO and a mock model server, was proposed as the app's object store and an AI endpoint.
const TEST_FOLDER = /^(?:e2e|integration|unit|smoke|load|acceptance|functional|end[-_]to[-_]end)[-_]?tests?$/;
// A project's own evaluation, benchmark or load-test harness (tabby's `python/tabby-eval`, `python/tabby-loadtest`,
// run on Modal by its developers, proposed as a GPU cloud every request reaches).
const HARNESS_FOLDER = /[-_](?:evals?|evaluations?|benchmarks?|load-?tests?|loadtesting)$/;
// The same harness named first (cognee's `eval_framework/`, with a Modal dashboard its developers run, proposed as a
// model API every request reaches; `benchmark_suite/`, `evaluation-harness/`).
const HARNESS_FIRST_FOLDER = /^(?:evals?|evaluations?|benchmarks?)[-_]/;
// Code samples a UI shows its users (Phoenix's `integrationSnippets/`, instrumenting the user's own app with Baseten or
// Cloudflare, proposed as its vendors), and documentation folders named for whom they are (`internal_docs`).
// Named for whom or what they are, not any folder of that word: an app's own `snippets/` or `docs/` feature is code.
const SNIPPET_FOLDER = /^(?:integration|code|usage|install|setup|quickstart|example|sample)[-_]?snippets$/;
const DOCS_FOLDER = /^(?:internal|dev|developer|design|team|contributor)[-_]?docs$/;
// The same samples in one file (latitude-llm's `onboarding-integration-snippets.ts`: how to trace the user's own
// OpenAI, Bedrock or watsonx calls, proposed as fifteen model providers of its own), named as such in any case.
const SNIPPET_FILE =
  /(?:^|[-_.])(?:integration|code|usage|install|setup|quickstart|example|sample|onboarding)[-_]?snippets?\.[cm]?[jt]sx?$/i;
// A sample named so by its second extension, in any language (langwatch's `codegen/snippets/go/ollama.snippet.go`,
// `agno.snippet.py`: code the product shows users for tracing their own Ollama or Arize calls, proposed as its vendors).
const SNIPPET_EXTENSION = /\.snippets?\.\w+$/i;

/** Folders a web server serves as they are: a `scripts/` folder in one is the browser app's code, not developers' tools. */
const SERVED = /^(?:public|static|www|wwwroot|htdocs)$/i;

/** Agent skills: folders of instructions and scripts the agent itself runs. */
const SKILLS = /^(?:skills?|agent[-_]?skills)$/i;

// CI pipelines kept in one file at the top or anywhere (helix's `.drone.yml` uploading desktop builds to Cloudflare R2,
// proposed as the app's object store), as their folders are (`.github/`, `.circleci/`).
// So is electron-builder's configuration, which packages and publishes the desktop app's releases (chatbox's
// `electron-builder.yml:82-86`, its release bucket on Cloudflare R2, proposed as a store receiving customer data).
const CI_FILE =
  /^(?:\.drone|\.gitlab-ci|\.travis|\.woodpecker|\.?appveyor|bitbucket-pipelines|azure-pipelines|\.cirrus)\.ya?ml$|^Jenkinsfile$|^electron-builder(?:\.[\w-]+)?\.(?:ya?ml|json5?|toml|[cm]?[jt]s)$/;

const TEST_FILE =
  /(?:^test_.+\.py$|_test\.(?:py|go|rb|rs)$|\.(?:test|spec|e2e)\.[cm]?[jt]sx?$|^conftest\.py$|_spec\.rb$|Tests?\.(?:java|kt|scala)$)/;
// A script named as a test in words (`compatibility-test-script.cjs`, `smoke_test_api.js`, `tests.py`): `test`
// between separators, before the extension. Only JavaScript, TypeScript, Python and shell scripts, and Rust, whose
// unit tests sit in a `tests.rs` module beside the code (lmnr's `debugger/tests.rs`, naming gpt-4o, proposed OpenAI as
// called by name for a task of its own): elsewhere the naming conventions above are the rule.
const TEST_WORD_FILE = /(?:^|[-_.])tests?(?:[-_.].*)?\.(?:[cm]?[jt]sx?|py|sh|rs)$/i;
// Stand-in data for a UI or a test (`fakeData.ts`, `mockProviders.tsx`, `mocks.js`, `fake_llm.py`): LibreChat's model
// menu mock named Cohere, which was proposed as a model provider with it as first proof.
const MOCK_FILE = /^(?:fake|mock)(?:s|[A-Z_-]\S*)?\.(?:[cm]?[jt]sx?|py)$/;
// `en.json`, `zh-CN.yaml`, `pt_BR.po`: locale files named by their language tag.
const LOCALE_FILE = /^[a-z]{2}(?:[-_][A-Za-z]{2,4})?\.(?:json|ya?ml|po|properties)$/;

const NO_FOLDERS: ReadonlySet<string> = new Set();

/**
 * The class a path imposes by convention: test, example, docs or translation folders and file names;
 * undefined for production paths (the file's own kind decides then). `appFolders` are folders named as examples that
 * hold the app's own code (`appPackageFolders`): their name says nothing.
 * @example conventionalClass('src/__tests__/a.test.ts') // 'test'
 */
export function conventionalClass(
  relative: string,
  appFolders: ReadonlySet<string> = NO_FOLDERS,
): PathClass | undefined {
  const parts = relative.split('/');
  const name = parts[parts.length - 1]!;
  if (name.endsWith('.ipynb')) return 'example';
  let found: PathClass | undefined;
  // Below a JVM source set (`src/main/java/com/example/demo/App.java`, Spring Initializr's default package) the
  // folders are package names, not conventions: only the folders above `src/main` say what the module is.
  const sourceSet = parts.findIndex((part, i) => part === 'src' && parts[i + 1] === 'main');
  const last = sourceSet >= 0 ? sourceSet : parts.length - 1;
  for (let i = 0; i < last; i++) {
    const part = parts[i]!.toLowerCase();
    const folder =
      FOLDERS[part] ??
      (TEST_FOLDER.test(part) || HARNESS_FOLDER.test(part) || HARNESS_FIRST_FOLDER.test(part)
        ? 'test'
        : SNIPPET_FOLDER.test(part)
          ? 'example'
          : DOCS_FOLDER.test(part)
            ? 'docs'
            : i === 0
              ? TOP_FOLDERS[part]
              : undefined);
    if (folder === 'example' && part === 'scripts' && parts.slice(0, i).some((above) => SKILLS.test(above)))
      continue;
    // SillyTavern's `public/scripts/` is its whole browser app: ElevenLabs and a dozen providers were "only mentioned".
    if (folder === 'example' && part === 'scripts' && parts.slice(0, i).some((above) => SERVED.test(above)))
      continue;
    // Tandoor's `cookbook/` holds its Django app (see `appPackageFolders`): Telegram, Dropbox, hCaptcha were examples.
    if (folder === 'example' && appFolders.size > 0 && appFolders.has(parts.slice(0, i + 1).join('/')))
      continue;
    // The outermost convention wins: `docs/examples/x.py` is documentation.
    if (folder) {
      found = folder;
      break;
    }
  }
  if (found) return found;
  if (TEST_FILE.test(name) || TEST_WORD_FILE.test(name) || MOCK_FILE.test(name) || CI_FILE.test(name))
    return 'test';
  if (SNIPPET_FILE.test(name) || SNIPPET_EXTENSION.test(name)) return 'example';
  if (LOCALE_FILE.test(name)) return 'translation';
  return undefined;
}

/** User rules compiled: the last matching rule wins. */
export interface ClassMatcher {
  classOf(relative: string): PathClass | undefined;
}

/**
 * Rules from the `.trustmapclasses` file (lines `class: pattern`, `#` comments) and the `--class` flag,
 * on top of the conventions. Bad lines are reported, not fatal.
 * @example parseClassRules('example: sandbox/**').rules // [{ proofClass: 'example', pattern: 'sandbox/**' }]
 */
export function parseClassRules(text: string): { rules: ClassRule[]; problems: string[] } {
  const rules: ClassRule[] = [];
  const problems: string[] = [];
  for (const [index, raw] of text.split(/\r?\n/).slice(0, 10_000).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const rule = parseClassRule(line);
    if (typeof rule === 'string') problems.push(`line ${index + 1}: ${rule}`);
    else rules.push(rule);
  }
  return { rules, problems };
}

/** One `class: pattern` (or `class=pattern`) rule, or why it is not one. */
export function parseClassRule(text: string): ClassRule | string {
  const match = /^([a-z]+)\s*[:=]\s*(\S.*)$/.exec(text.trim());
  if (!match) return `expected "<class>: <pattern>", got ${JSON.stringify(text.slice(0, 80))}`;
  const proofClass = match[1] as PathClass;
  if (!PATH_CLASSES.includes(proofClass))
    return `unknown class ${JSON.stringify(match[1])} (use ${PATH_CLASSES.join(', ')})`;
  return { proofClass, pattern: match[2]!.trim() };
}

/** A matcher for path classes: user rules (last match wins) over the conventions. */
export function classMatcher(
  rules: readonly ClassRule[],
  appFolders: ReadonlySet<string> = NO_FOLDERS,
): ClassMatcher {
  const compiled: [Ignore, PathClass][] = rules.map((rule) => [ignore().add(rule.pattern), rule.proofClass]);
  return {
    classOf(relative) {
      for (let i = compiled.length - 1; i >= 0; i--) {
        const [matcher, proofClass] = compiled[i]!;
        if (matcher.ignores(relative)) return proofClass;
      }
      return conventionalClass(relative, appFolders);
    },
  };
}

/** The class of a proof: the path's class when it has one, else what the file's kind implies. */
export function proofClassOf(pathClass: PathClass | undefined, base: ProofClass): ProofClass {
  return pathClass && pathClass !== 'code' ? pathClass : base;
}
