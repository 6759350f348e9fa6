import { escapeXml } from '../../../core/encode.js';
import { columnLetter } from '../columns.js';
import {
  addRelationship,
  declareContentType,
  freePartName,
  insertBeforeClose,
  type XlsxPackage,
} from './package.js';
import type { SheetXml } from './sheet.js';
import { attribute, rootPrefix, XmlScanner } from './xml.js';

/** A note (Excel's yellow comment box) to put on a cell. */
export interface Note {
  row: number;
  col: number;
  text: string;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const AUTHOR = 'Trustmap';
/** VML shape ids come in blocks of 1024 per `o:idmap` number; the ids must not repeat across the workbook. */
const BLOCK = 1024;

/**
 * Hands out VML shape ids that no drawing of the workbook uses yet, in whole `o:idmap` blocks, as Excel does.
 */
export class ShapeIds {
  private next: number;
  constructor(pkg: XlsxPackage) {
    let highest = 0;
    for (const part of pkg.parts()) {
      if (!part.toLowerCase().endsWith('.vml')) continue;
      for (const match of (pkg.text(part) ?? '').matchAll(/<o:idmap\b[^>]*\bdata="([\d,\s]*)"/g))
        for (const block of match[1]!.split(/[,\s]+/)) highest = Math.max(highest, Number(block) || 0);
    }
    this.next = highest + 1;
  }

  /** `count` ids, and the idmap blocks they fall in. */
  take(count: number): { blocks: number[]; ids: number[] } {
    const blocks: number[] = [];
    const ids: number[] = [];
    while (ids.length < count) {
      const block = this.next++;
      blocks.push(block);
      for (let i = 1; i < BLOCK && ids.length < count; i++) ids.push(block * BLOCK + i);
    }
    return { blocks, ids };
  }
}

/**
 * Adds notes to a worksheet: to its comments part and its VML drawing (created when the sheet has none, appended
 * to when it has), with the relationships and content types they need. A cell that already has a comment keeps
 * it. Returns the relationship id of a new VML drawing, which the sheet must name in `<legacyDrawing>`.
 */
export function addNotes(
  pkg: XlsxPackage,
  sheetPart: string,
  sheet: SheetXml,
  notes: readonly Note[],
  shapeIds: ShapeIds,
): { legacyDrawing?: string } {
  if (notes.length === 0) return {};
  const rels = pkg.relationships(sheetPart);
  const drawingId = sheet.elements.find((element) => element.name === 'legacyDrawing');
  const drawingRel = drawingId && rels.find((rel) => rel.id === attribute(drawingId.attrs, 'id'));
  const commentsRel = rels.find((rel) => rel.type === 'comments' && !rel.external);

  let comments = commentsRel && pkg.text(commentsRel.target);
  const commentsPart = commentsRel?.target ?? freePartName(pkg, 'xl/comments', '.xml');
  comments ??= `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
  // An empty list may be written as one tag; opened and closed, it has a place to add to.
  comments = comments.replace(
    /<((?:[^\s/>:]+:)?(?:authors|commentList))(\s[^>]*?)?\s*\/>/g,
    (_, name: string, attrs = '') => `<${name}${attrs}></${name}>`,
  );
  const p = rootPrefix(comments);
  const taken = new Set<string>();
  const authors: string[] = [];
  const scanner = new XmlScanner(comments);
  let authorsClose = -1;
  let listClose = -1;
  let authorStart = -1;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.name === 'comment' && tag.kind !== 'close') taken.add(attribute(tag.attrs, 'ref') ?? '');
    else if (tag.name === 'author' && tag.kind === 'open') authorStart = tag.end;
    else if (tag.name === 'author' && tag.kind === 'close')
      authors.push(comments.slice(authorStart, tag.start));
    else if (tag.name === 'authors' && tag.kind === 'close') authorsClose = tag.start;
    else if (tag.name === 'commentList' && tag.kind === 'close') listClose = tag.start;
  }
  const fresh = notes.filter((note) => !taken.has(`${columnLetter(note.col)}${note.row}`));
  if (fresh.length === 0 || authorsClose < 0 || listClose < 0) return {};
  let authorId = authors.indexOf(AUTHOR);
  let authorXml = '';
  if (authorId < 0) {
    authorId = authors.length;
    authorXml = `<${p}author>${AUTHOR}</${p}author>`;
  }
  const added = fresh
    .map(
      (note) =>
        `<${p}comment ref="${columnLetter(note.col)}${note.row}" authorId="${authorId}"><${p}text><${p}r><${p}t xml:space="preserve">${escapeXml(note.text)}</${p}t></${p}r></${p}text></${p}comment>`,
    )
    .join('');
  pkg.write(
    commentsPart,
    comments.slice(0, authorsClose) +
      authorXml +
      comments.slice(authorsClose, listClose) +
      added +
      comments.slice(listClose),
  );
  if (!commentsRel) {
    addRelationship(pkg, sheetPart, 'comments', commentsPart);
    declareContentType(pkg, commentsPart, COMMENTS_TYPE);
  }

  const { blocks, ids } = shapeIds.take(fresh.length);
  const shapes = fresh.map((note, i) => shape(note, ids[i]!)).join('');
  const existing = drawingRel && pkg.text(drawingRel.target);
  if (drawingRel && existing !== undefined) {
    // Blocks are added to the drawing's own idmap so the new shapes' ids are declared in it.
    let drawing = existing.replace(
      /(<o:idmap\b[^>]*\bdata=")([^"]*)(")/,
      (_, head: string, data: string, tail: string) =>
        `${head}${[data, ...blocks].filter(Boolean).join(',')}${tail}`,
    );
    if (!drawing.includes('_x0000_t202')) drawing = insertBeforeClose(drawing, 'xml', SHAPE_TYPE);
    pkg.write(drawingRel.target, insertBeforeClose(drawing, 'xml', shapes));
    return {};
  }
  const drawingPart = freePartName(pkg, 'xl/drawings/vmlDrawing', '.vml');
  pkg.write(
    drawingPart,
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>${SHAPE_TYPE}${shapes}</xml>`,
  );
  declareContentType(pkg, drawingPart, VML_TYPE);
  return { legacyDrawing: addRelationship(pkg, sheetPart, 'vmlDrawing', drawingPart) };
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A hidden note box beside its cell, as Excel draws one. */
function shape(note: Note, id: number): string {
  const anchor = [note.col, 6, Math.max(0, note.row - 2), 14, note.col + 2, 2, note.row + 2, 16].join(', ');
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${note.row - 1}</x:Row><x:Column>${note.col - 1}</x:Column></x:ClientData></v:shape>`;
}
