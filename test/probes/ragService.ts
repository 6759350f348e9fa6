import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const RAG_DIR = path.resolve('examples/rag-service');
export const TOKENS = { a: 'token-tenant-a-s3cret', b: 'token-tenant-b-s3cret' };

/** Starts the example RAG service on a random loopback port; resolves once it listens. */
export async function startRag(
  leaky: boolean,
): Promise<{ url: string; child: ChildProcess; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [path.join(RAG_DIR, 'server.mjs'), '--port', '0', ...(leaky ? ['--leaky'] : [])],
    {
      env: { ...process.env, RAG_TOKENS: `${TOKENS.a}:tenant-a,${TOKENS.b}:tenant-b` },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`rag-service exited with ${code}: ${output}`)));
  });
  return { url, child, stop: () => child.kill('SIGTERM') };
}

export function ragEnv(url: string): Record<string, string> {
  return { RAG_URL: url, RAG_TOKEN_A: TOKENS.a, RAG_TOKEN_B: TOKENS.b };
}
