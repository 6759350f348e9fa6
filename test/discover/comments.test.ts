import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentMask, withoutComments } from '../../src/discover/proof/comments.js';

/** The definition: every byte the mask marks is blanked, except newlines. */
function blankedByteByByte(bytes: Uint8Array, mask: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(bytes);
  for (let k = 0; k < copy.length; k++) if (mask[k] === 1 && copy[k] !== 10) copy[k] = 32;
  return copy;
}

describe('withoutComments', () => {
  it('blanks exactly the masked bytes but newlines, for any bytes and mask', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (bytes, bits) => {
        const mask = Uint8Array.from(bytes, (_, k) => (bits[k] ?? 0) & 1);
        expect(withoutComments(bytes, mask)).toEqual(blankedByteByByte(bytes, mask));
      }),
    );
  });

  it('keeps code and line breaks of a real file', () => {
    const bytes = Buffer.from('a = 1 // one\n/* two\n three */ b = "//x"\n# not a comment in js\n');
    const mask = commentMask(bytes, 'js')!;
    expect(Buffer.from(withoutComments(bytes, mask)).toString()).toBe(
      'a = 1       \n      \n          b = "//x"\n# not a comment in js\n',
    );
    expect(Buffer.from(withoutComments(bytes, mask))).toEqual(Buffer.from(blankedByteByByte(bytes, mask)));
  });
});
