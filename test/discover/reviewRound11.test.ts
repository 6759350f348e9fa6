import { describe, expect, it } from 'vitest';
import type { DiscoveryReport } from '../../src/discover/types.js';
import { scan } from './fixture.js';

const statusOf = (report: DiscoveryReport, id: string) =>
  report.findings.find((finding) => finding.id === id)?.status;

describe('the eleventh session’s reviews', () => {
  it('finds HubSpot by its Forms API hosts (agentops)', async () => {
    // agentops (a855a92): its signup survey posts each user's email to forms.hubspot.com, and `check` said of the
    // declared HubSpot "no trace of hubspot in the code".
    const report = await scan({
      'app/api/survey/route.ts':
        "await fetch('https://forms.hubspot.com/uploads/form/v2/123/abc', { method: 'POST', body });\n",
    });
    expect(statusOf(report, 'hubspot')).toBe('used');
    const v3 = await scan({
      'web/submit.ts':
        "await fetch('https://api.hsforms.com/submissions/v3/integration/submit/' + portal + '/' + form, { method: 'POST' });\n",
    });
    expect(statusOf(v3, 'hubspot')).toBe('used');
  });

  it('reads code shown to users as text in a code-examples folder as an example (agentops)', async () => {
    // agentops (a855a92): the dashboard's `components/code-examples/` show users how to call OpenAI with their own
    // key; they made OpenAI a provider of ours.
    const report = await scan({
      'app/dashboard/components/code-examples/openai.ts':
        'export const snippet = `import OpenAI from "openai"\\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY })`;\nconst key = process.env.OPENAI_API_KEY;\n',
    });
    expect(statusOf(report, 'openai')).not.toBe('used');
  });
});

describe('a gateway by its per-provider subdomain', () => {
  it('is Helicone, not an unidentified endpoint (llamatutor)', async () => {
    // llamatutor (5b88de2): `https://together.helicone.ai/v1/chat/completions`, Together AI through Helicone's gateway.
    const report = await scan({
      'utils/stream.ts':
        "const res = await fetch('https://together.helicone.ai/v1/chat/completions', { method: 'POST', body });\n",
    });
    expect(statusOf(report, 'helicone')).toBe('used');
    expect(report.findings.some((finding) => finding.id === 'endpoint:together.helicone.ai')).toBe(false);
  });
});
