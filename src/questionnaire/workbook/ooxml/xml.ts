import { escapeXml } from '../../../core/encode.js';
/**
 * Just enough XML for the parts of an XLSX we read and patch: a tag scanner that keeps offsets (so a patch can
 * splice the original text), attribute lookup and the five predefined entities. No DTD is accepted, so there
 * are no user-defined entities to expand (no "billion laughs") and no external entities to fetch.
 */

/** A part is not XML we accept; the reader turns it into a located input error. */
export class XmlRefused extends Error {
  override name = 'XmlRefused';
}

/** One start, end or empty-element tag with its offsets in the text. */
export interface XmlTag {
  /** Local name, without a namespace prefix. */
  name: string;
  kind: 'open' | 'close' | 'empty';
  /** The attributes as written (raw, entities not decoded). */
  attrs: string;
  start: number;
  end: number;
}

// Attribute values may hold `>` and `/`, so the tag is matched attribute by attribute, never with `[^>]*`.
const TAG = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

/** Scans the tags of `text` in order from `from`, skipping comments, processing instructions and CDATA. */
export class XmlScanner {
  private at: number;
  constructor(
    readonly text: string,
    from = 0,
  ) {
    this.at = from;
  }

  /** The next tag, or undefined at the end of the text. */
  next(): XmlTag | undefined {
    const text = this.text;
    for (;;) {
      const open = text.indexOf('<', this.at);
      if (open < 0) {
        this.at = text.length;
        return undefined;
      }
      const second = text.charCodeAt(open + 1);
      if (second === 0x21 /* ! */ || second === 0x3f /* ? */) {
        this.at = skipMarkup(text, open);
        continue;
      }
      TAG.lastIndex = open;
      const match = TAG.exec(text);
      if (!match) throw new XmlRefused(`malformed tag at offset ${open}`);
      this.at = TAG.lastIndex;
      const qualified = match[2]!;
      const colon = qualified.indexOf(':');
      return {
        name: colon < 0 ? qualified : qualified.slice(colon + 1),
        kind: match[1] ? 'close' : match[4] ? 'empty' : 'open',
        attrs: match[3]!,
        start: open,
        end: this.at,
      };
    }
  }

  /** Skips to the end tag that closes `tag` (already read), returning that end tag. */
  skipElement(tag: XmlTag): XmlTag {
    if (tag.kind === 'empty') return tag;
    let depth = 1;
    for (let next = this.next(); next; next = this.next()) {
      if (next.kind === 'open') depth++;
      else if (next.kind === 'close' && --depth === 0) return next;
    }
    throw new XmlRefused(`<${tag.name}> is never closed`);
  }
}

function skipMarkup(text: string, open: number): number {
  const ends: [string, string][] = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
  ];
  for (const [start, end] of ends) {
    if (!text.startsWith(start, open)) continue;
    const close = text.indexOf(end, open + start.length);
    if (close < 0) throw new XmlRefused(`unterminated ${start}`);
    return close + end.length;
  }
  // <!DOCTYPE …> and <!ENTITY …>: an XLSX part never has one, and entity definitions are how XML bombs work.
  throw new XmlRefused('document type declarations are not allowed');
}

const ATTRIBUTES = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The decoded value of attribute `name` (matched by local name, any prefix), or undefined. */
export function attribute(attrs: string, name: string): string | undefined {
  // Pair by pair from the start, so text inside another attribute's quotes is never taken for an attribute.
  ATTRIBUTES.lastIndex = 0;
  for (let match = ATTRIBUTES.exec(attrs); match; match = ATTRIBUTES.exec(attrs)) {
    const qualified = match[1]!;
    if (qualified === name || (qualified.endsWith(`:${name}`) && !qualified.startsWith('xmlns')))
      return decodeText(match[2] ?? match[3] ?? '');
  }
  return undefined;
}

/** `attrs` with attribute `name` set to `value` (in place, or added at the end), or removed when `value` is undefined. */
export function withAttribute(attrs: string, name: string, value: string | undefined): string {
  let found = false;
  const replaced = attrs.replace(
    /(\s*)([^\s=]+)(\s*=\s*(?:"[^"]*"|'[^']*'))/g,
    (pair, space: string, qualified: string) => {
      if (qualified !== name) return pair;
      found = true;
      return value === undefined ? '' : `${space}${name}="${escapeXml(value)}"`;
    },
  );
  return found || value === undefined ? replaced : `${replaced} ${name}="${escapeXml(value)}"`;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text content with its entities, character references and CDATA sections decoded. */
export function decodeText(raw: string): string {
  if (!raw.includes('&') && !raw.includes('<')) return raw;
  return raw.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g,
    (whole, cdata: string | undefined, entity: string | undefined) => {
      if (cdata !== undefined) return cdata;
      if (entity === undefined) throw new XmlRefused('a bare "&" in text');
      if (entity.startsWith('#')) {
        const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        if (!(code > 0 && code <= 0x10ffff)) throw new XmlRefused(`invalid character reference ${whole}`);
        return String.fromCodePoint(code);
      }
      const value = ENTITIES[entity];
      if (value === undefined) throw new XmlRefused(`undefined entity &${entity};`);
      return value;
    },
  );
}

/** The namespace prefix of the document element (`x:` for `<x:worksheet>`), to write sibling elements alike. */
export function rootPrefix(text: string): string {
  const root = new XmlScanner(text).next();
  if (!root) throw new XmlRefused('empty part');
  const qualified = /^<([^\s/>]+)/.exec(text.slice(root.start))?.[1] ?? '';
  const colon = qualified.indexOf(':');
  return colon < 0 ? '' : qualified.slice(0, colon + 1);
}
