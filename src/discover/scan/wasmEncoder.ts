/**
 * A minimal WebAssembly encoder: just what `keywordWasm.ts` needs to assemble functions over i32 values, in
 * readable steps (`add(get('i'), constant(1))`) rather than a shipped binary. Opcodes and encodings follow the
 * WebAssembly core specification, section 5 (binary format): https://webassembly.github.io/spec/core/binary/
 */

export type Code = number[];

export const uleb = (value: number): Code => {
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

export const vector = (items: Code[]): Code => [...uleb(items.length), ...items.flat()];
export const section = (id: number, body: Code): Code => [id, ...uleb(body.length), ...body];
export const name = (text: string): Code => vector([...text].map((char) => [char.charCodeAt(0)]));
export const I32 = 0x7f;

/** Structured control flow with named labels, so that branch depths are counted for us. */
export class Assembler {
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

export const constant = (value: number): Code => [0x41, ...sleb(value)];
const binary =
  (opcode: number) =>
  (a: Code, b: Code): Code => [...a, ...b, opcode];
export const add = binary(0x6a);
export const sub = binary(0x6b);
export const mul = binary(0x6c);
export const divU = binary(0x6e);
export const and = binary(0x71);
export const xor = binary(0x73);
const shl = binary(0x74);
export const eq = binary(0x46);
export const ne = binary(0x47);
export const ltS = binary(0x48);
export const ltU = binary(0x49);
export const gtS = binary(0x4a);
export const geS = binary(0x4e);
export const geU = binary(0x4f);
export const eqz = (a: Code): Code => [...a, 0x45];
export const select = (a: Code, b: Code, condition: Code): Code => [...a, ...b, ...condition, 0x1b];
export const load8 = (address: Code, offset = 0): Code => [...address, 0x2d, 0, ...uleb(offset)];
export const load32 = (address: Code): Code => [...address, 0x28, 2, 0];
export const store32 = (address: Code, value: Code, offset: number): Code => [
  ...address,
  ...value,
  0x36,
  2,
  offset,
];
/** The 32-bit element `index` of the array at `base`. */
export const element = (base: Code, index: Code): Code => load32(add(base, shl(index, constant(2))));

/** A function's parameters and locals by name (all i32), and the instructions that read and write them. */
export function locals<Name extends string>(params: readonly Name[], others: readonly Name[]) {
  const all = [...params, ...others];
  return {
    get: (local: Name): Code => [0x20, all.indexOf(local)],
    set: (local: Name, value: Code): Code => [...value, 0x21, all.indexOf(local)],
    declared: vector([[...uleb(others.length), I32]]),
  };
}

/** `call` of function `index` with `args`. */
export const call = (index: number, ...args: Code[]): Code => [...args.flat(), 0x10, index];
