import { MAX_ROWS_PER_SHEET } from '../limits.js';
import { attribute, decodeText, rootPrefix, XmlRefused, XmlScanner, type XmlTag } from './xml.js';

/** Excel's last column (XFD). */
export const MAX_COLUMNS = 16_384;

/** A cell as written in the sheet: where it is, its style and the text a person sees in it. */
export interface CellSpan {
  col: number;
  start: number;
  end: number;
  /** Index into the workbook's cell formats (`s`), 0 when absent. */
  style: number;
  /** What Excel shows: shared or inline string, number, formula result; '' for errors and empty cells. */
  text: string;
  formula: boolean;
}

export interface RowSpan {
  r: number;
  start: number;
  end: number;
  /** The row tag's attributes as written. */
  attrs: string;
  cells: CellSpan[];
}

export interface ColumnSpec {
  start: number;
  end: number;
  min: number;
  max: number;
  width?: number;
  style?: number;
}

/** A top-level element of the worksheet (sheetData, cols, legacyDrawing, extLst, …) and where it lies. */
export interface SheetElement {
  name: string;
  start: number;
  end: number;
  attrs: string;
}

/** A worksheet part read for answering: its rows with offsets (for patching), columns, merges and elements. */
export interface SheetXml {
  text: string;
  /** The namespace prefix of its elements (`''` nearly always). */
  prefix: string;
  rows: Map<number, RowSpan>;
  /** The last row number, counting rows past the limit (which are not kept). */
  rowCount: number;
  columnCount: number;
  columns: ColumnSpec[];
  merged: { top: number; left: number; bottom: number; right: number }[];
  elements: SheetElement[];
}

/** `AB12` → `{ col: 28, row: 12 }`. */
export function parseAddress(address: string): { col: number; row: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.toUpperCase());
  if (!match) return undefined;
  const col = [...match[1]!].reduce((sum, char) => sum * 26 + char.charCodeAt(0) - 64, 0);
  return { col, row: Number(match[2]) };
}

const numberOf = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** Reads a worksheet part. Throws `XmlRefused` on XML it does not accept. */
export function readSheet(text: string, sharedStrings: readonly string[]): SheetXml {
  const sheet: SheetXml = {
    text,
    prefix: rootPrefix(text),
    rows: new Map(),
    rowCount: 0,
    columnCount: 0,
    columns: [],
    merged: [],
    elements: [],
  };
  const scanner = new XmlScanner(text);
  const root = scanner.next();
  if (root?.name !== 'worksheet' || root.kind !== 'open') throw new XmlRefused('not a worksheet');
  for (let tag = scanner.next(); tag && tag.kind !== 'close'; tag = scanner.next()) {
    let end: XmlTag;
    if (tag.name === 'sheetData') end = readRows(scanner, tag, sheet, sharedStrings);
    else if (tag.name === 'cols') end = readColumns(scanner, tag, sheet);
    else if (tag.name === 'mergeCells') end = readMerges(scanner, tag, sheet);
    else end = scanner.skipElement(tag);
    sheet.elements.push({ name: tag.name, start: tag.start, end: end.end, attrs: tag.attrs });
  }
  // The schema requires it, and answers are written into it: refused when the sheet is read, not when written.
  if (!sheet.elements.some((element) => element.name === 'sheetData'))
    throw new XmlRefused('the worksheet has no <sheetData>');
  return sheet;
}

function readRows(scanner: XmlScanner, open: XmlTag, sheet: SheetXml, strings: readonly string[]): XmlTag {
  if (open.kind === 'empty') return open;
  let previous = 0;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === 'close') return tag;
    if (tag.name !== 'row') {
      scanner.skipElement(tag);
      continue;
    }
    const r = numberOf(attribute(tag.attrs, 'r')) ?? previous + 1;
    if (!Number.isInteger(r) || r < 1 || r <= previous)
      throw new XmlRefused(`row numbers out of order at ${r}`);
    previous = r;
    sheet.rowCount = r;
    const row: RowSpan = { r, start: tag.start, end: tag.end, attrs: tag.attrs, cells: [] };
    if (tag.kind === 'open') row.end = readCells(scanner, row, sheet, strings).end;
    // Rows past the limit are counted, not kept: the caller refuses the sheet.
    if (r <= MAX_ROWS_PER_SHEET) sheet.rows.set(r, row);
  }
  throw new XmlRefused('<sheetData> is never closed');
}

function readCells(scanner: XmlScanner, row: RowSpan, sheet: SheetXml, strings: readonly string[]): XmlTag {
  let previous = 0;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === 'close') return tag;
    if (tag.name !== 'c') {
      scanner.skipElement(tag);
      continue;
    }
    const address = attribute(tag.attrs, 'r');
    const col = address === undefined ? previous + 1 : parseAddress(address)?.col;
    if (col !== undefined && col > MAX_COLUMNS)
      throw new XmlRefused(`cell ${address} lies past the last column`);
    if (col === undefined || col <= previous)
      throw new XmlRefused(`cell ${address ?? ''} out of order in row ${row.r}`);
    previous = col;
    const cell: CellSpan = {
      col,
      start: tag.start,
      end: tag.end,
      style: numberOf(attribute(tag.attrs, 's')) ?? 0,
      text: '',
      formula: false,
    };
    if (tag.kind === 'open') readValue(scanner, tag, cell, strings);
    row.cells.push(cell);
    if (col > sheet.columnCount) sheet.columnCount = col;
  }
  throw new XmlRefused(`<row r="${row.r}"> is never closed`);
}

function readValue(scanner: XmlScanner, open: XmlTag, cell: CellSpan, strings: readonly string[]): void {
  const type = attribute(open.attrs, 't') ?? 'n';
  const text = scanner.text;
  let value: string | undefined;
  const inline: string[] = [];
  let phonetic = 0;
  let start = -1;
  let depth = 1;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === 'open') {
      depth++;
      if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 'v' || tag.name === 't') start = tag.end;
      else if (tag.name === 'f') cell.formula = true;
    } else if (tag.kind === 'empty') {
      if (tag.name === 'f') cell.formula = true;
    } else {
      if (--depth === 0) {
        cell.end = tag.end;
        cell.text = cellText(type, value, inline, strings);
        return;
      }
      if (tag.name === 'rPh') phonetic--;
      else if (tag.name === 'v' && start >= 0) value = decodeText(text.slice(start, tag.start));
      else if (tag.name === 't' && start >= 0 && phonetic === 0)
        inline.push(decodeText(text.slice(start, tag.start)));
      start = -1;
    }
  }
  throw new XmlRefused('<c> is never closed');
}

function cellText(
  type: string,
  value: string | undefined,
  inline: readonly string[],
  strings: readonly string[],
): string {
  switch (type) {
    case 'inlineStr':
      return inline.join('');
    case 's':
      return value === undefined ? '' : (strings[Number(value)] ?? '');
    case 'str':
      return value ?? '';
    case 'b':
      return value === undefined ? '' : String(value.trim() !== '0');
    case 'e':
      return '';
    case 'd':
      return value?.slice(0, 10) ?? '';
    default: {
      if (value === undefined || value.trim() === '') return '';
      const number = Number(value);
      return Number.isFinite(number) ? String(number) : value;
    }
  }
}

function readColumns(scanner: XmlScanner, open: XmlTag, sheet: SheetXml): XmlTag {
  if (open.kind === 'empty') return open;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === 'close') return tag;
    if (tag.name === 'col') {
      const min = numberOf(attribute(tag.attrs, 'min')) ?? 0;
      sheet.columns.push({
        start: tag.start,
        end: scanner.skipElement(tag).end,
        min,
        max: numberOf(attribute(tag.attrs, 'max')) ?? min,
        width: numberOf(attribute(tag.attrs, 'width')),
        style: numberOf(attribute(tag.attrs, 'style')),
      });
    } else scanner.skipElement(tag);
  }
  throw new XmlRefused('<cols> is never closed');
}

function readMerges(scanner: XmlScanner, open: XmlTag, sheet: SheetXml): XmlTag {
  if (open.kind === 'empty') return open;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === 'close') return tag;
    const [from = '', to = from] = (attribute(tag.attrs, 'ref') ?? '').split(':');
    const a = parseAddress(from);
    const b = parseAddress(to);
    if (tag.name === 'mergeCell' && a && b)
      sheet.merged.push({
        top: Math.min(a.row, b.row),
        left: Math.min(a.col, b.col),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.col, b.col),
      });
    scanner.skipElement(tag);
  }
  throw new XmlRefused('<mergeCells> is never closed');
}

/** The cell at row `r`, column `col`, when the sheet has one. */
export function cellAt(sheet: SheetXml, r: number, col: number): CellSpan | undefined {
  return sheet.rows.get(r)?.cells.find((cell) => cell.col === col);
}

/** The text a person sees at row `r`, column `col` ('' when the cell is absent). */
export function textAt(sheet: SheetXml, r: number, col: number): string {
  return cellAt(sheet, r, col)?.text ?? '';
}

export function isMerged(sheet: SheetXml, r: number, col: number): boolean {
  return sheet.merged.some(
    (range) => r >= range.top && r <= range.bottom && col >= range.left && col <= range.right,
  );
}
