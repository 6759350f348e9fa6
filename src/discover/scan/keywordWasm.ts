import { HEADER, type KeywordImage } from './keywordImage.js';
import type { CandidateLines, KeywordScanner } from './keywordScanner.js';
import {
  Assembler,
  add,
  and,
  type Code,
  call,
  constant,
  divU,
  element,
  eq,
  eqz,
  geS,
  geU,
  gtS,
  I32,
  load8,
  load32,
  locals,
  ltS,
  ltU,
  mul,
  name,
  ne,
  section,
  select,
  store32,
  sub,
  uleb,
  vector,
  xor,
} from './wasmEncoder.js';

/**
 * The keyword scanner's loop in WebAssembly: the same automaton and the same answers as `keywordScannerOf`, which
 * stays the reference (tests compare the two).
 *
 * Why: a run over a few hundred files ends before V8 has optimised a JavaScript loop, so the pass over every
 * byte ran in the interpreter at ~20 ns a byte (60 ms for a 300-file tree, several times that on a loaded
 * machine, where the optimising compiler's thread waits for a core); WebAssembly is compiled before its first
 * call, and the module is 1.5 KB, so that costs well under a millisecond.
 *
 * The module is assembled below from a few opcodes rather than shipped as a binary: it stays readable, and the
 * build needs no WebAssembly toolchain. Assembling it takes 10-20 ms of code that runs once, so `npm run build`
 * does it and stores the module in the tables image; only a run from sources or with a custom catalog assembles.
 */

// ---- The module's two functions.

const header = (field: keyof typeof HEADER): Code => load32(constant(HEADER[field] * 4));
const MATCHES = 0;
const SCAN = 1;
/** Bytes per pass of the scan loop; the data is followed by this many bytes of padding. */
const UNROLL = 4;

/**
 * `matches(data, length, at, offset)`: 1 when a keyword that ends at state `offset` (the automaton read byte `at`)
 * really is there: the rest of a keyword longer than the automaton's depth is compared case-insensitively, and
 * word boundaries are checked (no letter or digit before, nor after unless it is a prefix keyword). Mirrors
 * `matchesAt` in `keywordScannerOf`.
 */
function matchesFunction(): Code {
  const { get, set, declared } = locals(
    ['data', 'length', 'at', 'offset'],
    ['q', 'last', 'index', 'keywordLength', 'read', 'start', 'end', 'k', 'textFrom', 'state', 'depth'],
  );
  const a = new Assembler();
  const body = [
    set('depth', header('depth')),
    set('state', divU(get('offset'), header('classCount'))),
    set('q', element(header('outStartAt'), get('state'))),
    set('last', element(header('outStartAt'), add(get('state'), constant(1)))),
    a.block('none', () => [
      a.loop('candidates', () => [
        a.brIf('none', geS(get('q'), get('last'))),
        set('index', element(header('outListAt'), get('q'))),
        set('q', add(get('q'), constant(1))),
        a.block('next', () => [
          set('keywordLength', element(header('lengthsAt'), get('index'))),
          set('read', select(get('keywordLength'), get('depth'), ltU(get('keywordLength'), get('depth')))),
          set('start', add(sub(get('at'), get('read')), constant(1))),
          set('end', sub(add(get('start'), get('keywordLength')), constant(1))),
          a.brIf('next', geS(get('end'), get('length'))),
          set('k', get('read')),
          set('textFrom', element(header('startsAt'), get('index'))),
          a.block('restDone', () => [
            a.loop('rest', () => [
              a.brIf('restDone', geS(get('k'), get('keywordLength'))),
              a.brIf(
                'next',
                ne(
                  load8(add(header('lowerAt'), load8(add(get('data'), add(get('start'), get('k')))))),
                  load8(add(header('textAt'), add(get('textFrom'), get('k')))),
                ),
              ),
              set('k', add(get('k'), constant(1))),
              a.br('rest'),
            ]),
          ]),
          // The byte before `data` and the one after its end are always inside memory, so both loads are safe.
          a.brIf(
            'next',
            and(
              gtS(get('start'), constant(0)),
              load8(add(header('alnumAt'), load8(sub(add(get('data'), get('start')), constant(1))))),
            ),
          ),
          a.brIf(
            'next',
            and(
              and(
                eqz(load8(add(header('prefixesAt'), get('index')))),
                ltS(add(get('end'), constant(1)), get('length')),
              ),
              load8(add(header('alnumAt'), load8(add(add(get('data'), get('end')), constant(1))))),
            ),
          ),
          constant(1),
          [0x0f],
        ]),
        a.br('candidates'),
      ]),
    ]),
    constant(0),
  ].flat();
  return [...declared, ...body, 0x0b];
}

/**
 * `scan(data, length, from, line, out, outMax)`: runs the automaton over the bytes at `data` from index `from`
 * (a line start, numbered `line`), writes each candidate line as three words (number, start, end) at `out`, and
 * returns how many it wrote; at `outMax` it stops, and the caller resumes after the last line. The image sits at
 * address 0, so the header's offsets are addresses. The loop over every byte is kept to a table lookup and a
 * sign test (the baseline compiler keeps its few locals in registers); lines are counted only at a match.
 */
function scanFunction(): Code {
  const { get, set, declared } = locals(
    ['data', 'length', 'from', 'line', 'out', 'outMax'],
    [
      'at',
      'stop',
      'i',
      'offset',
      'cell',
      'tableAt',
      'byteClassAt',
      'found',
      'counted',
      'lineStart',
      'lineEnd',
      'record',
    ],
  );
  const a = new Assembler();
  const emitLineAndSkipIt = [
    set('lineStart', get('i')),
    a.block('startFound', () => [
      a.loop('toStart', () => [
        a.brIf('startFound', geU(get('counted'), get('lineStart'))),
        a.brIf('startFound', eq(load8(sub(add(get('data'), get('lineStart')), constant(1))), constant(10))),
        set('lineStart', sub(get('lineStart'), constant(1))),
        a.br('toStart'),
      ]),
    ]),
    a.block('countDone', () => [
      a.loop('count', () => [
        a.brIf('countDone', geU(get('counted'), get('lineStart'))),
        set('line', add(get('line'), eq(load8(add(get('data'), get('counted'))), constant(10)))),
        set('counted', add(get('counted'), constant(1))),
        a.br('count'),
      ]),
    ]),
    set('lineEnd', get('i')),
    a.block('endFound', () => [
      a.loop('toEnd', () => [
        a.brIf('endFound', geU(get('lineEnd'), get('length'))),
        a.brIf('endFound', eq(load8(add(get('data'), get('lineEnd'))), constant(10))),
        set('lineEnd', add(get('lineEnd'), constant(1))),
        a.br('toEnd'),
      ]),
    ]),
    set('record', add(get('out'), mul(get('found'), constant(12)))),
    store32(get('record'), get('line'), 0),
    store32(get('record'), get('lineStart'), 4),
    store32(get('record'), get('lineEnd'), 8),
    set('found', add(get('found'), constant(1))),
    // The rest of the line is already a candidate: resume after it, from the root.
    set('offset', constant(0)),
    set('i', add(get('lineEnd'), constant(1))),
    set('line', add(get('line'), constant(1))),
    set('counted', get('i')),
  ];
  const body = [
    set('tableAt', header('tableAt')),
    set('byteClassAt', header('byteClassAt')),
    set('at', add(get('data'), get('from'))),
    set('stop', add(get('data'), get('length'))),
    set('counted', get('from')),
    a.block('done', () => [
      a.loop('scan', () => [
        // Unrolled: one bounds check (and one pass through the loop header, where the baseline compiler stores
        // every local) per four bytes, each read at a constant offset from one pointer. The caller pads the data
        // with bytes of class 0, which match nothing and leave the automaton at the root, so steps past the end
        // are harmless.
        a.brIf('done', geU(get('at'), get('stop'))),
        ...Array.from({ length: UNROLL }, (_, step) => [
          set(
            'cell',
            element(
              get('tableAt'),
              add(get('offset'), load8(add(get('byteClassAt'), load8(get('at'), step)))),
            ),
          ),
          set('offset', get('cell')),
          a.when(ltS(get('cell'), constant(0)), () => [
            set('offset', xor(get('cell'), constant(-1))),
            set('i', add(sub(get('at'), get('data')), constant(step))),
            a.when(call(MATCHES, get('data'), get('length'), get('i'), get('offset')), () => [
              ...emitLineAndSkipIt,
              set('at', add(get('data'), get('i'))),
              a.brIf('done', geU(get('found'), get('outMax'))),
              a.br('scan'),
            ]),
          ]),
        ]).flat(),
        set('at', add(get('at'), constant(UNROLL))),
        a.br('scan'),
      ]),
    ]),
    get('found'),
  ].flat();
  return [...declared, ...body, 0x0b];
}

/** The module: imports its memory (`env.memory`), exports `scan`. */
export function keywordScannerModule(): Uint8Array<ArrayBuffer> {
  const functions = [matchesFunction(), scanFunction()];
  const type = (params: number) => [
    0x60,
    ...vector(Array.from({ length: params }, () => [I32])),
    ...vector([[I32]]),
  ];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([type(4), type(6)])),
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01]])),
    ...section(3, vector([[0], [1]])),
    ...section(7, vector([[...name('scan'), 0x00, SCAN]])),
    ...section(10, vector(functions.map((code) => [...uleb(code.length), ...code]))),
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
  // A byte no keyword holds, to pad the data with (see the scan loop); a catalog that used all 256 has none.
  const padding = image.table.byteClass.indexOf(0);
  if (typeof WebAssembly !== 'object' || padding < 0) return undefined;
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
      bytesView.fill(padding, data + bytes.length, data + bytes.length + UNROLL);
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
