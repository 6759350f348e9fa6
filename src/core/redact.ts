/**
 * Secret redaction by structure: the value of a key whose name says it holds a secret is masked in every syntax a
 * repository uses for key and value (`.env` and shell `KEY=value`, Dockerfile `ENV`/`ARG`, YAML `key: value`,
 * Compose `- KEY=value` lists and `environment:` maps, JSON `"key": "value"`, TOML `key = "value"`, CLI
 * `--password=…`), and so is the password of any `scheme://user:password@host` URL. The key stays, so the proof
 * still names what was found; values of other keys stay readable (`JINA_MODEL: jina-embeddings-v3`).
 */

/** Name segments that mark a secret: `OPENAI_API_KEY`, `dbPassword`, `client-secret`, `SLACK_TOKEN`. */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'token',
  'key',
  'apikey',
  'credential',
  'credentials',
  'authorization',
  'bearer',
  'cookie',
  'dsn',
  'privatekey',
  'accesskey',
  'secretkey',
  'signature',
  'salt',
]);

/** Last segments that make the name describe a secret rather than hold it: `KEY_ID`, `TOKEN_URL`, `PASSWORD_FILE`. */
const NOT_A_VALUE = new Set([
  'id',
  'ids',
  'name',
  'names',
  'file',
  'path',
  'url',
  'uri',
  'endpoint',
  'host',
  'env',
  'var',
  'header',
  'type',
  'kind',
  'length',
  'len',
  'count',
  'ttl',
  'expiry',
  'expires',
  'prefix',
  'region',
  'model',
  'field',
  'param',
  'policy',
  'version',
  'limit',
  'limits',
  'size',
  'enabled',
  'required',
]);

/** Words of an identifier: `OPENAI_API_KEY` → openai api key; `clientSecret` → client secret. */
function segments(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * True when a key name says its value is a secret.
 * @example isSecretKey('POSTGRES_PASSWORD') // true
 * @example isSecretKey('JINA_MODEL') // false
 */
export function isSecretKey(name: string): boolean {
  const words = segments(name);
  if (words.length === 0) return false;
  if (NOT_A_VALUE.has(words.at(-1)!)) return false;
  return words.some((word) => SECRET_WORDS.has(word));
}

/** Values that are references or placeholders, not secrets: `${OPENAI_API_KEY}`, `$TOKEN`, `<your-key>`, ``. */
function isReference(value: string): boolean {
  const bare = value.replace(/^["'`]|["'`]$/g, '').trim();
  return (
    bare === '' ||
    /^\$\{?[A-Za-z_][\w]*(?::?-[^}]*)?\}?$/.test(bare) ||
    /^<[^<>]*>$/.test(bare) ||
    /^\{\{[^{}]*\}\}$/.test(bare) ||
    /^(?:null|none|nil|true|false|~|changeme|\*+)$/i.test(bare) ||
    /^(?:os\.environ|process\.env|env\(|getenv|secrets?\.|var\.|vars\.)/i.test(bare)
  );
}

const MASK = '***';

function mask(value: string): string {
  if (isReference(value)) return value;
  const quote = /^["'`]/.exec(value)?.[0];
  if (quote && value.length > 1 && value.endsWith(quote)) return `${quote}${MASK}${quote}`;
  // A JSON member read as a YAML line (`"password": "x",`): its quotes and comma stay, so the file still parses.
  if (quote && value.length > 2 && value.endsWith(`${quote},`)) return `${quote}${MASK}${quote},`;
  return MASK;
}

// `scheme://user:password@host`: the password goes, user and host stay (they are the useful part of the proof).
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'`]{0,128}:)([^\s@"'`]{1,256})@/gi;
// KEY=value and KEY: value anywhere on a line (env files, shells, Dockerfile ENV/ARG, compose list entries,
// YAML, TOML, JSON and CLI flags). The key may be quoted; the value runs to the end of its quotes, or to white
// space / a separator when unquoted. Bounded quantifiers keep a long line linear.
const PAIR =
  /(^|[\s{,;(["'`-])(["'`]?)([A-Za-z_][\w.-]{0,127})\2(\s{0,8}(?:=|:(?=\s|["'`]|$))\s{0,8})("[^"\n]{0,4096}"|'[^'\n]{0,4096}'|`[^`\n]{0,4096}`|[^\s,;}\])"'`]{1,4096})/g;
// YAML `key: value` where the unquoted value may contain spaces (`password: correct horse battery`).
const YAML_LINE =
  /^(\s{0,256}(?:-\s{1,8})?(["']?)([A-Za-z_][\w.-]{0,127})\2:\s{1,8})([^#\n]*?[^\s#][^#\n]*?)(\s+#.*)?$/;
// Dockerfile legacy form `ENV KEY value with spaces`.
const DOCKER_ENV = /^(\s{0,64}(?:ENV|ARG)\s{1,8}([A-Za-z_]\w{0,127})\s{1,8})([^=\s].*)$/i;

/**
 * Masks every secret value on one line, keeping keys, references and other values.
 * @example redactLine('  - OPENAI_API_KEY=sk-live-123') // '  - OPENAI_API_KEY=***'
 * @example redactLine('JINA_MODEL: jina-embeddings-v3') // unchanged
 */
export function redactLine(line: string): string {
  // Every secret word and the `://user:` of a URL password contain one of these: most lines have none.
  if (!MIGHT_HOLD_SECRETS.test(line)) return line;
  const out = line.replace(URL_PASSWORD, (_all, head: string) => `${head}${MASK}@`);
  const docker = DOCKER_ENV.exec(out);
  if (docker && isSecretKey(docker[2]!) && !docker[3]!.includes('='))
    return `${docker[1]}${mask(docker[3]!.trim())}`;
  const yaml = YAML_LINE.exec(out);
  if (yaml && isSecretKey(yaml[3]!) && !/^[|>]/.test(yaml[4]!.trim()))
    return `${yaml[1]}${mask(yaml[4]!.trim())}${yaml[5] ?? ''}`;
  // By hand rather than with replace(): a pair whose key is not a secret must not swallow the text after its
  // key (`client = OpenAI(api_key="…")` holds a secret pair inside the value of a plain one).
  let result = '';
  let from = 0;
  PAIR.lastIndex = 0;
  for (let match = PAIR.exec(out); match; match = PAIR.exec(out)) {
    const [all, lead, quote, key, separator, value] = match as unknown as string[];
    if (!isSecretKey(key!)) {
      PAIR.lastIndex = match.index + lead!.length + quote!.length + key!.length;
      continue;
    }
    result += `${out.slice(from, match.index)}${lead}${quote}${key}${quote}${separator}${mask(value!)}`;
    from = match.index + all!.length;
  }
  return result + out.slice(from);
}

/**
 * Masks secrets in a whole file: every line as `redactLine` does, and the lines of a YAML block scalar that is
 * the value of a secret key (`private_key: |` followed by the key's lines). Line breaks are kept, so line
 * numbers stay true.
 * @example redactText('TOKEN=abc\nMODEL=gpt-4o\n') // 'TOKEN=***\nMODEL=gpt-4o\n'
 */
export function redactText(text: string): string {
  if (!MIGHT_HOLD_SECRETS.test(text)) return text;
  const lines = text.split('\n');
  let blockIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (blockIndent >= 0) {
      const indent = line.length - line.trimStart().length;
      if (line.trim() === '' || indent > blockIndent) {
        if (line.trim()) lines[i] = `${line.slice(0, indent)}${MASK}`;
        continue;
      }
      blockIndent = -1;
    }
    // Both the block key and any pair redactLine masks need a secret word: most lines have none.
    if (!MIGHT_HOLD_SECRETS.test(line)) continue;
    const block = /^(\s*)(?:-\s+)?["']?([A-Za-z_][\w.-]*)["']?:\s*[|>][-+0-9]*\s*$/.exec(line);
    if (block && isSecretKey(block[2]!)) {
      blockIndent = block[1]!.length;
      continue;
    }
    lines[i] = redactLine(line);
  }
  return lines.join('\n');
}

const MIGHT_HOLD_SECRETS =
  /pass|pwd|secret|token|key|credential|authori|bearer|cookie|dsn|signature|salt|:\/\/[^\s/]*:/i;
