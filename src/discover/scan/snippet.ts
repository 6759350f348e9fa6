import { redactLine } from '../../core/redact.js';

const MAX_SNIPPET = 200;

// Values that look like credentials: vendor key prefixes, JWTs, and long opaque tokens mixing letters and digits.
const SECRET =
  /\b(?:sk|pk|rk|sess|xox[abpr]|gh[pousr]|hf|gsk|pcsk|lsv2|pplx|r8|AKIA|ASIA)[-_][A-Za-z0-9_-]{8,}|\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+|\b[A-Za-z0-9+/_-]{32,}={0,2}/g;
const looksRandom = (token: string) =>
  /\d/.test(token) && /[A-Za-z]/.test(token) && !/^[a-z]+(?:_[a-z0-9]+)*$/.test(token);
// `NAME=value` lines (.env files, shells, constants): the value is never shown, it may be a credential.
const ENV_ASSIGNMENT = /^(\s*(?:export\s+)?[A-Z_][A-Z0-9_]*\s*=\s*)(?![\s$]|\$\{)(.+)$/;
// A quoted literal given to a key, token, secret or password field.
const SECRET_LITERAL =
  /\b([\w-]*(?:key|token|secret|password|passwd|credential)[\w-]*["']?\s*[:=]\s*)(["'`])[^"'`]+\2/gi;

// `scheme://user:password@host`: the credentials go, the host stays.
const URL_CREDENTIALS = /:\/\/[^\s/:@'"]+:[^\s/@'"]+@/g;
const SECRET_NAME = /KEY|TOKEN|SECRET|PASS|CREDENTIAL|AUTH|PRIVATE|SIGNATURE|COOKIE|SESSION/i;
// A lowercase identifier, model name or plain URL: `jina-embeddings-v3`, `gpt-4o`, `http://ollama:11434`.
const PLAIN_VALUE = /^["'`]?(?:[a-z][\w.:/-]{0,80}|https?:\/\/[\w.:/-]{1,120})["'`]?[,;]?\s*$/;

/**
 * Whether an upper-case assignment's value may be shown: never under a secret-sounding name; otherwise only a
 * plain lowercase identifier, model name or URL (`JINA = "jina-embeddings-v3"`), which no credential looks like.
 */
function shownValue(name: string, value: string): boolean {
  if (SECRET_NAME.test(name)) return false;
  const bare = value.replace(/^["'`]|["'`][,;]?\s*$/g, '');
  const random =
    (/[A-Z]/.test(bare) && /[a-z]/.test(bare) && /\d/.test(bare)) ||
    (/[A-Za-z0-9]{20,}/.test(bare) && /\d/.test(bare));
  return PLAIN_VALUE.test(value) && !random;
}

/**
 * The text shown as evidence: one line, trimmed, secrets replaced, at most ~200 characters around `col`.
 * @example cleanSnippet('OPENAI_API_KEY=sk-abc123def456ghi') // 'OPENAI_API_KEY=***'
 */
export function cleanSnippet(line: string, at = 0): string {
  let col = at;
  let text = redactLine(line).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
  if (text.length > MAX_SNIPPET * 4) {
    const from = Math.max(0, col - MAX_SNIPPET / 2);
    text = text.slice(from, from + MAX_SNIPPET * 2);
    col -= from;
  }
  text = text
    .replace(ENV_ASSIGNMENT, (whole, name: string, value: string) =>
      shownValue(name, value) ? whole : `${name}***`,
    )
    .replace(URL_CREDENTIALS, '://***@')
    .replace(SECRET_LITERAL, '$1$2***$2')
    .replace(SECRET, (token) => (token.length < 32 || looksRandom(token) ? '***' : token))
    .trim();
  if (text.length <= MAX_SNIPPET) return text;
  const start = Math.max(0, Math.min(col - MAX_SNIPPET / 2, text.length - MAX_SNIPPET));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + MAX_SNIPPET).trim()}…`;
}
