import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom } from '../src/core/random.js';

const WORDS = [
  'tenant',
  'document',
  'chunk',
  'answer',
  'request',
  'user',
  'session',
  'cache',
  'index',
  'score',
  'value',
  'result',
  'config',
  'handler',
  'worker',
  'queue',
];
const TS_IMPORTS = [
  "import OpenAI from 'openai';",
  "import Anthropic from '@anthropic-ai/sdk';",
  "import { Pinecone } from '@pinecone-database/pinecone';",
  "import { Client } from 'langsmith';",
];
const PY_IMPORTS = [
  'import cohere',
  'from qdrant_client import QdrantClient',
  'import boto3',
  'from langchain_openai import ChatOpenAI',
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function codeLine(next: () => number, language: 'ts' | 'py' | 'go'): string {
  const a = pick(next, WORDS);
  const b = pick(next, WORDS);
  const n = Math.floor(next() * 1000);
  if (language === 'py') return `    ${a}_${b} = compute_${a}(${b}, limit=${n})  # keep ${a} in range`;
  if (language === 'go') return `\t${a}${b.toUpperCase()} := compute${a}(${b}, ${n}) // keep ${a} in range`;
  return `  const ${a}${b} = await compute${a}(${b}, { limit: ${n} }); // keep ${a} in range`;
}

/** One file of about `bytes` bytes; a few source files carry a provider import. */
function sourceFile(next: () => number, language: 'ts' | 'py' | 'go', bytes: number): string {
  const lines: string[] = [];
  if (next() < 0.05)
    lines.push(
      language === 'py'
        ? pick(next, PY_IMPORTS)
        : language === 'ts'
          ? pick(next, TS_IMPORTS)
          : '\t"github.com/sashabaranov/go-openai"',
    );
  let size = 0;
  while (size < bytes) {
    const line = codeLine(next, language);
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

const INFRA =
  'resource "aws_s3_bucket" "docs" {\n  bucket = "acme-docs"\n}\n\nresource "aws_cloudwatch_log_group" "api" {\n  name              = "/acme/api"\n  retention_in_days = 90\n}\n';
const SQL =
  'CREATE EXTENSION IF NOT EXISTS vector;\nCREATE TABLE chunks (id bigserial primary key, tenant_id uuid not null, embedding vector(1536));\nALTER TABLE chunks FORCE ROW LEVEL SECURITY;\n';
const COMPOSE = 'services:\n  db:\n    image: pgvector/pgvector:pg16\n  cache:\n    image: redis:7\n';

export interface FixtureShape {
  files: number;
  /** Average file size in bytes. */
  averageBytes: number;
}

/**
 * Writes a synthetic repository: TypeScript, Python and Go sources, manifests, Terraform, SQL, Compose and
 * 10% noise (binary blobs and data files). Reuses the folder when a marker says it is complete.
 */
export async function buildFixture(
  root: string,
  shape: FixtureShape,
  seed = 42,
): Promise<{ files: number; bytes: number }> {
  const marker = path.join(root, '.complete');
  const next = seededRandom(seed + shape.files);
  let bytes = 0;
  if (existsSync(marker)) return JSON.parse((await import('node:fs')).readFileSync(marker, 'utf8'));
  await rm(root, { recursive: true, force: true });
  const perFolder = 50;
  for (let i = 0; i < shape.files; i++) {
    const folder = path.join(
      root,
      `pkg${Math.floor(i / 2500)}`,
      `mod${Math.floor(i / perFolder) % 50}`,
      `f${Math.floor(i / perFolder)}`,
    );
    if (i % perFolder === 0) await mkdir(folder, { recursive: true });
    const size = Math.max(200, Math.round(shape.averageBytes * (0.5 + next())));
    const roll = next();
    let name: string;
    let content: string | Uint8Array;
    if (roll < 0.05) {
      name = `blob${i}.js`;
      const blob = new Uint8Array(size);
      for (let k = 0; k < size; k++) blob[k] = Math.floor(next() * 256);
      blob[10] = 0;
      content = blob;
    } else if (roll < 0.1) {
      name = `data${i}.json`;
      content = JSON.stringify({
        rows: Array.from({ length: Math.ceil(size / 40) }, (_, k) => ({ id: k, value: next() })),
      });
    } else if (roll < 0.4) {
      name = `mod${i}.ts`;
      content = sourceFile(next, 'ts', size);
    } else if (roll < 0.6) {
      name = `mod${i}.py`;
      content = sourceFile(next, 'py', size);
    } else if (roll < 0.7) {
      name = `mod${i}.go`;
      content = sourceFile(next, 'go', size);
    } else if (roll < 0.72) {
      name = `main${i}.tf`;
      content = INFRA;
    } else if (roll < 0.74) {
      name = `00${i}_init.sql`;
      content = SQL;
    } else if (roll < 0.75) {
      name = 'docker-compose.yml';
      content = COMPOSE;
    } else if (roll < 0.76) {
      name = 'package.json';
      content = JSON.stringify(
        { name: `pkg${i}`, dependencies: { openai: '^4.0.0', pg: '^8.0.0' } },
        null,
        2,
      );
    } else if (roll < 0.77) {
      name = 'requirements.txt';
      content = 'boto3==1.34.0\nsagemaker==2.200.0\nrequests==2.31.0\n';
    } else if (roll < 0.8) {
      name = `config${i}.yaml`;
      content =
        `service: ${pick(next, WORDS)}\nreplicas: 3\nenv:\n  - name: LOG_LEVEL\n    value: info\n`.repeat(
          Math.ceil(size / 80),
        );
    } else {
      name = `util${i}.ts`;
      content = sourceFile(next, 'ts', size);
    }
    await writeFile(path.join(folder, name), content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
  const summary = { files: shape.files, bytes };
  await writeFile(marker, JSON.stringify(summary));
  return summary;
}
