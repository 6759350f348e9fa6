import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { tree } from './fixture.js';

// `"type", "` makes the long line a candidate for the keyword pass, as a line of the real table is.
const countries = `export const COUNTRIES = { ${Array.from({ length: 400 }, (_, i) => `"C${i}": ["Country ${i}", "type", "country"]`).join(', ')} };`;

describe('minified bundles and hand-written files with a long line', () => {
  it('reads a hand-written module with one long literal, and still skips bundles', async () => {
    // jina reader (f289e5d): src/3rd-party/serper-search.ts keeps a table of countries
    // on one 8,800-character line beside its Serper client (`super('https://google.serper.dev')`); the whole file
    // was skipped as minified, so Serper was "only mentioned" and a declared Serper was said to be unused.
    const code = Array.from({ length: 60 }, (_, i) => `    const step${i} = await this.step(${i});`).join(
      '\n',
    );
    const root = await tree({
      'src/3rd-party/serper-search.ts': [
        "import { HTTPService } from 'civkit/http';",
        countries,
        'export class SerperGoogleHTTP extends HTTPService {',
        '    constructor(public apiKey: string) {',
        "        super('https://google.serper.dev');",
        '    }',
        code,
        '}',
        '',
      ].join('\n'),
      // A bundle is still skipped: by its long lines being nearly all of it, by its name, or by a bundler's marker.
      'public/app.js': `var a=1;${'x'.repeat(20_000)};fetch("https://api.groq.com/openai/v1");\n`,
      'public/vendor.min.js': `${code}\n${countries};fetch("https://api.mistral.ai/v1");\n`,
      'public/main.js': `${code}\n${countries};__webpack_require__("cohere-ai");fetch("https://api.cohere.ai/v1");\n`,
    });
    const report = await discover([root]);
    expect(report.findings.find((f) => f.id === 'serper')?.status).toBe('used');
    const ids = report.findings.map((f) => f.id);
    expect(ids).not.toContain('groq');
    expect(ids).not.toContain('mistral');
    expect(ids).not.toContain('cohere');
    const skipped = report.skipped.map((s) => s.file).sort();
    expect(skipped).toEqual(['public/app.js', 'public/main.js', 'public/vendor.min.js']);
    expect(report.skipped.every((s) => /minified or generated/.test(s.reason))).toBe(true);
  });
});
