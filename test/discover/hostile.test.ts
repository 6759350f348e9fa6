import { chmod, mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, renderDiscoveryMarkdown, renderDiscoveryText } from '../../src/discover/index.js';
import { tree } from './fixture.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('hostile trees', () => {
  it('survives loops, huge, binary, invalid UTF-8, unreadable and deeply nested files, and says what it skipped', async () => {
    const outside = await tree({ 'secret.ts': "import OpenAI from 'openai';\n" });
    const root = await tree({
      'loop/a.ts': "import Anthropic from '@anthropic-ai/sdk';\n",
      'bin.js': new Uint8Array([105, 109, 112, 0, 0, 1, 2, 3]),
      'bad.ts': Buffer.concat([
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]),
        Buffer.from("import { Mistral } from '@mistralai/mistralai';\n"),
      ]),
      'locked/inner.ts': "import { CohereClient } from 'cohere-ai';\n",
      'min.js': `var a=1;${'x'.repeat(600_000)};require("openai");${'y'.repeat(600_000)}\n`,
      'long.py': `k = "${'x'.repeat(600_000)}" + os.environ["GROQ_API_KEY"] + "${'y'.repeat(600_000)}"\n`,
    });
    await symlink('..', path.join(root, 'loop/back'));
    await symlink('.', path.join(root, 'loop/self'));
    await symlink(outside, path.join(root, 'outside'));
    await symlink(path.join(outside, 'secret.ts'), path.join(root, 'outside-file.ts'));
    await symlink(path.join(root, 'missing'), path.join(root, 'dangling.ts'));
    await writeFile(path.join(root, 'big.ts'), '');
    await truncate(path.join(root, 'big.ts'), 200 * 1024 * 1024);
    let deep = root;
    for (let level = 0; level < 300; level++) deep = path.join(deep, 'd');
    await mkdir(deep, { recursive: true });
    await writeFile(path.join(deep, 'deep.py'), 'import voyageai\n');
    await chmod(path.join(root, 'locked'), 0o000);

    try {
      const report = await discover([root]);
      const ids = report.findings.map((f) => f.id);
      expect(ids).toContain('anthropic');
      expect(ids).toContain('mistral');
      expect(ids).toContain('voyage');
      // A 1.2 MB single-line bundle is build output: skipped with the reason. A long line elsewhere is read.
      expect(ids).toContain('groq');
      expect(ids).not.toContain('openai');
      const reasons = Object.fromEntries(report.skipped.map((s) => [s.file, s.reason]));
      expect(reasons['big.ts']).toMatch(/larger than 2097152 bytes \(209715200 bytes\)/);
      expect(reasons['bin.js']).toMatch(/binary/);
      expect(reasons['min.js']).toMatch(/minified or generated/);
      expect(reasons.outside).toMatch(/outside the root/);
      expect(reasons['outside-file.ts']).toMatch(/outside the root/);
      expect(reasons['dangling.ts']).toMatch(/broken symlink/);
      expect(reasons['loop/back/']).toMatch(/symlink loop/);
      expect(reasons['loop/self/']).toMatch(/symlink loop/);
      // Root reads through chmod 000; anyone else cannot, and the scan must say so instead of failing.
      if (isRoot) expect(ids).toContain('cohere');
      else expect(reasons['locked/']).toMatch(/unreadable folder \(EACCES\)/);
      const groq = report.findings.find((f) => f.id === 'groq')!;
      expect(groq.evidence[0]!.snippet.length).toBeLessThanOrEqual(202);
      expect(groq.evidence[0]!.snippet).toContain('GROQ_API_KEY');
      expect(report.findings.find((f) => f.id === 'voyage')!.evidence[0]!.file).toBe(
        `${'d/'.repeat(300)}deep.py`,
      );
    } finally {
      await chmod(path.join(root, 'locked'), 0o755);
    }
  });

  it('honours nested .gitignore and .trustmapignore files', async () => {
    const root = await tree({
      '.gitignore': 'build/\n',
      '.trustmapignore': 'fixtures/\n',
      'build/out.js': "require('openai');\n",
      'fixtures/sample.ts': "import x from 'cohere-ai';\n",
      'pkg/.gitignore': 'generated.ts\n',
      'pkg/generated.ts': "import x from 'groq-sdk';\n",
      'pkg/kept.ts': "import x from '@anthropic-ai/sdk';\n",
      'node_modules/openai/index.js': "module.exports = require('openai/core');\n",
    });
    const report = await discover([root]);
    expect(report.findings.map((f) => f.id)).toEqual(['anthropic']);
  });

  it("does not read Trustmap's own files as the app's code", async () => {
    // LibreChat's confirmed map dismissed LangSmith in a note ("a version pin in overrides, langsmith"); read as code,
    // the note made LangSmith used. The answer library beside a map is Trustmap's too; elsewhere answers.yaml is not.
    const root = await tree({
      'trustmap.yaml':
        'dismissed:\n  - { provider: langsmith, reason: "LANGSMITH_API_KEY is only pinned" }\n',
      'answers.yaml':
        'answers:\n  - { id: a, questions: [x], answer: "We use Pinecone (PINECONE_API_KEY)" }\n',
      'config/answers.yaml': 'llm:\n  key_env: ANTHROPIC_API_KEY\n',
      'app.py': 'import cohere\n',
    });
    const report = await discover([root]);
    expect(report.findings.map((finding) => finding.id).sort()).toEqual(['anthropic', 'cohere']);
    expect(report.skipped.map((entry) => entry.file)).toEqual(['answers.yaml', 'trustmap.yaml']);
  });

  it('keeps hostile file names inert in text and Markdown output', async () => {
    const root = await tree({
      '<script>alert(1)<\\script>.ts': "import OpenAI from 'openai';\n",
      'a\u001b[31m.ts': "import x from 'cohere-ai';\n",
    });
    const report = await discover([root]);
    const markdown = renderDiscoveryMarkdown(report);
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('&lt;script&gt;');
    expect(renderDiscoveryText(report)).not.toContain('\u001b');
  });
});

describe('parallel scan', () => {
  it('gives the same report with helper threads as on the main thread alone', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 900; i++) {
      files[`pkg${i % 7}/mod${i}.ts`] =
        i % 50 === 0
          ? "import OpenAI from 'openai';\nawait c.responses.create({ input });\n"
          : `export const v${i} = ${i};\n`;
      if (i % 100 === 0)
        files[`infra/m${i}.tf`] = `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b${i}"\n}\n`;
      if (i % 300 === 0)
        files[`db/${i}.sql`] =
          `ALTER TABLE t${i} ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p${i} ON t${i} USING (true);\n`;
    }
    const root = await tree(files);
    const alone = await discover([root], { workers: 0, clock: () => 0 });
    const helped = await discover([root], { workers: 1, clock: () => 0 });
    expect(helped).toEqual(alone);
    expect(alone.findings.map((f) => f.id)).toEqual(['aws-s3', 'openai']);
    expect(alone.facts.filter((f) => f.kind === 'openai-store-not-disabled')).toHaveLength(18);
  });
});
