import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

// aider (5dc9490): evidence read the wrong way round. Each case names the line of aider's it comes from.
describe('what proves no call', () => {
  it("reads a static site's data files and posts as content (aider/website/_data/polyglot_leaderboard.yml:473)", async () => {
    const report = await scan({
      'aider/website/_data/polyglot_leaderboard.yml':
        '- model: qwen-max-2025-01-25\n  command: OPENAI_API_BASE=https://dashscope-intl.aliyuncs.com/compatible-mode/v1 aider --model openai/qwen-max-2025-01-25\n',
      'aider/website/_posts/2025-01-28-deepseek-down.md':
        'OPENAI_API_BASE=https://api.hyperbolic.xyz/v1/ aider --model openai/deepseek-ai/DeepSeek-V3\n',
      'aider/website/_data/deepseek-down.yml':
        '- command: OPENAI_API_BASE=https://api.hyperbolic.xyz/v1/ aider --model openai/deepseek-ai/DeepSeek-V3\n',
    });
    expect(statusOf(report, 'alibaba-dashscope')).toBe('mentioned');
    expect(statusOf(report, 'hyperbolic')).toBe('mentioned');
  });

  it('reads an import of only an SDK’s exception types as no use (aider/analytics.py:8)', async () => {
    const files = {
      'aider/analytics.py':
        'from mixpanel import MixpanelException\nfrom posthog import Posthog\n# self.mp = Mixpanel(mixpanel_project_token)\n',
      'requirements.txt': 'mixpanel==5.0.0\nposthog==7.9.12\n',
    };
    const report = await scan(files);
    expect(statusOf(report, 'mixpanel')).toBe('mentioned');
    expect(report.findings.find((f) => f.id === 'mixpanel')?.evidence[0]?.detail).toBe(
      'imports only its exception types or data-model base',
    );
    expect(statusOf(report, 'posthog')).toBe('used');
    // The client beside its exception, in either order, and a default import beside a named error, are uses.
    for (const line of [
      'from mixpanel import MixpanelException, Mixpanel',
      'from mixpanel import Mixpanel, MixpanelException',
    ])
      expect(statusOf(await scan({ ...files, 'aider/analytics.py': `${line}\n` }), 'mixpanel')).toBe('used');
    const js = await scan({
      'src/a.ts': "import { APIError, RateLimitError } from 'openai';\n",
      'src/b.ts': "import OpenAI, { APIError } from '@anthropic-ai/sdk';\n",
    });
    expect([statusOf(js, 'openai'), statusOf(js, 'anthropic')]).toEqual(['mentioned', 'used']);
  });

  it("reads a provider's route prefix measured in a call as no task of its own (aider/models.py:284)", async () => {
    const report = await scan({
      'aider/models.py': [
        'from aider.llm import litellm',
        'def fetch_openrouter_model_info(self, model):',
        '    url_part = model[len("openrouter/") :]',
        '    url = "https://openrouter.ai/" + url_part',
        '    response = requests.get(url, timeout=5)',
      ].join('\n'),
      'aider/main.py':
        'if os.environ.get("OPENROUTER_API_KEY"):\n    model = "openrouter/deepseek/deepseek-r1:free"\n',
    });
    const openrouter = report.findings.find((f) => f.id === 'openrouter');
    expect(openrouter?.status).toBe('used');
    expect(openrouter?.pinned).toBeUndefined();
  });
});
