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
