import { describe, expect, it } from 'vitest';
import { cleanSnippet } from '../../src/discover/scan/snippet.js';
import { scan } from './fixture.js';

describe('configuration facts judged from code', () => {
  it('does not raise Anthropic prompt caching from a comment, only from code', async () => {
    const report = await scan({
      'a.py':
        'import anthropic\n# TODO: add cache_control once we sign the ZDR addendum\n"""cache_control is off"""\n',
      'b.ts':
        "import Anthropic from '@anthropic-ai/sdk';\n/* cacheControl: later */\nconst m = { cache_control: { type: 'ephemeral' } };\n",
    });
    const caching = report.facts.filter((f) => /prompt caching/.test(f.message));
    expect(caching.map((f) => `${f.evidence[0]!.file}:${f.evidence[0]!.line}`)).toEqual(['b.ts:3']);
  });

  it('understands a tenant filter in the WHERE of a pgvector query', async () => {
    const report = await scan({
      'store.py': [
        'def search(cur, q, source_id):',
        '    cur.execute("SELECT id FROM chunks WHERE source_id = %s ORDER BY embedding <=> %s LIMIT 5", (source_id, q))',
        '    cur.execute("SELECT id FROM chunks ORDER BY embedding <=> %s LIMIT 5", (q,))',
        '    cur.execute(f"SELECT id FROM {table} WHERE org_id = $1 ORDER BY embedding <-> $2")',
      ].join('\n'),
    });
    const unfiltered = report.facts.filter((f) => f.kind === 'vector-query-without-tenant-filter');
    expect(unfiltered.map((f) => f.evidence[0]!.line)).toEqual([3]);
  });

  it('reads vector tables created from templated SQL in code', async () => {
    const report = await scan({
      'db.py': [
        'def create(cur, table, dim):',
        '    cur.execute(f"CREATE TABLE IF NOT EXISTS {table} (id uuid, embedding vector({dim}), body text)")',
        '    cur.execute("CREATE TABLE docs (id int, emb vector(%s))", (dim,))',
      ].join('\n'),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is TypeScript source holding a template
      'init.ts': 'await sql`CREATE TABLE IF NOT EXISTS ${name} (id serial, embedding vector(${dims}))`;\n',
    });
    expect(report.tables.map((t) => `${t.table}:${t.vectorColumns.join(',')}`)).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the table name as the fixture's source spells it
      '${name}:embedding',
      'docs:emb',
      '{table}:embedding',
    ]);
    expect(report.findings.find((f) => f.id === 'pgvector')?.status).toBe('used');
  });

  it('does not list a FAISS docstore pickle as a model, but does list real weights', async () => {
    const report = await scan({
      'faiss_index/index.pkl': 'not read',
      'faiss_index/index.faiss': 'not read',
      'models/classifier.pkl': 'not read',
    });
    expect((report.models ?? []).map((m) => m.file)).toEqual(['models/classifier.pkl']);
  });

  it('shows model names in constants but never credentials', () => {
    expect(cleanSnippet('JINA = "jina-embeddings-v3"')).toBe('JINA = "jina-embeddings-v3"');
    expect(cleanSnippet('OPENAI_BASE_URL=https://api.deepseek.com/v1')).toBe(
      'OPENAI_BASE_URL=https://api.deepseek.com/v1',
    );
    expect(cleanSnippet('JINA_API_KEY=jina_abc')).toBe('JINA_API_KEY=***');
    expect(cleanSnippet('DATABASE_URL=postgres://u:pw@db:5432/x')).toBe('DATABASE_URL=***');
    expect(cleanSnippet('url = "postgres://u:pw@db:5432/x"')).toBe('url = "postgres://***@db:5432/x"');
    expect(cleanSnippet('TOKEN_LIKE=a1B2c3D4e5F6')).toBe('TOKEN_LIKE=***');
  });
});
