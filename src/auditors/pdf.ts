import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import type { AuditRequestBrief } from './request.js';

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const SIZE = { title: 18, heading: 13, body: 10.5 };
const LEADING = 1.4;

/**
 * The standard PDF fonts only encode WinAnsi (Latin-1 plus a few signs). Every character they cannot draw is
 * replaced, so hostile or exotic text never throws mid-document; control characters are dropped.
 */
export function pdfSafe(text: string, font: PDFFont): string {
  const typographic: Record<string, string> = {
    '’': "'",
    '‘': "'",
    '“': '"',
    '”': '"',
    '–': '-',
    '—': '-',
    '…': '...',
  };
  let out = '';
  for (const char of text.replace(/[\u0000-\u001f\u007f]/g, ' ')) {
    const plain = typographic[char] ?? char;
    try {
      font.encodeText(plain);
      out += plain;
    } catch {
      out += '?';
    }
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
    else {
      if (line) lines.push(line);
      // A single word wider than the line (a long URL) is cut where it must be.
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The brief as a PDF (A4, Helvetica). Deterministic: the creation and modification dates are fixed to `date`.
 * @example await writeFile('request.pdf', await renderBriefPdf(brief, new Date()))
 */
export async function renderBriefPdf(brief: AuditRequestBrief, date: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(pdfSafe(brief.title, regular));
  doc.setProducer('Trustmap');
  doc.setCreator('Trustmap');
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const width = PAGE.width - 2 * MARGIN;
  const write = (text: string, font: PDFFont, size: number, indent = 0) => {
    for (const line of wrap(pdfSafe(text, font), font, size, width - indent)) {
      if (y - size * LEADING < MARGIN) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - MARGIN;
      }
      y -= size * LEADING;
      page.drawText(line, { x: MARGIN + indent, y, size, font });
    }
  };
  write(brief.title, bold, SIZE.title);
  write(`To: ${brief.to.join('; ') || 'no firm matched'}`, regular, SIZE.body);
  for (const section of brief.sections) {
    y -= SIZE.body;
    write(section.heading, bold, SIZE.heading);
    for (const line of section.lines) write(`- ${line}`, regular, SIZE.body, 8);
  }
  y -= SIZE.body;
  write('Written by Trustmap for the company to send; Trustmap sends nothing itself.', regular, SIZE.body);
  return doc.save({ useObjectStreams: false });
}
