import { HEADER, type KeywordImage } from './keywordImage.js';
import type { CandidateLines, KeywordScanner } from './keywordScanner.js';

/**
 * The keyword scanner's loop in WebAssembly: the same automaton and the same answers as `keywordScannerOf`, which
 * stays the reference (tests compare the two).
 *
 * Why: a run over a few hundred files ends before V8 has optimised a JavaScript loop, so the pass over every
 * byte ran in the interpreter at ~20 ns a byte (60 ms for a 300-file tree, several times that on a loaded
 * machine, where the optimising compiler's thread waits for a core); WebAssembly is compiled before its first
 * call, and the module is 400 bytes, so that costs well under a millisecond.
 *
 * The module is assembled below from a few opcodes rather than shipped as a binary: it stays readable, and the
 * build needs no WebAssembly toolchain. Assembling it takes 10-20 ms of code that runs once, so `npm run build`
 * does it and stores the module in the tables image; only a run from sources or with a custom catalog assembles.
 */

// ---- A minimal WebAssembly encoder: just what one function over i32 values needs.

type Code = number[];

const uleb = (value: number): Code => {
  const out: Code = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
};

const sleb = (value: number): Code => {
  const out: Code = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && !(byte & 0x40)) || (value === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
};

const vector = (items: Code[]): Code => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: Code): Code => [id, ...uleb(body.length), ...body];
const name = (text: string): Code => vector([...text].map((char) => [char.charCodeAt(0)]));
const I32 = 0x7f;

/** Structured control flow with named labels, so that branch depths are counted for us. */
class Assembler {
  private readonly labels: (string | undefined)[] = [];

  private nest(opcode: number, label: string | undefined, body: () => Code[]): Code {
    this.labels.push(label);
    const code = body().flat();
    this.labels.pop();
    return [opcode, 0x40, ...code, 0x0b];
  }

  block = (label: string, body: () => Code[]): Code => this.nest(0x02, label, body);
  loop = (label: string, body: () => Code[]): Code => this.nest(0x03, label, body);
  when = (condition: Code, body: () => Code[]): Code => [...condition, ...this.nest(0x04, undefined, body)];

  private depth(label: string): number {
    const at = this.labels.lastIndexOf(label);
    if (at < 0) throw new Error(`no label ${label}`);
    return this.labels.length - 1 - at;
  }

  br = (label: string): Code => [0x0c, this.depth(label)];
  brIf = (label: string, condition: Code): Code => [...condition, 0x0d, this.depth(label)];
}

const constant = (value: number): Code => [0x41, ...sleb(value)];
const binary =
  (opcode: number) =>
  (a: Code, b: Code): Code => [...a, ...b, opcode];
const add = binary(0x6a);
const sub = binary(0x6b);
const mul = binary(0x6c);
const divU = binary(0x6e);
const and = binary(0x71);
const xor = binary(0x73);
const shl = binary(0x74);
const eq = binary(0x46);
const ne = binary(0x47);
const ltS = binary(0x48);
const ltU = binary(0x49);
const gtS = binary(0x4a);
const geS = binary(0x4e);
const geU = binary(0x4f);
const eqz = (a: Code): Code => [...a, 0x45];
const select = (a: Code, b: Code, condition: Code): Code => [...a, ...b, ...condition, 0x1b];
const load8 = (address: Code): Code => [...address, 0x2d, 0, 0];
const load32 = (address: Code): Code => [...address, 0x28, 2, 0];
const store32 = (address: Code, value: Code, offset: number): Code => [...address, ...value, 0x36, 2, offset];
/** The 32-bit element `index` of the array at `base`. */
const element = (base: Code, index: Code): Code => load32(add(base, shl(index, constant(2))));

// ---- The scan function.

const PARAMS = ['data', 'length', 'from', 'line', 'out', 'outMax'] as const;
const LOCALS = [
  'i',
  'offset',
  'cell',
  'found',
  'byte',
  'lineStart',
  'lineEnd',
  'state',
  'q',
  'last',
  'index',
  'keywordLength',
  'read',
  'start',
  'end',
  'k',
  'textFrom',
  'matched',
  'tableAt',
  'byteClassAt',
  'alnumAt',
  'lowerAt',
  'textAt',
  'lengthsAt',
  'startsAt',
  'prefixesAt',
  'outStartAt',
  'outListAt',
  'classCount',
  'depth',
] as const;
type Local = (typeof PARAMS)[number] | (typeof LOCALS)[number];
const slot = (local: Local) => [...PARAMS, ...LOCALS].indexOf(local);
const get = (local: Local): Code => [0x20, slot(local)];
const set = (local: Local, value: Code): Code => [...value, 0x21, slot(local)];
const header = (field: keyof typeof HEADER): Code => load32(constant(HEADER[field] * 4));

/**
 * `scan(data, length, from, line, out, outMax)`: runs the automaton over the bytes at `data` from index `from`
 * (a line start, numbered `line`), writes each candidate line as three words (number, start, end) at `out`, and
 * returns how many it wrote; at `outMax` it stops, and the caller resumes after the last line. The image sits at
 * address 0, so the header's offsets are addresses. Mirrors `keywordScannerOf` step for step.
 */
function scanFunction(): Code {
  const a = new Assembler();
  const matchKeywordsEndingHere = [
    set('matched', constant(0)),
    set('state', divU(get('offset'), get('classCount'))),
    set('q', element(get('outStartAt'), get('state'))),
    set('last', element(get('outStartAt'), add(get('state'), constant(1)))),
    a.block('candidatesDone', () => [
      a.loop('candidates', () => [
        a.brIf('candidatesDone', geS(get('q'), get('last'))),
        set('index', element(get('outListAt'), get('q'))),
        set('q', add(get('q'), constant(1))),
        a.block('next', () => [
          set('keywordLength', element(get('lengthsAt'), get('index'))),
          set('read', select(get('keywordLength'), get('depth'), ltU(get('keywordLength'), get('depth')))),
          set('start', add(sub(get('i'), get('read')), constant(1))),
          set('end', sub(add(get('start'), get('keywordLength')), constant(1))),
          a.brIf('next', geS(get('end'), get('length'))),
          // The rest of a keyword longer than the automaton's depth, compared case-insensitively.
          set('k', get('read')),
          set('textFrom', element(get('startsAt'), get('index'))),
          a.block('restDone', () => [
            a.loop('rest', () => [
              a.brIf('restDone', geS(get('k'), get('keywordLength'))),
              a.brIf(
                'next',
                ne(
                  load8(add(get('lowerAt'), load8(add(get('data'), add(get('start'), get('k')))))),
                  load8(add(get('textAt'), add(get('textFrom'), get('k')))),
                ),
              ),
              set('k', add(get('k'), constant(1))),
              a.br('rest'),
            ]),
          ]),
          // Word boundaries: no letter or digit before, nor after unless it is a prefix keyword. (The byte
          // before `data` and the one after its end are always inside memory, so both loads are safe.)
          a.brIf(
            'next',
            and(
              gtS(get('start'), constant(0)),
              load8(add(get('alnumAt'), load8(sub(add(get('data'), get('start')), constant(1))))),
            ),
          ),
          a.brIf(
            'next',
            and(
              and(
                eqz(load8(add(get('prefixesAt'), get('index')))),
                ltS(add(get('end'), constant(1)), get('length')),
              ),
              load8(add(get('alnumAt'), load8(add(add(get('data'), get('end')), constant(1))))),
            ),
          ),
          set('matched', constant(1)),
          a.br('candidatesDone'),
        ]),
        a.br('candidates'),
      ]),
    ]),
  ];
  const emitLineAndSkipIt = [
    set('lineEnd', get('i')),
    a.block('endFound', () => [
      a.loop('toEnd', () => [
        a.brIf('endFound', geU(get('lineEnd'), get('length'))),
        a.brIf('endFound', eq(load8(add(get('data'), get('lineEnd'))), constant(10))),
        set('lineEnd', add(get('lineEnd'), constant(1))),
        a.br('toEnd'),
      ]),
    ]),
    store32(add(get('out'), mul(get('found'), constant(12))), get('line'), 0),
    store32(add(get('out'), mul(get('found'), constant(12))), get('lineStart'), 4),
    store32(add(get('out'), mul(get('found'), constant(12))), get('lineEnd'), 8),
    set('found', add(get('found'), constant(1))),
    // The rest of the line is already a candidate: resume after it, from the root.
    set('offset', constant(0)),
    set('i', add(get('lineEnd'), constant(1))),
    set('line', add(get('line'), constant(1))),
    set('lineStart', get('i')),
  ];
  const body = [
    set('tableAt', header('tableAt')),
    set('byteClassAt', header('byteClassAt')),
    set('alnumAt', header('alnumAt')),
    set('lowerAt', header('lowerAt')),
    set('textAt', header('textAt')),
    set('lengthsAt', header('lengthsAt')),
    set('startsAt', header('startsAt')),
    set('prefixesAt', header('prefixesAt')),
    set('outStartAt', header('outStartAt')),
    set('outListAt', header('outListAt')),
    set('classCount', header('classCount')),
    set('depth', header('depth')),
    set('i', get('from')),
    set('lineStart', get('from')),
    a.block('done', () => [
      a.loop('scan', () => [
        a.brIf('done', geU(get('i'), get('length'))),
        set('byte', load8(add(get('data'), get('i')))),
        set('cell', element(get('tableAt'), add(get('offset'), load8(add(get('byteClassAt'), get('byte')))))),
        set('offset', get('cell')),
        a.when(ltS(get('cell'), constant(0)), () => [
          set('offset', xor(get('cell'), constant(-1))),
          ...matchKeywordsEndingHere,
          a.when(get('matched'), () => [
            ...emitLineAndSkipIt,
            a.brIf('done', geU(get('found'), get('outMax'))),
            a.br('scan'),
          ]),
        ]),
        a.when(eq(get('byte'), constant(10)), () => [
          set('line', add(get('line'), constant(1))),
          set('lineStart', add(get('i'), constant(1))),
        ]),
        set('i', add(get('i'), constant(1))),
        a.br('scan'),
      ]),
    ]),
    get('found'),
  ].flat();
  return [...vector([[...uleb(LOCALS.length), I32]]), ...body, 0x0b];
}

/** The module: imports its memory (`env.memory`), exports `scan`. */
export function keywordScannerModule(): Uint8Array<ArrayBuffer> {
  const scan = scanFunction();
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, ...vector(PARAMS.map(() => [I32])), ...vector([[I32]])]])),
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01]])),
    ...section(3, vector([[0]])),
    ...section(7, vector([[...name('scan'), 0x00, 0]])),
    ...section(10, vector([[...uleb(scan.length), ...scan]])),
  ]);
}

const PAGE = 65536;
/** Candidate lines reported per call; a file with more takes several calls. */
const OUT_MAX = 4096;

/**
 * The scanner over `image` in WebAssembly, or `undefined` where WebAssembly is unavailable (`node --jitless`):
 * then the caller uses `keywordScannerOf`.
 * @example wasmKeywordScanner(readKeywordImage(bytes)!)?.scan(Buffer.from('import openai')).lines // [1]
 */
export function wasmKeywordScanner(image: KeywordImage): KeywordScanner | undefined {
  if (typeof WebAssembly !== 'object') return undefined;
  const out = image.bytes.length + 16;
  const data = out + OUT_MAX * 12 + 16;
  let memory: WebAssembly.Memory;
  let scan: (...args: number[]) => number;
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil((data + PAGE) / PAGE) });
    const module = image.wasm.length ? image.wasm.slice() : keywordScannerModule();
    const instance = new WebAssembly.Instance(new WebAssembly.Module(module), {
      env: { memory },
    });
    scan = instance.exports.scan as typeof scan;
  } catch {
    return undefined;
  }
  let bytesView = new Uint8Array(memory.buffer);
  let wordsView = new Int32Array(memory.buffer);
  bytesView.set(image.bytes, 0);
  return {
    keywordCount: image.table.lengths.length,
    scan(bytes) {
      // One spare byte after the data: the boundary check reads the byte after a keyword at the very end.
      const needed = data + bytes.length + 16;
      if (needed > memory.buffer.byteLength) {
        memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
        bytesView = new Uint8Array(memory.buffer);
        wordsView = new Int32Array(memory.buffer);
      }
      bytesView.set(bytes, data);
      const result: CandidateLines = { lines: [], starts: [], ends: [] };
      let from = 0;
      let line = 1;
      for (;;) {
        const found = scan(data, bytes.length, from, line, out, OUT_MAX);
        for (let k = 0, at = out / 4; k < found; k++, at += 3) {
          result.lines.push(wordsView[at]!);
          result.starts.push(wordsView[at + 1]!);
          result.ends.push(wordsView[at + 2]!);
        }
        if (found < OUT_MAX) return result;
        from = result.ends[result.ends.length - 1]! + 1;
        line = result.lines[result.lines.length - 1]! + 1;
      }
    },
  };
}
