import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { reportError } from '../../src/cli/errorBoundary.js';
import { ensureDir } from '../../src/io/index.js';
import { tempTree } from '../helpers/tempTree.js';

describe('ensureDir', () => {
  it('creates missing parents and accepts an existing folder', async () => {
    const dir = await tempTree();
    const deep = path.join(dir, 'a', 'b', 'c');
    await ensureDir(deep);
    await ensureDir(deep);
    expect((await stat(deep)).isDirectory()).toBe(true);
  });

  it('fails, instead of hanging, where the kernel refuses (a pseudo file system) or a file is in the way', async () => {
    await expect(ensureDir('/proc/trustmap-test/x')).rejects.toMatchObject({
      code: 'ENOENT',
      syscall: 'mkdir',
    });
    const dir = await tempTree();
    await writeFile(path.join(dir, 'file'), 'x');
    await expect(ensureDir(path.join(dir, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

describe('the error boundary', () => {
  const run = (error: unknown) => {
    let stderr = '';
    const context = createContext(
      { stdout() {}, stderr: (text) => (stderr += text), isTTY: false, env: {}, cwd: '.' },
      { color: false },
    );
    return { code: reportError(error, context), stderr };
  };

  it('turns file-system errors into a clean message with exit 2', async () => {
    const error = await ensureDir('/proc/trustmap-test/x').catch((e: unknown) => e);
    expect(run(error)).toEqual({
      code: 2,
      stderr:
        'error cannot mkdir /proc/trustmap-test: no such file or folder (ENOENT)\n  hint: check the path, its folders and their permissions\n',
    });
  });

  it('still calls anything else a bug, with exit 3 and no stack trace unless --debug', () => {
    const result = run(new TypeError('x is undefined'));
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('internal error x is undefined');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
