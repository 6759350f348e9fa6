import path from 'node:path/posix';
import { escapeXml } from '../../../core/encode.js';
import { expandEntry, readZipArchive, type ZipEntry, ZipRefused } from '../../../io/index.js';
import { attribute, decodeText, XmlRefused, XmlScanner } from './xml.js';

/** What a questionnaire workbook may expand to, all parts together; real ones are a few MB of XML. */
export const MAX_XLSX_EXPANDED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** Relationship types by their last segment (the same for the strict namespace's `…/relationships/…`). */
const relType = (type: string) => type.slice(type.lastIndexOf('/') + 1);

/** One relationship of a part. */
export interface Relationship {
  id: string;
  type: string;
  /** The target as a part name (`xl/worksheets/sheet1.xml`), or the raw target for external ones. */
  target: string;
  external: boolean;
}

/**
 * An XLSX package as read: its zip entries (kept as stored, so untouched parts are copied byte for byte) and the
 * text of the parts read or changed. Every expansion draws on one budget, so a zip bomb stops at the limit.
 */
export class XlsxPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  private readonly order: string[] = [];
  private budget = MAX_XLSX_EXPANDED_BYTES;

  constructor(bytes: Uint8Array) {
    for (const entry of readZipArchive(bytes, { maxEntries: MAX_ENTRIES })) {
      // Declared sizes can lie; they are checked again while expanding.
      if (entry.size > MAX_XLSX_EXPANDED_BYTES) throw tooBig();
      const name = entry.name.replace(/^\/+/, '');
      if (this.entries.has(name)) throw new ZipRefused(`holds two entries named ${JSON.stringify(name)}`);
      this.entries.set(name, entry);
      this.order.push(name);
    }
  }

  has(part: string): boolean {
    return this.texts.has(part) || this.entries.has(part);
  }

  /** A part's text (UTF-8), expanded once within the budget; undefined when the package lacks it. */
  text(part: string): string | undefined {
    const cached = this.texts.get(part);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(part);
    if (!entry) return undefined;
    let bytes: Buffer;
    try {
      bytes = expandEntry(entry, this.budget);
    } catch (error) {
      if (error instanceof ZipRefused && error.message === 'expands past the limit') throw tooBig();
      throw error;
    }
    this.budget -= bytes.length;
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    this.texts.set(part, text);
    return text;
  }

  /** Replaces (or adds) a part's text; it is written deflated, the rest as stored. */
  write(part: string, text: string): void {
    if (!this.entries.has(part) && !this.texts.has(part)) this.order.push(part);
    this.texts.set(part, text);
    this.changed.add(part);
  }

  /** The relationships of `part` (from `dir/_rels/name.rels`), targets resolved to part names. */
  relationships(part: string): Relationship[] {
    const text = this.text(relsPartOf(part));
    if (text === undefined) return [];
    const base = path.dirname(part);
    const found: Relationship[] = [];
    const scanner = new XmlScanner(text);
    for (let tag = scanner.next(); tag; tag = scanner.next()) {
      if (tag.name !== 'Relationship' || tag.kind === 'close') continue;
      const target = attribute(tag.attrs, 'Target') ?? '';
      const external = attribute(tag.attrs, 'TargetMode') === 'External';
      found.push({
        id: attribute(tag.attrs, 'Id') ?? '',
        type: relType(attribute(tag.attrs, 'Type') ?? ''),
        target: external
          ? target
          : target.startsWith('/')
            ? target.slice(1)
            : path.normalize(path.join(base, target)),
        external,
      });
    }
    return found;
  }

  /** Every part name, in the archive's order, new parts last. */
  parts(): readonly string[] {
    return this.order;
  }

  /** Whether `part` was changed or added since the package was read (the writer deflates only those). */
  isChanged(part: string): boolean {
    return this.changed.has(part);
  }

  /** The stored entry of an unchanged part, for the writer. */
  stored(part: string): ZipEntry | undefined {
    return this.entries.get(part);
  }
}

function tooBig(): ZipRefused {
  return new ZipRefused(`expands to more than ${MAX_XLSX_EXPANDED_BYTES / (1 << 20)} MB`);
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package's own is `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const dir = path.dirname(part);
  return `${dir === '.' ? '' : `${dir}/`}_rels/${path.basename(part)}.rels`;
}

/** A worksheet of the workbook, in the workbook's order. */
export interface SheetPart {
  name: string;
  part: string;
}

/** The workbook part and its worksheets (chart and dialog sheets are not questionnaires). */
export function workbookSheets(pkg: XlsxPackage): { workbook: string; sheets: SheetPart[] } {
  const workbook = pkg.relationships('').find((rel) => rel.type === 'officeDocument')?.target;
  const text = workbook === undefined ? undefined : pkg.text(workbook);
  if (workbook === undefined || text === undefined) throw new XmlRefused('it has no workbook part');
  const rels = new Map(pkg.relationships(workbook).map((rel) => [rel.id, rel]));
  const sheets: SheetPart[] = [];
  const scanner = new XmlScanner(text);
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.name !== 'sheet' || tag.kind === 'close') continue;
    const rel = rels.get(attribute(tag.attrs, 'id') ?? '');
    if (rel?.type !== 'worksheet' || rel.external || !pkg.has(rel.target)) continue;
    sheets.push({ name: attribute(tag.attrs, 'name') ?? '', part: rel.target });
  }
  return { workbook, sheets };
}

/** The shared strings table: the text of each `<si>`, runs joined, phonetic hints (`<rPh>`) left out. */
export function readSharedStrings(text: string | undefined): string[] {
  const strings: string[] = [];
  if (text === undefined) return strings;
  const scanner = new XmlScanner(text);
  let current: string[] | undefined;
  let phonetic = 0;
  let textStart = -1;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.name === 'si') {
      if (tag.kind === 'open') current = [];
      else if (tag.kind === 'empty') strings.push('');
      else if (current) {
        strings.push(current.join(''));
        current = undefined;
      }
    } else if (tag.name === 'rPh') {
      if (tag.kind === 'open') phonetic++;
      else if (tag.kind === 'close') phonetic--;
    } else if (tag.name === 't' && current && phonetic === 0) {
      if (tag.kind === 'open') textStart = tag.end;
      else if (tag.kind === 'close' && textStart >= 0) {
        current.push(decodeText(text.slice(textStart, tag.start)));
        textStart = -1;
      }
    }
  }
  return strings;
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Adds a relationship from `part` to `target` (a part name), returning its new id. */
export function addRelationship(pkg: XlsxPackage, part: string, type: string, target: string): string {
  const relsPart = relsPartOf(part);
  const text =
    pkg.text(relsPart) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
  const used = new Set(pkg.relationships(part).map((rel) => rel.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const relative = path.relative(path.dirname(part), target);
  const element = `<Relationship Id="${id}" Type="${REL}${type}" Target="${escapeXml(relative)}"/>`;
  pkg.write(relsPart, insertBeforeClose(text, 'Relationships', element));
  return id;
}

/** Declares the content type of a part by name (Override), unless its extension's Default already says it. */
export function declareContentType(pkg: XlsxPackage, part: string, contentType: string): void {
  const name = '[Content_Types].xml';
  const text = pkg.text(name);
  if (text === undefined) throw new XmlRefused('it has no [Content_Types].xml');
  const scanner = new XmlScanner(text);
  const extension = path.extname(part).slice(1).toLowerCase();
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.name === 'Override' && attribute(tag.attrs, 'PartName')?.replace(/^\//, '') === part) return;
    if (
      tag.name === 'Default' &&
      attribute(tag.attrs, 'Extension')?.toLowerCase() === extension &&
      attribute(tag.attrs, 'ContentType') === contentType
    )
      return;
  }
  const element = `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
  pkg.write(name, insertBeforeClose(text, 'Types', element));
}

/** `text` with `element` added as the last child of its document element `root`. */
export function insertBeforeClose(text: string, root: string, element: string): string {
  const close = new RegExp(`</(?:[^\\s>:]+:)?${root}\\s*>\\s*$`).exec(text);
  if (close) return text.slice(0, close.index) + element + text.slice(close.index);
  const empty = new RegExp(`<((?:[^\\s>:]+:)?${root})([^>]*?)\\s*/>\\s*$`).exec(text);
  if (!empty) throw new XmlRefused(`no <${root}> element to add to`);
  return `${text.slice(0, empty.index)}<${empty[1]}${empty[2]}>${element}</${empty[1]}>`;
}

/** The first free part name `prefix{n}suffix` (n from 1). */
export function freePartName(pkg: XlsxPackage, prefix: string, suffix: string): string {
  let n = 1;
  while (pkg.has(`${prefix}${n}${suffix}`)) n++;
  return `${prefix}${n}${suffix}`;
}
