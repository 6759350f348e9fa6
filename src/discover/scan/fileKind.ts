/** How a file is read, decided from its name alone. */
export type FileKind =
  | 'js'
  | 'python'
  | 'go'
  | 'ruby'
  | 'jvm'
  | 'rust'
  /** Swift (iOS and macOS apps): read for hosts, endpoints and settings; no package names are known for it yet. */
  | 'swift'
  /** C# (.NET services): its `using` lines name NuGet packages' namespaces. */
  | 'csharp'
  | 'env'
  | 'yaml'
  | 'json'
  | 'toml'
  | 'config'
  | 'sql'
  | 'terraform'
  | 'dockerfile'
  | 'shell'
  /** A Prisma schema (`schema.prisma`): its `datasource` names the app's database. */
  | 'prisma'
  /**
   * A page or a server-side template (`index.html`, Jinja, EJS, Handlebars): read for the hosts its script and pixel
   * tags load (Phoenix's FullStory snippet and Scarf pixel sat in `index.html` and a Jinja template, unread).
   */
  | 'html';

/** File kinds that hold program code (not configuration, manifests or data). */
export const CODE_KINDS: ReadonlySet<string> = new Set<FileKind>([
  'js',
  'python',
  'go',
  'ruby',
  'jvm',
  'rust',
  'swift',
  'csharp',
]);

/** Manifests and lockfiles, read by their own rules. */
export type ManifestKind =
  | 'package.json'
  | 'requirements'
  | 'pyproject'
  | 'pipfile'
  | 'go.mod'
  | 'cargo'
  | 'gemfile'
  | 'pom'
  | 'gradle'
  /** NuGet's: a project file (`*.csproj`, `*.fsproj`, `*.vbproj`), central versions (`Directory.Packages.props`) or `packages.config`. */
  | 'nuget'
  | 'lockfile';

const BY_EXTENSION: Record<string, FileKind> = {
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  vue: 'js',
  svelte: 'js',
  py: 'python',
  ipynb: 'python',
  go: 'go',
  rb: 'ruby',
  java: 'jvm',
  kt: 'jvm',
  kts: 'jvm',
  scala: 'jvm',
  gradle: 'jvm',
  rs: 'rust',
  swift: 'swift',
  cs: 'csharp',
  // MSBuild project files are XML, read as configuration beside their package references.
  csproj: 'config',
  fsproj: 'config',
  vbproj: 'config',
  props: 'config',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  jsonc: 'json',
  toml: 'toml',
  ini: 'config',
  cfg: 'config',
  conf: 'config',
  properties: 'config',
  tfvars: 'config',
  hcl: 'config',
  xml: 'config',
  sql: 'sql',
  tf: 'terraform',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  prisma: 'prisma',
  html: 'html',
  htm: 'html',
  ejs: 'html',
  hbs: 'html',
  handlebars: 'html',
  jinja: 'html',
  jinja2: 'html',
  j2: 'html',
  njk: 'html',
  liquid: 'html',
};

/** Weights and serialized models: recorded by name and size, never read. */
export const MODEL_FILE_EXTENSIONS: Record<string, string> = {
  gguf: 'gguf',
  ggml: 'ggml',
  safetensors: 'safetensors',
  onnx: 'onnx',
  pt: 'pytorch',
  pth: 'pytorch',
  ckpt: 'checkpoint',
  pkl: 'pickle',
  joblib: 'joblib',
  h5: 'keras-hdf5',
  keras: 'keras',
  tflite: 'tflite',
  mlmodel: 'coreml',
  pb: 'tensorflow',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

// What LangChain's FAISS `save_local` and LlamaIndex's stores write beside a vector index: a pickled docstore,
// not model weights. Read as nothing at all (they hold documents, never code or configuration).
const INDEX_PICKLES = /^(?:index|docstore|index_store|vector_store|default__vector_store)\.pkl$/i;

/** The model format of a file name, if it is a model file. */
export function modelFormatOf(name: string): string | undefined {
  if (INDEX_PICKLES.test(name)) return undefined;
  return MODEL_FILE_EXTENSIONS[extensionOf(name)];
}

/** The manifest kind of a file name, if it is a package manifest or lockfile. */
export function manifestKindOf(name: string): ManifestKind | undefined {
  const lower = name.toLowerCase();
  if (lower === 'package.json') return 'package.json';
  if (/^requirements.*\.(txt|in)$/.test(lower) || lower === 'constraints.txt') return 'requirements';
  if (lower === 'pyproject.toml') return 'pyproject';
  if (lower === 'pipfile') return 'pipfile';
  if (lower === 'go.mod') return 'go.mod';
  if (lower === 'cargo.toml') return 'cargo';
  if (lower === 'gemfile') return 'gemfile';
  if (lower === 'pom.xml') return 'pom';
  if (lower === 'build.gradle' || lower === 'build.gradle.kts') return 'gradle';
  if (
    /\.(?:cs|fs|vb)proj$/.test(lower) ||
    lower === 'directory.packages.props' ||
    lower === 'packages.config'
  )
    return 'nuget';
  if (
    [
      'package-lock.json',
      'npm-shrinkwrap.json',
      'yarn.lock',
      'pnpm-lock.yaml',
      'bun.lock',
      'poetry.lock',
      'uv.lock',
      'pipfile.lock',
      'go.sum',
      'cargo.lock',
      'gemfile.lock',
    ].includes(lower)
  )
    return 'lockfile';
  return undefined;
}

/** What kind of text a file holds, or undefined when discovery does not read it (docs, images, ...). */
export function fileKindOf(name: string): FileKind | undefined {
  const lower = name.toLowerCase();
  if (lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env')) return 'env';
  if (lower === 'dockerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile'))
    return 'dockerfile';
  if (lower === 'gemfile') return 'ruby';
  if (lower === 'pipfile') return 'toml';
  if (/^requirements.*\.(txt|in)$/.test(lower) || lower === 'constraints.txt') return 'config';
  if (lower === 'go.mod' || lower === 'go.sum' || lower.endsWith('.lock')) return 'config';
  if (lower === 'packages.config') return 'config';
  return BY_EXTENSION[extensionOf(lower)];
}
