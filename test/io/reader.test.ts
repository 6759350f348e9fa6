import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadRefused, readUserText } from '../../src/io/index.js';
import { tempTree } from '../helpers/tempTree.js';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ReadRefused) return error.code;
    throw error;
  }
  return 'read';
};

describe('readUserFile: bounded, regular files only, confined to the root', () => {
  it('reads a file inside the root', async () => {
    const root = await tempTree({ 'a/b.txt': 'hello' });
    expect(readUserText('a/b.txt', { root, maxBytes: 100 })).toBe('hello');
  });

  it('refuses a symlink that leaves the root, a device, a FIFO and a file over the limit', async () => {
    const root = await tempTree({ 'big.txt': 'x'.repeat(101), 'in.txt': 'ok' });
    symlinkSync('/etc/hostname', path.join(root, 'escape'));
    symlinkSync('/dev/zero', path.join(root, 'zero'));
    symlinkSync('in.txt', path.join(root, 'inside-link'));
    execFileSync('mkfifo', [path.join(root, 'fifo')]);
    const options = { root, maxBytes: 100 };
    expect(refusal(() => readUserText('escape', options))).toBe('outside-root');
    expect(refusal(() => readUserText('zero', options))).toBe('outside-root');
    expect(refusal(() => readUserText('/dev/zero', { root: '/', maxBytes: 100 }))).toBe('not-regular');
    expect(refusal(() => readUserText('fifo', options))).toBe('not-regular');
    expect(refusal(() => readUserText('big.txt', options))).toBe('too-large');
    expect(refusal(() => readUserText('missing.txt', options))).toBe('missing');
    expect(readUserText('inside-link', options)).toBe('ok');
  });

  it('stops reading a file that grows past the limit although its size said 0 (/proc)', () => {
    expect(refusal(() => readUserText('/proc/self/maps', { root: '/', maxBytes: 10 }))).toBe('too-large');
  });
});
