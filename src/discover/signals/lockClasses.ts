import type { ProofClass } from '../types.js';

/** The class of a dependency named on a manifest or lockfile line, with a short reason. */
export interface DependencyClass {
  proofClass: ProofClass;
  detail?: string;
}

const DIRECT: DependencyClass = { proofClass: 'lockfile-direct' };
const TRANSITIVE: DependencyClass = {
  proofClass: 'lockfile-transitive',
  detail: 'lockfile: installed as a dependency of another package',
};
const OPTIONAL: DependencyClass = {
  proofClass: 'lockfile-optional',
  detail: 'lockfile: optional or peer dependency of another package',
};
const DEV: DependencyClass = { proofClass: 'test', detail: 'development dependency' };

/** Answers "which class is the dependency named `name` on line `line`?" for one file. */
export type Classifier = (name: string, line: number) => DependencyClass;

interface LockEntry {
  dev?: boolean;
  optional?: boolean;
  peer?: boolean;
  devOptional?: boolean;
}

/**
 * package-lock v2/v3 (and npm-shrinkwrap): the root package's own dependency lists say what is direct;
 * every installed `node_modules/<name>` entry is otherwise transitive, or optional/peer/dev by its flags;
 * a name only listed by another package (an optional peer that was never installed) is optional.
 */
function packageLockClassifier(text: string): Classifier {
  let lock: { packages?: Record<string, LockEntry & Record<string, unknown>> };
  try {
    lock = JSON.parse(text);
  } catch {
    return () => TRANSITIVE;
  }
  const packages = lock.packages ?? {};
  const root = packages[''] ?? {};
  const field = (key: string) => new Set(Object.keys((root[key] as Record<string, string>) ?? {}));
  const direct = field('dependencies');
  const dev = field('devDependencies');
  const optional = new Set([...field('optionalDependencies'), ...field('peerDependencies')]);
  const installed = new Map<string, DependencyClass>();
  for (const [key, entry] of Object.entries(packages)) {
    // Only the top-level copy (`node_modules/x`, not `node_modules/a/node_modules/x`) and workspace links.
    const name = key.startsWith('node_modules/') ? key.slice('node_modules/'.length) : undefined;
    if (!name || name.includes('/node_modules/')) continue;
    installed.set(
      name,
      entry.peer || entry.optional
        ? OPTIONAL
        : entry.dev || entry.devOptional
          ? {
              proofClass: 'lockfile-transitive',
              detail: 'lockfile: development dependency of another package',
            }
          : TRANSITIVE,
    );
  }
  return (token) => {
    const name = token.replace(/^.*node_modules\//, '').replace(/^\//, '');
    if (direct.has(name)) return DIRECT;
    if (dev.has(name)) return DEV;
    if (optional.has(name)) return OPTIONAL;
    return installed.get(name) ?? OPTIONAL;
  };
}

/** One class per line, from a pass that tracks the section each line is in. */
function perLine(
  text: string,
  classOfLine: (line: string, state: Record<string, string>) => DependencyClass,
) {
  const classes: DependencyClass[] = [];
  const state: Record<string, string> = {};
  for (const line of text.split('\n')) classes.push(classOfLine(line, state));
  return (_name: string, line: number) => classes[line - 1] ?? TRANSITIVE;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** pnpm-lock: `importers` list each workspace's own dependencies; `packages`/`snapshots` the rest. */
function pnpmClassifier(text: string): Classifier {
  return perLine(text, (line, state) => {
    if (/^\S/.test(line)) state.section = line.replace(/:.*$/, '');
    const indent = indentOf(line);
    const key = line.trim().replace(/:.*$/, '');
    if (state.section === 'importers') {
      if (indent === 4) state.list = key;
      if (indent <= 4) return TRANSITIVE;
      // `version: 1.2.0(@mistralai/mistralai@1.0)(...)` lines name the peers a package was resolved with.
      if (indent > 6) return OPTIONAL;
      return state.list === 'dependencies'
        ? DIRECT
        : state.list === 'devDependencies'
          ? DEV
          : state.list === 'optionalDependencies'
            ? OPTIONAL
            : TRANSITIVE;
    }
    if (indent === 2) return TRANSITIVE;
    if (indent === 4) state.list = key;
    return /peer|optional/i.test(state.list ?? '') ? OPTIONAL : TRANSITIVE;
  });
}

/** yarn.lock: entries at column 0 are installed; names in an entry's optional or peer lists are mentions. */
function yarnClassifier(text: string): Classifier {
  return perLine(text, (line, state) => {
    if (/^\S/.test(line)) return TRANSITIVE;
    if (indentOf(line) === 2) state.list = line.trim().replace(/:.*$/, '');
    return /peer|optional/i.test(state.list ?? '') ? OPTIONAL : TRANSITIVE;
  });
}

/**
 * poetry.lock and uv.lock (TOML): `[[package]]` blocks. In uv.lock the project's own block (`source =
 * { editable = "." }` or `{ virtual = "." }`) lists direct, optional and dev dependencies; extras and
 * optional blocks elsewhere are mentions; everything else is transitive.
 */
function tomlLockClassifier(text: string): Classifier {
  const lines = text.split('\n');
  // First pass: which [[package]] blocks are the project itself, and which poetry blocks are optional.
  const blockOf: number[] = [];
  const rootBlocks = new Set<number>();
  const optionalBlocks = new Set<number>();
  let block = -1;
  for (const [index, line] of lines.entries()) {
    if (line.startsWith('[[package]]')) block = index;
    blockOf.push(block);
    if (/^source\s*=\s*\{\s*(?:editable|virtual)\s*=\s*"\."/.test(line)) rootBlocks.add(block);
    if (/^optional\s*=\s*true/.test(line)) optionalBlocks.add(block);
  }
  let table = '';
  const classes = lines.map((line, index) => {
    if (/^\[/.test(line)) table = line.trim();
    const current = blockOf[index]!;
    const root = rootBlocks.has(current);
    if (/optional-dependencies|extras/.test(table)) return OPTIONAL;
    if (/dev-dependencies/.test(table)) return root ? DEV : TRANSITIVE;
    if (root && /^\[\[package\]\]|^\[package\.metadata/.test(table))
      return /extra\s*==/.test(line) ? OPTIONAL : DIRECT;
    if (root) return DIRECT;
    return optionalBlocks.has(current) ? OPTIONAL : TRANSITIVE;
  });
  return (_name, line) => classes[line - 1] ?? TRANSITIVE;
}

/** Pipfile.lock: `default` is what the project installs, `develop` its development tools. */
function pipfileLockClassifier(text: string): Classifier {
  try {
    const lock = JSON.parse(text) as { default?: object; develop?: object };
    const direct = new Set(Object.keys(lock.default ?? {}));
    const dev = new Set(Object.keys(lock.develop ?? {}));
    return (name) => (direct.has(name) ? DIRECT : dev.has(name) ? DEV : TRANSITIVE);
  } catch {
    return () => TRANSITIVE;
  }
}

/**
 * The classifier for a lockfile by its name. Direct dependencies of other ecosystems are read from their
 * manifests (go.mod, Cargo.toml, Gemfile), so their lockfiles only add transitive evidence.
 */
export function lockfileClassifier(name: string, text: string): Classifier {
  switch (name.toLowerCase()) {
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return packageLockClassifier(text);
    case 'pnpm-lock.yaml':
      return pnpmClassifier(text);
    case 'yarn.lock':
    case 'bun.lock':
      return yarnClassifier(text);
    case 'poetry.lock':
    case 'uv.lock':
      return tomlLockClassifier(text);
    case 'pipfile.lock':
      return pipfileLockClassifier(text);
    default:
      return () => TRANSITIVE;
  }
}

const DEV_REQUIREMENTS = /(?:^|[-_.])(?:dev|test|tests|lint|docs?|ci)(?:[-_.]|$)/;

/**
 * Packages another package pins for itself, by the packages that depend on them (PyPI metadata: langchain and
 * langchain-core require langsmith). In a frozen requirements file (`pip freeze` pins every installed package) such a
 * pin beside its parent's is the parent's dependency, not the project's choice: opencopilot's `langsmith==0.0.63` under
 * `langchain==0.0.341`, with no tracing set up anywhere, was proposed as a sub-processor receiving prompts.
 */
const PINNED_FOR: Readonly<Record<string, readonly string[]>> = {
  langsmith: ['langchain', 'langchain-core', 'langchain-community'],
};

/** The exact pins (`name==version`) of a requirements file, names normalised (PEP 503). */
function exactPins(lines: readonly string[]): Set<string> {
  const pins = new Set<string>();
  for (const line of lines) {
    const pin = /^\s*([A-Za-z0-9][\w.-]*)(?:\[[^\]]*\])?\s*==/.exec(line);
    if (pin) pins.add(pin[1]!.toLowerCase().replace(/[-_.]+/g, '-'));
  }
  return pins;
}

/** The parent a frozen pin on this line was installed for, if the same file pins it too. */
function pinnedFor(line: string, pins: ReadonlySet<string>): string | undefined {
  const pin = /^\s*([A-Za-z0-9][\w.-]*)\s*==/.exec(line);
  const name = pin?.[1]?.toLowerCase().replace(/[-_.]+/g, '-');
  return name === undefined ? undefined : PINNED_FOR[name]?.find((parent) => pins.has(parent));
}

/**
 * Manifests (what the project itself declares): a dependency is direct unless its section says dev, test,
 * optional or peer, or (pip-compile output) a `# via` comment names only other packages.
 */
export function manifestClassifier(kind: string, fileName: string, text: string): Classifier {
  const lines = text.split('\n');
  if (kind === 'requirements') {
    if (DEV_REQUIREMENTS.test(fileName.toLowerCase().replace(/\.(txt|in)$/, ''))) return () => DEV;
    const pins = exactPins(lines);
    return (_name, line) => {
      // pip-compile writes `# via <package>` under each pin; `# via -r requirements.in` marks a direct one.
      const via: string[] = [];
      for (let k = line; k < lines.length && k < line + 20; k++) {
        const next = lines[k]!;
        if (!/^\s+#/.test(next)) break;
        via.push(next);
      }
      const comments = via.join(' ');
      if (/#\s*via/.test(comments))
        return /-r\s|-c\s|\.in\b|pyproject|setup\.(py|cfg)/.test(comments) ? DIRECT : TRANSITIVE;
      const parent = pinnedFor(lines[line - 1] ?? '', pins);
      return parent
        ? {
            proofClass: 'lockfile-transitive',
            detail: `requirements: pinned beside ${parent}, which requires it`,
          }
        : DIRECT;
    };
  }
  if (kind === 'pyproject' || kind === 'pipfile' || kind === 'cargo') {
    let table = '';
    const classes = lines.map((line) => {
      if (/^\s*\[/.test(line)) table = line.trim();
      if (/optional\s*=\s*true/.test(line)) return OPTIONAL;
      if (/optional-dependencies|extras|dependency-groups/.test(table))
        return /dev|test|lint|doc/.test(line) ? DEV : OPTIONAL;
      if (/dev-dependencies|dev-packages|\.group\.(?:dev|test|lint|docs?)\b/.test(table)) return DEV;
      if (/\.group\.[\w-]+\.dependencies/.test(table)) return OPTIONAL;
      return DIRECT;
    });
    return (_name, line) => classes[line - 1] ?? DIRECT;
  }
  if (kind === 'go.mod')
    return (_name, line) =>
      /\/\/\s*indirect/.test(lines[line - 1] ?? '')
        ? { proofClass: 'lockfile-transitive', detail: 'go.mod: indirect dependency' }
        : DIRECT;
  if (kind === 'gradle')
    return (_name, line) => (/\btest\w*\s*[\s(]/i.test(lines[line - 1] ?? '') ? DEV : DIRECT);
  if (kind === 'gemfile') {
    // `group :development, :test do … end` blocks, and `gem "x", group: :test` on one line (Bundler's Gemfile docs):
    // a development or test gem is not loaded in production.
    let group: string | undefined;
    const classes = lines.map((line) => {
      const opens = /^\s*group\s+(.+?)\s+do\b/.exec(line);
      if (opens) group = opens[1];
      else if (group !== undefined && /^\s*end\b/.test(line)) group = undefined;
      const inline = /\bgroups?:\s*(\[[^\]]*\]|:\w+)/.exec(line)?.[1];
      const groups = inline ?? (opens ? undefined : group);
      return groups !== undefined && !/:(?:default|production)\b/.test(groups) ? DEV : DIRECT;
    });
    return (_name, line) => classes[line - 1] ?? DIRECT;
  }
  return () => DIRECT;
}

/** package.json: the field a dependency is listed in decides its class. */
export function packageJsonClass(field: string): DependencyClass {
  if (field === 'dependencies') return DIRECT;
  if (field === 'devDependencies') return DEV;
  return { proofClass: 'lockfile-optional', detail: `package.json ${field}` };
}
