import type { KeywordTable } from './keywordTable.js';

/**
 * The keyword automaton as one block of bytes: a header of 32-bit words, then every array of the table, each at
 * an offset the header gives. `npm run build` writes it beside the bundle, a start-up reads it back as views
 * (nothing is decoded or built), and the WebAssembly scanner copies it into its memory as is and reads the same
 * header. It also carries an `id` (which catalog it was built from), a `note` (any text, here the compiled
 * catalog as JSON) and the scanner's WebAssembly module, so that one file holds everything a scan needs.
 */
export interface KeywordImage {
  /** The image itself, 4-byte aligned. */
  bytes: Uint8Array;
  /** The automaton, as views into `bytes`. */
  table: KeywordTable;
  id: string;
  note: string;
  /** The WebAssembly scanner's module (`keywordScannerModule()`), or no bytes when the image was made without it. */
  wasm: Uint8Array;
}

const MAGIC = 0x574b4d54; // "TMKW"
const FORMAT = 5;

/** Word index of each header field; the WebAssembly scanner reads the same words (`keywordWasm.ts`). */
export const HEADER = {
  magic: 0,
  format: 1,
  length: 2,
  idAt: 3,
  idLength: 4,
  noteAt: 5,
  noteLength: 6,
  classCount: 7,
  stateCount: 8,
  depth: 9,
  keywordCount: 10,
  byteClassAt: 11,
  alnumAt: 12,
  lowerAt: 13,
  textAt: 14,
  textLength: 15,
  lengthsAt: 16,
  startsAt: 17,
  prefixesAt: 18,
  outStartAt: 19,
  outListAt: 20,
  outListLength: 21,
  tableAt: 22,
  wasmAt: 23,
  wasmLength: 24,
} as const;
const HEADER_WORDS = 26;

/** 1 for ASCII letters and digits (the word boundaries keywords are matched at). */
function alnumTable(): Uint8Array {
  const table = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte++)
    if ((byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122))
      table[byte] = 1;
  return table;
}

/** Each byte in ASCII lower case. */
function lowerTable(): Uint8Array {
  const table = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte++) table[byte] = byte >= 65 && byte <= 90 ? byte + 32 : byte;
  return table;
}

/**
 * The image of `table`, with its `id` and `note`.
 * @example writeFileSync('dist/discover-tables.bin', encodeKeywordImage(buildKeywordTable(keywords), { id, note }))
 */
export function encodeKeywordImage(
  table: KeywordTable,
  extra: { id: string; note: string; wasm?: Uint8Array },
): Uint8Array {
  const id = Buffer.from(extra.id, 'utf8');
  const note = Buffer.from(extra.note, 'utf8');
  const sections: [field: keyof typeof HEADER, bytes: Uint8Array][] = [
    ['idAt', id],
    ['noteAt', note],
    ['byteClassAt', table.byteClass],
    ['alnumAt', alnumTable()],
    ['lowerAt', lowerTable()],
    ['textAt', table.text],
    ['lengthsAt', asBytes(table.lengths)],
    ['startsAt', asBytes(table.starts)],
    ['prefixesAt', table.prefixes],
    ['outStartAt', asBytes(table.outStart)],
    ['outListAt', asBytes(table.outList)],
    ['tableAt', asBytes(table.table)],
    ['wasmAt', extra.wasm ?? new Uint8Array(0)],
  ];
  const header = new Int32Array(HEADER_WORDS);
  let at = HEADER_WORDS * 4;
  for (const [field, bytes] of sections) {
    header[HEADER[field]] = at;
    at = align(at + bytes.length);
  }
  header[HEADER.magic] = MAGIC;
  header[HEADER.format] = FORMAT;
  header[HEADER.length] = at;
  header[HEADER.idLength] = id.length;
  header[HEADER.noteLength] = note.length;
  header[HEADER.classCount] = table.classCount;
  header[HEADER.stateCount] = table.outStart.length - 1;
  header[HEADER.depth] = table.depth;
  header[HEADER.keywordCount] = table.lengths.length;
  header[HEADER.textLength] = table.text.length;
  header[HEADER.outListLength] = table.outList.length;
  header[HEADER.wasmLength] = extra.wasm?.length ?? 0;
  const image = new Uint8Array(at);
  image.set(asBytes(header), 0);
  for (const [field, bytes] of sections) image.set(bytes, header[HEADER[field]]!);
  return image;
}

/**
 * The image in `stored` as views, or `undefined` when the bytes are not a whole image of this format (another
 * build's, truncated, or not one at all): then the caller builds the automaton instead.
 */
export function readKeywordImage(stored: Uint8Array): KeywordImage | undefined {
  // Typed views need 4-byte alignment; a buffer from the pool may not have it.
  const bytes = stored.byteOffset % 4 === 0 ? stored : stored.slice();
  if (bytes.byteLength < HEADER_WORDS * 4) return undefined;
  const header = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  const word = (field: keyof typeof HEADER) => header[HEADER[field]]!;
  if (word('magic') !== MAGIC || word('format') !== FORMAT || word('length') !== bytes.byteLength)
    return undefined;
  const classCount = word('classCount');
  const stateCount = word('stateCount');
  const keywordCount = word('keywordCount');
  if (classCount < 1 || classCount > 256 || stateCount < 1 || keywordCount < 0) return undefined;
  // Every section inside the image, each array 4-byte aligned.
  const section = (field: keyof typeof HEADER, length: number) => {
    const at = word(field);
    return at >= HEADER_WORDS * 4 && at % 4 === 0 && length >= 0 && at + length <= bytes.byteLength;
  };
  const ok =
    section('idAt', word('idLength')) &&
    section('noteAt', word('noteLength')) &&
    section('byteClassAt', 256) &&
    section('alnumAt', 256) &&
    section('lowerAt', 256) &&
    section('textAt', word('textLength')) &&
    section('lengthsAt', keywordCount * 4) &&
    section('startsAt', keywordCount * 4) &&
    section('prefixesAt', keywordCount) &&
    section('outStartAt', (stateCount + 1) * 4) &&
    section('outListAt', word('outListLength') * 4) &&
    section('tableAt', stateCount * classCount * 4) &&
    section('wasmAt', word('wasmLength'));
  if (!ok) return undefined;
  const u8 = (field: keyof typeof HEADER, length: number) =>
    new Uint8Array(bytes.buffer, bytes.byteOffset + word(field), length);
  const i32 = (field: keyof typeof HEADER, length: number) =>
    new Int32Array(bytes.buffer, bytes.byteOffset + word(field), length);
  const text = (field: keyof typeof HEADER, length: number) =>
    Buffer.from(bytes.buffer, bytes.byteOffset + word(field), length).toString('utf8');
  return {
    bytes,
    id: text('idAt', word('idLength')),
    note: text('noteAt', word('noteLength')),
    wasm: u8('wasmAt', word('wasmLength')),
    table: {
      byteClass: u8('byteClassAt', 256),
      classCount,
      table: i32('tableAt', stateCount * classCount),
      outStart: i32('outStartAt', stateCount + 1),
      outList: i32('outListAt', word('outListLength')),
      lengths: i32('lengthsAt', keywordCount),
      prefixes: u8('prefixesAt', keywordCount),
      depth: word('depth'),
      text: u8('textAt', word('textLength')),
      starts: i32('startsAt', keywordCount),
    },
  };
}

const align = (at: number) => (at + 3) & ~3;

function asBytes(array: Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
