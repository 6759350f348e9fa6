import type { ConfigFact } from '../types.js';
import type { FileTask } from './processFiles.js';

/** Facts that the whole app is a program each user runs: a CLI, a desktop app, a browser extension, a GitHub Action. */
export const USERS_RUN_FACT = 'runs-at-users';

/**
 * Server frameworks and servers' deployment files: an app that serves others runs where its operator runs it, even when
 * it also installs a command. Package names as their registries spell them.
 */
const SERVER_FRAMEWORK =
  /["'\s/](?:express|fastify|koa|hono|@nestjs\/core|next|nuxt|@remix-run\/node|fastapi|flask|django|starlette|aiohttp|sanic|tornado|gradio|streamlit|chainlit|uvicorn|gunicorn|github\.com\/gin-gonic\/gin|github\.com\/labstack\/echo|github\.com\/gofiber\/fiber|github\.com\/go-chi\/chi|github\.com\/gorilla\/mux|google\.golang\.org\/grpc|axum|actix-web|rocket|warp|spring-boot)["'\s=<>~^@[,/]/i;

/** Files at the root whose presence says the app is a server someone deploys. */
const SERVER_FILES: ReadonlySet<string> = new Set([
  'vercel.json',
  'netlify.toml',
  'fly.toml',
  'render.yaml',
  'railway.json',
  'app.yaml',
  'procfile',
]);

/** A Compose file's name (`docker-compose.yml`, `compose.prod.yaml`). */
const COMPOSE_FILE = /^(?:docker-)?compose[\w.-]*\.ya?ml$/i;

/** The root manifests a server framework would be declared in. */
const ROOT_MANIFESTS = [
  'package.json',
  'pyproject.toml',
  'requirements.txt',
  'setup.py',
  'go.mod',
  'Cargo.toml',
];

interface Entry {
  file: string;
  line: number;
  snippet: string;
  what: string;
}

function lineOf(text: string, at: number): { line: number; snippet: string } {
  const line = text.slice(0, at).split('\n').length;
  return { line, snippet: (text.split('\n')[line - 1] ?? '').trim().slice(0, 120) };
}

function find(text: string | undefined, file: string, pattern: RegExp, what: string): Entry | undefined {
  const match = text === undefined ? null : pattern.exec(text);
  return match && text !== undefined ? { file, ...lineOf(text, match.index), what } : undefined;
}

/**
 * Whether the tree is one program each user runs on their own machine or in their own CI, with where it says so: a
 * GitHub Action (`action.yml` at the root, with `runs:`), a browser extension (a root `manifest.json` with
 * `manifest_version`), an Electron or Tauri desktop app, a VS Code extension or a JetBrains plugin, or a command (a package's `bin`, `[project.scripts]`,
 * `console_scripts`, a Go `main.go` built with cobra) whose root manifests name no server framework and whose root holds no server's deployment file.
 * Then its model APIs are called with each user's own key, and what runs in its process runs at the user: shell_gpt,
 * opencommit and mods were proposed as our sub-processors and our self-hosted stores. Root files only, each read once.
 * @example usersRunFact(tasks, read)?.message // 'each user runs the app: a GitHub Action (action.yml:5)'
 */
export function usersRunFact(
  tasks: readonly FileTask[],
  read: (task: FileTask) => string | undefined,
): ConfigFact | undefined {
  const root = new Map<string, FileTask>();
  for (const task of tasks)
    if (!task.relative.includes('/') && !task.pathClass) root.set(task.name.toLowerCase(), task);
  const text = (name: string) => {
    const task = root.get(name.toLowerCase());
    return task ? read(task) : undefined;
  };
  const at = (name: string) => root.get(name.toLowerCase())?.relative ?? name;
  const action =
    find(text('action.yml'), at('action.yml'), /^runs:/m, 'a GitHub Action') ??
    find(text('action.yaml'), at('action.yaml'), /^runs:/m, 'a GitHub Action');
  const packageJson = text('package.json');
  // An editor's extension runs in each user's editor, on their machine, as a desktop app does (twinny's LanceDB under
  // `~/.twinny/embeddings`, `src/index.ts:54-64`, was proposed `self-hosted`): a VS Code extension's manifest names the
  // editor among its `engines` and what it `contributes`; a JetBrains plugin is built with JetBrains' Gradle plugin.
  const gradle = text('build.gradle.kts') !== undefined ? 'build.gradle.kts' : 'build.gradle';
  const desktop =
    find(text('manifest.json'), at('manifest.json'), /"manifest_version"\s*:/, 'a browser extension') ??
    (packageJson && /"main"\s*:/.test(packageJson)
      ? find(packageJson, at('package.json'), /"electron"\s*:/, 'an Electron desktop app')
      : undefined) ??
    (packageJson && /"contributes"\s*:/.test(packageJson)
      ? find(packageJson, at('package.json'), /"engines"\s*:\s*\{[^}]*"vscode"\s*:/, 'a VS Code extension')
      : undefined) ??
    find(text(gradle), at(gradle), /\borg\.jetbrains\.intellij(?:\.platform)?\b/, 'a JetBrains IDE plugin');
  let entry = action ?? desktop;
  if (!entry) {
    // A Compose file anywhere but tests and examples runs the app as a service (chatgpt-on-wechat's
    // `docker/docker-compose.yml`, beside a `cow` command that only manages it).
    const serves =
      [...root.keys()].some((name) => SERVER_FILES.has(name)) ||
      tasks.some((task) => !task.pathClass && COMPOSE_FILE.test(task.name)) ||
      ROOT_MANIFESTS.some((name) => SERVER_FRAMEWORK.test(`\n${text(name) ?? ''}\n`));
    if (serves) return undefined;
    entry =
      find(packageJson, at('package.json'), /"bin"\s*:/, 'a command each user installs') ??
      find(
        text('pyproject.toml'),
        at('pyproject.toml'),
        /^\[(?:project\.scripts|tool\.poetry\.scripts)\]/m,
        'a command each user installs',
      ) ??
      find(text('setup.py'), at('setup.py'), /console_scripts/, 'a command each user installs') ??
      (root.has('main.go')
        ? find(text('go.mod'), at('go.mod'), /github\.com\/spf13\/cobra\b/, 'a command each user installs')
        : undefined);
  }
  if (!entry) return undefined;
  return {
    kind: USERS_RUN_FACT,
    message: `each user runs the app: ${entry.what} (${entry.file}:${entry.line})`,
    evidence: [
      {
        file: entry.file,
        line: entry.line,
        col: 1,
        signal: 'config',
        snippet: entry.snippet,
        proofClass: 'config',
      },
    ],
  };
}
