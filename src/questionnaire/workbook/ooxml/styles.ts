import { attribute, rootPrefix, withAttribute, XmlRefused, XmlScanner, type XmlTag } from './xml.js';

/** A change to a cell's format: a solid fill colour, bold text. */
export interface StyleChange {
  /** ARGB, e.g. `FFE2EFDA`. */
  fill?: string;
  bold?: boolean;
}

interface Section {
  /** The raw text of each child element (`<font>…</font>`, `<xf …/>`). */
  items: string[];
  added: string[];
  /** The section tag's own attributes, kept (with `count` updated). */
  attrs: string;
}

// The order of a stylesheet's sections (CT_Stylesheet); a missing one is inserted before the next present one.
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const DEFAULTS: Record<'fonts' | 'fills' | 'cellXfs', string[]> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  // Excel reserves the first two fills (none and gray125) whatever they say.
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

const MINIMAL_STYLESHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1">${DEFAULTS.fonts.join('')}</fonts><fills count="2">${DEFAULTS.fills.join('')}</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1">${DEFAULTS.cellXfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * The workbook's stylesheet, extended by appending: new fonts, fills and cell formats go after the buyer's, so
 * every existing index keeps meaning what it meant. `styleWith` returns the index of a format equal to an
 * existing one but for the change; equal requests share one format.
 * @example const s = styles.styleWith(3, { fill: 'FFE2EFDA' }); // a copy of format 3 with a green fill
 */
export class StylesPatch {
  private readonly sections = new Map<string, Section>();
  private readonly memo = new Map<string, number>();
  private readonly prefix: string;

  private readonly text: string;

  /** `text` is the workbook's stylesheet; a workbook without one gets a minimal one. */
  constructor(text: string | undefined) {
    this.text = text ?? MINIMAL_STYLESHEET;
    this.prefix = rootPrefix(this.text);
    const scanner = new XmlScanner(this.text);
    const root = scanner.next();
    if (root?.name !== 'styleSheet') throw new XmlRefused('the styles part is not a stylesheet');
    if (root.kind === 'empty') return;
    for (let tag = scanner.next(); tag && tag.kind !== 'close'; tag = scanner.next()) {
      if (tag.name === 'fonts' || tag.name === 'fills' || tag.name === 'cellXfs')
        this.sections.set(tag.name, {
          items: childrenOf(scanner, tag, this.text),
          added: [],
          attrs: tag.attrs,
        });
      else scanner.skipElement(tag);
    }
  }

  /** The index of a cell format like `base` with `change` applied. */
  styleWith(base: number, change: StyleChange): number {
    const key = `${base}|${change.fill ?? ''}|${change.bold ? 'b' : ''}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const xfs = this.section('cellXfs');
    let xf = xfs.items[base] ?? xfs.items[0] ?? DEFAULTS.cellXfs[0]!;
    let attrs = /^<[^\s/>]+([^>]*?)\/?>/.exec(xf)![1]!;
    if (change.fill) {
      const fill = this.add(
        'fills',
        this.prefixed(
          `<fill><patternFill patternType="solid"><fgColor rgb="${change.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        ),
      );
      attrs = withAttribute(withAttribute(attrs, 'fillId', String(fill)), 'applyFill', '1');
    }
    if (change.bold) {
      const fonts = this.section('fonts');
      const fontId = Number(attribute(attrs, 'fontId') ?? 0);
      const font = fonts.items[fontId] ?? fonts.items[0]!;
      const bold = bolder(font);
      const id = bold === font ? fontId : this.add('fonts', bold);
      attrs = withAttribute(withAttribute(attrs, 'fontId', String(id)), 'applyFont', '1');
    }
    xf = xf.replace(
      /^<([^\s/>]+)[^>]*?(\/?)>/,
      (_, name: string, slash: string) => `<${name}${attrs}${slash}>`,
    );
    const index = this.add('cellXfs', xf);
    this.memo.set(key, index);
    return index;
  }

  /** The stylesheet with the additions, or undefined when nothing was added. */
  result(): string | undefined {
    if (![...this.sections.values()].some((section) => section.added.length > 0)) return undefined;
    let text = this.text;
    for (const [name, section] of this.sections) {
      if (section.added.length === 0) continue;
      const p = this.prefix;
      const attrs = withAttribute(section.attrs, 'count', String(section.items.length));
      const whole = `<${p}${name}${attrs}>${section.items.join('')}</${p}${name}>`;
      text = replaceSection(text, name, whole, p);
    }
    return text;
  }

  private section(name: 'fonts' | 'fills' | 'cellXfs'): Section {
    let section = this.sections.get(name);
    if (!section) {
      section = { items: DEFAULTS[name].map((item) => this.prefixed(item)), added: [], attrs: '' };
      this.sections.set(name, section);
    }
    return section;
  }

  /** Markup written here, in the stylesheet's own namespace prefix. */
  private prefixed(xml: string): string {
    return this.prefix ? xml.replace(/<(\/?)(?=\w)/g, `<$1${this.prefix}`) : xml;
  }

  private add(name: 'fonts' | 'fills' | 'cellXfs', item: string): number {
    const section = this.section(name);
    const existing = section.added.indexOf(item);
    if (existing >= 0) return section.items.length - section.added.length + existing;
    section.items.push(item);
    section.added.push(item);
    return section.items.length - 1;
  }
}

function childrenOf(scanner: XmlScanner, open: XmlTag, text: string): string[] {
  const items: string[] = [];
  if (open.kind === 'empty') return items;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === 'close') return items;
    items.push(text.slice(tag.start, scanner.skipElement(tag).end));
  }
  throw new XmlRefused(`<${open.name}> is never closed`);
}

/** A font element with bold on (`<b/>` first, as Excel writes it). */
function bolder(font: string): string {
  if (/<(?:\w+:)?b(?:\s+val="(?:1|true)")?\s*\/>/.test(font)) return font;
  const open = /^<([^\s/>]+)([^>]*?)(\/?)>/.exec(font)!;
  const prefix = open[1]!.includes(':') ? open[1]!.slice(0, open[1]!.indexOf(':') + 1) : '';
  const rest = font.slice(open[0].length).replace(/<(?:\w+:)?b(?:\s[^>]*)?\/>/, '');
  return open[3]
    ? `<${open[1]}${open[2]}><${prefix}b/></${open[1]}>`
    : `<${open[1]}${open[2]}><${prefix}b/>${rest}`;
}

/** `text` with section `name` replaced by `whole`, or inserted in stylesheet order when absent. */
function replaceSection(text: string, name: string, whole: string, prefix: string): string {
  const scanner = new XmlScanner(text);
  const root = scanner.next()!;
  const children: { name: string; start: number; end: number }[] = [];
  let close = text.length;
  if (root.kind === 'empty') {
    const opening = text.slice(root.start, root.end).replace(/\s*\/>$/, '>');
    return `${text.slice(0, root.start)}${opening}${whole}</${prefix}styleSheet>${text.slice(root.end)}`;
  }
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === 'close') {
      close = tag.start;
      break;
    }
    children.push({ name: tag.name, start: tag.start, end: scanner.skipElement(tag).end });
  }
  const same = children.find((child) => child.name === name);
  if (same) return text.slice(0, same.start) + whole + text.slice(same.end);
  const rank = ORDER.indexOf(name);
  const after = children.find((child) => ORDER.indexOf(child.name) > rank);
  const at = after ? after.start : close;
  return text.slice(0, at) + whole + text.slice(at);
}
