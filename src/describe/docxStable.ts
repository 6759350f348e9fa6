import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const FIXED_TIME = new Date('1980-01-01T00:00:00Z');

/**
 * Makes a .docx from the docx library reproducible: the same description gives the same bytes. The library
 * stamps the creation time into docProps/core.xml and numbers bookmarks from a process-wide counter; we write
 * the description's own date and number bookmarks from 1 in document order, and fix every zip entry's time.
 */
export function stableDocx(bytes: Uint8Array, date: string): Uint8Array {
  const entries = unzipSync(bytes);
  const core = entries['docProps/core.xml'];
  if (core)
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${date}T00:00:00Z$2`,
      ),
    );
  const document = entries['word/document.xml'];
  if (document) {
    const ids = new Map<string, number>();
    entries['word/document.xml'] = strToU8(
      strFromU8(document).replace(
        /(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g,
        (_, head: string, id: string) => {
          if (!ids.has(id)) ids.set(id, ids.size + 1);
          return `${head}${ids.get(id)}"`;
        },
      ),
    );
  }
  const names = Object.keys(entries).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const ordered: Record<string, [Uint8Array, { level: 6; mtime: Date }]> = {};
  for (const name of names) ordered[name] = [entries[name] as Uint8Array, { level: 6, mtime: FIXED_TIME }];
  return zipSync(ordered);
}
