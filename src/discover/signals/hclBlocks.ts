/**
 * A small reader for the part of HCL discovery needs: top-level `resource "type" "name" { ... }` and
 * `provider "name" { ... }` blocks, their literal attributes (`engine = "postgres"`, `enabled = false`) and
 * nested blocks (`logging_config { ... }`), skipping comments, strings and heredocs. Expressions it does not
 * evaluate (`var.x`, `"${local.y}"`) are kept as their source text. Output has the shape hcl2json gives
 * (`{ resource: { type: { name: [body] } }, provider: { name: [body] } }`).
 * Why not the WebAssembly HCL parser it replaces: loading it and starting its Go runtime cost 0.7 s on an idle
 * machine and tens of seconds on a loaded one, for the few literals these rules read.
 * Throws on unbalanced braces, so callers can fall back to `resource "type"` lines.
 */
export function readHclBlocks(
  text: string,
): Record<string, Record<string, Record<string, unknown[]>> | Record<string, unknown[]>> {
  const reader = new Reader(text);
  const result: { resource: Record<string, Record<string, unknown[]>>; provider: Record<string, unknown[]> } =
    {
      resource: {},
      provider: {},
    };
  for (;;) {
    reader.skipSpace();
    if (reader.done()) break;
    const keyword = reader.word();
    if (!keyword) {
      reader.skipStatement();
      continue;
    }
    const labels: string[] = [];
    for (;;) {
      reader.skipSpace();
      const label = reader.peek() === '"' ? reader.string() : undefined;
      if (label === undefined) break;
      labels.push(label);
    }
    reader.skipSpace();
    if (reader.peek() !== '{') {
      reader.skipStatement();
      continue;
    }
    const body = reader.body(0);
    if (keyword === 'resource' && labels.length === 2) {
      const [type, name] = labels as [string, string];
      result.resource[type] ??= {};
      const byName = result.resource[type];
      byName[name] ??= [];
      byName[name].push(body);
    } else if (keyword === 'provider' && labels.length === 1) {
      const provider = labels[0] as string;
      result.provider[provider] ??= [];
      result.provider[provider].push(body);
    }
  }
  return result;
}

const MAX_DEPTH = 32;

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.at >= this.text.length;
  }

  peek(): string {
    return this.text[this.at] ?? '';
  }

  /** Skips blanks, newlines and `#`, `//` and `/* *\/` comments. */
  skipSpace(newlines = true): void {
    const text = this.text;
    while (this.at < text.length) {
      const char = text[this.at]!;
      if (char === ' ' || char === '\t' || char === '\r' || (newlines && char === '\n')) this.at++;
      else if (char === '#' || (char === '/' && text[this.at + 1] === '/')) {
        const end = text.indexOf('\n', this.at);
        this.at = end < 0 ? text.length : end;
      } else if (char === '/' && text[this.at + 1] === '*') {
        const end = text.indexOf('*/', this.at + 2);
        this.at = end < 0 ? text.length : end + 2;
      } else break;
    }
  }

  word(): string | undefined {
    const match = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.at, this.at + 200));
    if (!match) return undefined;
    this.at += match[0].length;
    return match[0];
  }

  /** A quoted string's value (escapes kept simple; `${...}` kept as written). */
  string(): string {
    const text = this.text;
    let out = '';
    this.at++;
    while (this.at < text.length && text[this.at] !== '"') {
      if (text[this.at] === '\\') {
        out += text[this.at + 1] ?? '';
        this.at += 2;
      } else if (text[this.at] === '\n') break;
      else out += text[this.at++];
    }
    this.at++;
    return out;
  }

  /** Skips to the end of the current line or statement (for constructs it does not read). */
  skipStatement(): void {
    const end = this.text.indexOf('\n', this.at);
    this.at = end < 0 ? this.text.length : end + 1;
  }

  /** Skips a value it does not evaluate, tracking brackets, strings and heredocs; returns its source. */
  private expression(): string {
    const text = this.text;
    const start = this.at;
    let depth = 0;
    while (this.at < text.length) {
      const char = text[this.at]!;
      if (char === '"') {
        this.string();
        continue;
      }
      if (char === '<' && text[this.at + 1] === '<') {
        const tag = /^<<-?\s*([A-Za-z_]\w*)/.exec(text.slice(this.at, this.at + 100));
        if (tag) {
          const close = new RegExp(`\\n\\s*${tag[1]}\\s*(?:\\n|$)`).exec(text.slice(this.at));
          this.at = close ? this.at + close.index + close[0].length - 1 : text.length;
          continue;
        }
      }
      if (char === '(' || char === '[' || char === '{') depth++;
      else if (char === ')' || char === ']' || char === '}') {
        if (depth === 0) break;
        depth--;
      } else if (char === '\n' && depth === 0) break;
      else if ((char === '#' || (char === '/' && text[this.at + 1] === '/')) && depth === 0) break;
      this.at++;
    }
    return text.slice(start, this.at).trim();
  }

  /** A `{ ... }` body: attributes with literal values, nested blocks as lists of bodies. */
  body(depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw new Error('HCL nested too deeply');
    const values: Record<string, unknown> = {};
    this.at++; // {
    for (;;) {
      this.skipSpace();
      if (this.done()) throw new Error('unclosed block');
      if (this.peek() === '}') {
        this.at++;
        return values;
      }
      const key = this.peek() === '"' ? this.string() : this.word();
      if (!key) {
        this.at++;
        continue;
      }
      this.skipSpace(false);
      while (this.peek() === '"') {
        this.string(); // labels of a nested block (`dynamic "x" {`)
        this.skipSpace(false);
      }
      if (this.peek() === '{') {
        const nested = this.body(depth + 1);
        values[key] ??= [];
        (values[key] as unknown[]).push(nested);
        continue;
      }
      if (this.peek() !== '=' && this.peek() !== ':') {
        this.skipStatement();
        continue;
      }
      this.at++;
      this.skipSpace(false);
      const source = this.expression();
      values[key] = literal(source);
    }
  }
}

/** `"x"` -> x, `true`/`false`, numbers; anything else stays as its source text. */
function literal(source: string): unknown {
  if (/^"(?:[^"\\]|\\.)*"$/.test(source)) return source.slice(1, -1).replace(/\\(.)/g, '$1');
  if (source === 'true') return true;
  if (source === 'false') return false;
  if (/^-?\d+(?:\.\d+)?$/.test(source)) return Number(source);
  return source;
}
