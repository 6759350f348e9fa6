import { degrees, PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** Characters the standard PDF font can draw (WinAnsi); anything else becomes `?` rather than failing. */
function drawable(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?').slice(0, 160);
}

/**
 * Stamps every page of a PDF with who it was shared with and when: a diagonal mark across the page and a line
 * in the footer, so a copy that travels further names its source. The text goes into the page content (not an
 * annotation a viewer can hide). Throws when the bytes are not a PDF pdf-lib can read.
 * @example const stamped = await watermarkPdf(bytes, 'Ana Lima <ana@globex.example>, Globex · 2026-11-26')
 */
export async function watermarkPdf(bytes: Uint8Array, text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const mark = drawable(text);
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    const size = Math.max(
      10,
      Math.min(28, (Math.hypot(width, height) * 0.8) / Math.max(mark.length, 1) / 0.5),
    );
    page.drawText(mark, {
      x: width * 0.08,
      y: height * 0.2,
      size,
      font,
      color: rgb(0.75, 0.1, 0.1),
      opacity: 0.22,
      rotate: degrees((Math.atan2(height, width) * 180) / Math.PI),
    });
    page.drawText(`Shared with ${mark}`, { x: 24, y: 14, size: 8, font, color: rgb(0.35, 0.35, 0.35) });
  }
  pdf.setSubject(`Shared with ${mark}`);
  return pdf.save();
}
