import { escapeXml } from '../../../core/encode.js';
import { columnLetter } from '../columns.js';
import { type CellSpan, parseAddress, type RowSpan, type SheetXml } from './sheet.js';
import type { StyleChange, StylesPatch } from './styles.js';
import { attribute, withAttribute, XmlRefused } from './xml.js';

/** What to do to one cell: new text (as an inline string) and/or a format change; unset parts stay. */
export interface CellEdit {
  value?: string;
  style?: StyleChange;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
// Elements that come after <legacyDrawing> in a worksheet (CT_Worksheet), so a new one goes before them.
const AFTER_LEGACY_DRAWING = new Set([
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
  'AlternateContent',
]);
// Elements that come after <cols>, for a sheet that has none yet.
const AFTER_COLS = new Set(['sheetData']);

/**
 * Edits to one worksheet, applied by splicing its XML: only the rows that change are rewritten (and within them
 * only the cells that change); every other byte of the buyer's sheet (validations, merges, conditional formats,
 * extensions) stays as it was.
 * @example const patch = new SheetPatch(sheet); patch.set(3, 4, { value: 'Yes.' }); patch.result(styles)
 */
export class SheetPatch {
  private readonly edits = new Map<number, Map<number, CellEdit>>();
  private readonly widths = new Map<number, number>();
  private drawing?: string;

  constructor(private readonly sheet: SheetXml) {}

  set(row: number, col: number, edit: CellEdit): void {
    const cells = this.edits.get(row) ?? new Map<number, CellEdit>();
    this.edits.set(row, cells);
    const previous = cells.get(col);
    cells.set(col, { ...previous, ...edit, style: { ...previous?.style, ...edit.style } });
  }

  /** Sets a column's width unless the sheet gives it one already. */
  widthUnlessSet(col: number, width: number): void {
    if (!this.sheet.columns.some((spec) => col >= spec.min && col <= spec.max)) this.widths.set(col, width);
  }

  /** Names the VML drawing that carries the sheet's notes (when the sheet had none). */
  legacyDrawing(relationshipId: string): void {
    this.drawing = relationshipId;
  }

  /** The sheet's XML with the edits, formats added to `styles` as needed. */
  result(styles: StylesPatch): string {
    const { sheet } = this;
    const p = sheet.prefix;
    const splices: Splice[] = [];
    const sheetData = sheet.elements.find((element) => element.name === 'sheetData');
    if (!sheetData) throw new XmlRefused('the worksheet has no <sheetData>');
    const selfClosing = sheet.text.slice(sheetData.start, sheetData.end).endsWith('/>');
    const dataClose = selfClosing ? sheetData.end : sheet.text.lastIndexOf('<', sheetData.end - 1);
    const existing = [...sheet.rows.values()];
    let nextExisting = 0;
    const added: string[] = [];
    for (const r of [...this.edits.keys()].sort((a, b) => a - b)) {
      const cells = this.edits.get(r)!;
      const row = sheet.rows.get(r);
      if (row) {
        splices.push({ start: row.start, end: row.end, text: this.rowXml(row, cells, styles) });
        continue;
      }
      while (nextExisting < existing.length && existing[nextExisting]!.r < r) nextExisting++;
      const text = this.rowXml({ r, start: 0, end: 0, attrs: ` r="${r}"`, cells: [] }, cells, styles);
      const before = existing[nextExisting];
      if (before) splices.push({ start: before.start, end: before.start, text });
      else added.push(text);
    }
    if (added.length > 0) {
      if (selfClosing)
        splices.push({
          start: sheetData.start,
          end: sheetData.end,
          text: `<${p}sheetData>${added.join('')}</${p}sheetData>`,
        });
      else splices.push({ start: dataClose, end: dataClose, text: added.join('') });
    }
    this.columnSplices(splices);
    this.dimensionSplice(splices);
    if (this.drawing) {
      const after = sheet.elements.find((element) => AFTER_LEGACY_DRAWING.has(element.name));
      const close = sheet.text.lastIndexOf('</');
      const at = after ? after.start : close;
      splices.push({
        start: at,
        end: at,
        text: `<${p}legacyDrawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${this.drawing}"/>`,
      });
    }
    return applySplices(sheet.text, splices);
  }

  private rowXml(row: RowSpan, edits: Map<number, CellEdit>, styles: StylesPatch): string {
    const { sheet } = this;
    const p = sheet.prefix;
    const rowStyle =
      attribute(row.attrs, 'customFormat') === '1' ? Number(attribute(row.attrs, 's') ?? 0) : undefined;
    const parts: { col: number; xml: string }[] = row.cells.map((cell) => ({
      col: cell.col,
      xml: sheet.text.slice(cell.start, cell.end),
    }));
    for (const [col, edit] of edits) {
      const cell = row.cells.find((candidate) => candidate.col === col);
      const base = cell?.style ?? rowStyle ?? this.columnStyle(col) ?? 0;
      const style =
        edit.style && (edit.style.fill || edit.style.bold) ? styles.styleWith(base, edit.style) : base;
      const xml = cellXml(sheet.text, p, row.r, col, style, edit.value, cell);
      const at = parts.findIndex((part) => part.col >= col);
      if (at < 0) parts.push({ col, xml });
      else if (parts[at]!.col === col) parts[at] = { col, xml };
      else parts.splice(at, 0, { col, xml });
    }
    // `spans` is an optional hint of the row's first and last column; dropped rather than left wrong.
    const attrs = withAttribute(row.attrs, 'spans', undefined);
    return `<${p}row${attrs}>${parts.map((part) => part.xml).join('')}</${p}row>`;
  }

  private columnStyle(col: number): number | undefined {
    return this.sheet.columns.find((spec) => col >= spec.min && col <= spec.max)?.style;
  }

  private columnSplices(splices: Splice[]): void {
    if (this.widths.size === 0) return;
    const p = this.sheet.prefix;
    const colXml = (col: number, width: number) =>
      `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>`;
    const cols = this.sheet.elements.find((element) => element.name === 'cols');
    if (!cols) {
      const at = this.sheet.elements.find((element) => AFTER_COLS.has(element.name))!.start;
      const inner = [...this.widths].sort((a, b) => a[0] - b[0]).map(([col, width]) => colXml(col, width));
      splices.push({ start: at, end: at, text: `<${p}cols>${inner.join('')}</${p}cols>` });
      return;
    }
    const closeAt = this.sheet.text.lastIndexOf('<', cols.end - 1);
    for (const [col, width] of this.widths) {
      const after = this.sheet.columns.find((spec) => spec.min > col);
      const at = after ? after.start : closeAt;
      splices.push({ start: at, end: at, text: colXml(col, width) });
    }
  }

  private dimensionSplice(splices: Splice[]): void {
    const dimension = this.sheet.elements.find((element) => element.name === 'dimension');
    if (!dimension) return;
    const [from = 'A1', to = from] = (attribute(dimension.attrs, 'ref') ?? 'A1').split(':');
    const a = parseAddress(from) ?? { col: 1, row: 1 };
    const b = parseAddress(to) ?? a;
    let right = b.col;
    let bottom = b.row;
    for (const [r, cells] of this.edits) {
      bottom = Math.max(bottom, r);
      for (const col of cells.keys()) right = Math.max(right, col);
    }
    if (right === b.col && bottom === b.row) return;
    const ref = `${columnLetter(a.col)}${a.row}:${columnLetter(right)}${bottom}`;
    const p = this.sheet.prefix;
    splices.push({
      start: dimension.start,
      end: dimension.end,
      text: `<${p}dimension${withAttribute(dimension.attrs, 'ref', ref)}/>`,
    });
  }
}

/** A cell with new text (an inline string), or the existing cell with only its format index changed. */
function cellXml(
  text: string,
  p: string,
  r: number,
  col: number,
  style: number,
  value: string | undefined,
  cell: CellSpan | undefined,
): string {
  const s = style ? ` s="${style}"` : '';
  if (value !== undefined)
    return `<${p}c r="${columnLetter(col)}${r}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(value)}</${p}t></${p}is></${p}c>`;
  if (!cell) return `<${p}c r="${columnLetter(col)}${r}"${s}/>`;
  const xml = text.slice(cell.start, cell.end);
  return xml.replace(
    /^<([^\s/>]+)([^>]*?)(\/?)>/,
    (_, name: string, attrs: string, slash: string) =>
      `<${name}${withAttribute(attrs, 's', style ? String(style) : undefined)}${slash}>`,
  );
}

function applySplices(text: string, splices: Splice[]): string {
  // Equal starts keep their order (a row inserted before another, then that row's own rewrite).
  const sorted = splices
    .map((splice, i) => ({ ...splice, i }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const out: string[] = [];
  let at = 0;
  for (const splice of sorted) {
    out.push(text.slice(at, splice.start), splice.text);
    at = Math.max(at, splice.end);
  }
  out.push(text.slice(at));
  return out.join('');
}
