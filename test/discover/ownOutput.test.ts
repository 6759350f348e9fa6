// huggingface/chat-ui (c100c16): a trust center built beside the map was scanned as the project's code, and its own
// privacy notice made a "critical" drift finding (Hugging Face Inference API "used in code but not declared").
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { writeTrustCenter } from '../../src/trust-center/index.js';
import { tempTree } from '../helpers/tempTree.js';

describe('discovery beside a trust center it built', () => {
  it('skips the site folder, and still reads the code', async () => {
    const root = await tempTree({
      'src/app.py':
        'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=[])\n',
    });
    await writeTrustCenter(path.join(root, 'site'), {
      files: {
        'index.html':
          '<p>We send prompts to https://api.anthropic.com/v1/messages with the anthropic SDK</p>',
        'documents/notice.html':
          '<script>import Anthropic from "@anthropic-ai/sdk"; new Anthropic()</script>',
        'subprocessors.json': '{}',
      },
    });
    const report = await discover([root]);
    const providers = report.findings.map((finding) => finding.provider);
    expect(providers).toContain('openai');
    expect(providers).not.toContain('anthropic');
    expect(report.skipped).toContainEqual(
      expect.objectContaining({ file: 'site/', reason: 'written by Trustmap (its own output)' }),
    );
    // Rebuilt in place, the folder is still ours to replace.
    await writeTrustCenter(path.join(root, 'site'), { files: { 'index.html': 'again' } });
  });
});

describe('what the sixteenth session’s reviews found discovery misreading', () => {
  it('reads a served folder’s scripts as the app, a *.snippet.* file as a sample, a form placeholder as an example', async () => {
    const { conventionalClass } = await import('../../src/discover/proof/pathClass.js');
    // SillyTavern (ba6f7b7): `public/scripts/` is its browser app; langwatch (6ce6cbb): `ollama.snippet.go` is shown to users.
    expect(conventionalClass('public/scripts/extensions/tts/elevenlabs.js')).toBeUndefined();
    expect(conventionalClass('scripts/build.js')).toBe('example');
    expect(conventionalClass('langwatch/src/features/onboarding/codegen/snippets/go/ollama.snippet.go')).toBe(
      'example',
    );
    expect(conventionalClass('src/snippets/editor.ts')).toBeUndefined();
    const root = await tempTree({
      'public/index.html':
        '<input id="custom_api_url_text" placeholder="Example: http://localhost:1234/v1">\n',
      'public/scripts/tts.js':
        "export async function speak(text) { return fetch('https://api.elevenlabs.io/v1/text-to-speech/x', { method: 'POST', body: text }); }\n",
    });
    const report = await discover([root]);
    const found = (id: string) => report.findings.find((finding) => finding.provider === id);
    expect(found('elevenlabs')?.evidence.some((evidence) => (evidence.proofClass ?? 'code') === 'code')).toBe(
      true,
    );
    expect(found('lmstudio')?.evidence.every((evidence) => evidence.proofClass === 'example') ?? true).toBe(
      true,
    );
  });
});

describe('AI Horde', () => {
  it('is named, not an unidentified AI endpoint (SillyTavern)', async () => {
    const root = await tempTree({
      'src/endpoints/horde.js':
        "const { AIHorde } = require('@zeldafan0225/ai_horde');\nconst res = await fetch('https://aihorde.net/api/v2/generate/text/async', { method: 'POST' });\n",
    });
    const report = await discover([root]);
    expect(report.findings.map((finding) => finding.provider)).toContain('ai-horde');
    expect(report.findings.map((finding) => finding.provider)).not.toContain('endpoint:aihorde.net');
  });
});

describe('an organisation identity provider through Auth.js', () => {
  it('is OpenID Connect, not a public account (langtrace)', async () => {
    const root = await tempTree({
      'lib/auth/options.ts':
        "import NextAuth from 'next-auth';\nimport AzureADProvider from 'next-auth/providers/azure-ad';\nimport GoogleProvider from 'next-auth/providers/google';\nexport const authOptions = { providers: [\n  AzureADProvider({ clientId: process.env.AZURE_AD_CLIENT_ID, tenantId: process.env.AZURE_AD_TENANT_ID }),\n  GoogleProvider({ clientId: process.env.GOOGLE_CLIENT_ID }),\n] };\n",
    });
    const report = await discover([root]);
    const kinds = report.facts.map((fact) => fact.kind);
    expect(kinds).toContain('sign-in:oidc');
    expect(kinds).toContain('sign-in:social');
    // AzureAD alone is no public account.
    const azure = await discover([
      await tempTree({
        'lib/auth/options.ts':
          "import NextAuth from 'next-auth';\nimport AzureADProvider from 'next-auth/providers/azure-ad';\nexport const authOptions = { providers: [AzureADProvider({ clientId: 'x', tenantId: 't' })] };\n",
      }),
    ]);
    expect(azure.facts.map((fact) => fact.kind)).not.toContain('sign-in:social');
  });
});
