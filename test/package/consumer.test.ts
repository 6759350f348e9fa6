import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/tempTree.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The package as a TypeScript user gets it: `npm pack` (which builds the bundle and the declarations), the
 * tarball unpacked into an empty project's node_modules, and a consumer type-checked against it.
 */
describe('the packed package', () => {
  it('installs into an empty TypeScript project and type-checks a consumer', {
    timeout: 240_000,
  }, async () => {
    const dir = await tempTree({
      'consumer.ts': [
        "import { type CheckResult, loadMap, runChecks, buildModel, cite } from 'trustmap';",
        'const result: CheckResult | undefined = undefined;',
        'export async function gaps(file: string): Promise<number> {',
        '  const map = await loadMap(file);',
        '  const run = runChecks(buildModel(map, { now: new Date() }));',
        "  return run.results.filter((r) => r.status === 'fail').map((r) => cite(r.sources[0]!)).length;",
        '}',
        'export { result };',
        '',
      ].join('\n'),
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
        },
        files: ['consumer.ts'],
      }),
      'package.json': JSON.stringify({ name: 'consumer', type: 'module', private: true }),
    });
    const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'silent' },
    })
      .trim()
      .split('\n')
      .at(-1) as string;
    const modules = path.join(dir, 'node_modules');
    const target = path.join(modules, 'trustmap');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(dir, packed), '-C', target, '--strip-components=1']);
    // The tarball's dependencies, as npm would install them: linked from this checkout's node_modules.
    for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
      if (name === 'trustmap' || name.startsWith('.')) continue;
      symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
    }
    const files = execFileSync('tar', ['-tzf', path.join(dir, packed)], { encoding: 'utf8' });
    expect(files).toContain('package/dist/types/index.d.ts');
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (error) {
      output = `${(error as { stdout?: string }).stdout ?? ''}`;
    }
    expect(output).toBe('');
    // …and it can fail: a wrong type in the consumer is caught.
    writeFileSync(
      path.join(dir, 'consumer.ts'),
      "import { runChecks } from 'trustmap';\nrunChecks('not a model');\n",
    );
    expect(() => execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' })).toThrow();
  });
});
