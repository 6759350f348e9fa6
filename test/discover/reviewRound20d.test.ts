import { describe, expect, it } from 'vitest';
import { appPackageFolders } from '../../src/discover/proof/appFolders.js';
import { conventionalClass } from '../../src/discover/proof/pathClass.js';
import { scan, statusOf } from './fixture.js';

/** The status of each of `ids` in the report of a tree of `files`. */
const statuses = async (files: Record<string, string>, ids: readonly string[]) => {
  const report = await scan(files);
  return Object.fromEntries(ids.map((id) => [id, statusOf(report, id)]));
};

describe('a cookbook folder that holds the app’s own package', () => {
  // Tandoor (cookbook/views/telegram.py:21): its whole Django app lives in `cookbook/`, read as examples.
  const django = {
    'manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "recipes.settings")\n',
    'cookbook/__init__.py': '',
    'cookbook/apps.py':
      'from django.apps import AppConfig\nclass CookbookConfig(AppConfig):\n    name = "cookbook"\n',
    'cookbook/models.py': 'from django.db import models\n',
    'cookbook/views/telegram.py': [
      'from cookbook.helper.HelperFunctions import safe_request',
      '',
      'def hook(request, token):',
      "    safe_request('GET', f'https://api.telegram.org/bot{token}/sendMessage')",
      '',
    ].join('\n'),
  };

  it('reads the package as code, its own tests still as tests', async () => {
    expect(await statuses(django, ['telegram'])).toEqual({ telegram: 'used' });
    const folders = appPackageFolders(Object.keys(django));
    expect([...folders]).toEqual(['cookbook']);
    expect(conventionalClass('cookbook/views/telegram.py', folders)).toBeUndefined();
    expect(conventionalClass('cookbook/tests/test_bot.py', folders)).toBe('test');
  });

  it('keeps a cookbook of notebooks and samples as examples', async () => {
    const files = {
      'cookbook/__init__.py': '',
      'cookbook/telegram_bot.py': "requests.get('https://api.telegram.org/bot123/getMe')\n",
    };
    expect(appPackageFolders(Object.keys(files)).size).toBe(0);
    expect(await statuses(files, ['telegram'])).toEqual({ telegram: 'mentioned' });
  });
});

describe('a settings template the app’s own code loads', () => {
  // OpenManus (app/config.py:223 falls back to config/config.example.toml; its base_url is api.anthropic.com).
  const template = {
    'config/config.example.toml':
      '[llm]\nmodel = "claude-3-7-sonnet-20250219"\nbase_url = "https://api.anthropic.com/v1/"\n',
    'config/config.example-model-google.toml':
      '[llm]\nbase_url = "https://generativelanguage.googleapis.com/v1beta/openai/"\n',
  };
  const loader = [
    'def _get_config_path():',
    '    root = PROJECT_ROOT',
    '    config_path = root / "config" / "config.toml"',
    '    if config_path.exists():',
    '        return config_path',
    '    return root / "config" / "config.example.toml"',
    '',
  ].join('\n');

  it('reads its values as the app’s defaults; another template stays a template', async () => {
    expect(
      await statuses({ ...template, 'app/config.py': loader }, ['anthropic', 'gemini-developer-api']),
    ).toEqual({ anthropic: 'used', 'gemini-developer-api': 'mentioned' });
  });

  it('keeps a template no code loads as a template', async () => {
    expect(await statuses({ ...template, 'app/config.py': 'import tomllib\n' }, ['anthropic'])).toEqual({
      anthropic: 'mentioned',
    });
  });
});

describe('catalog entries of the twentieth session’s fourth review', () => {
  it('finds search engines read by scraping libraries and Bing’s result page', async () => {
    expect(
      await statuses(
        {
          'app/tool/search/google_search.py':
            'from googlesearch import search\nresults = search(query, num_results=10)\n',
          'app/tool/search/baidu_search.py': 'from baidusearch.baidusearch import search\n',
          'app/tool/search/bing_search.py': 'BING_SEARCH_URL = "https://www.bing.com/search?q="\n',
        },
        ['google-search-scraping', 'baidu-search', 'bing-web-search-page'],
      ),
    ).toEqual({ 'google-search-scraping': 'used', 'baidu-search': 'used', 'bing-web-search-page': 'used' });
  });

  // pdfGPT (api.py:11, 70): the Universal Sentence Encoder loaded in-process from TensorFlow Hub.
  it('finds a TensorFlow Hub model run in the app’s process', async () => {
    const report = await scan({
      'api.py': [
        'import tensorflow_hub as hub',
        "model = hub.load('https://tfhub.dev/google/universal-sentence-encoder/4')",
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'tensorflow-hub')).toBe('used');
    expect(report.findings.find((finding) => finding.id === 'tensorflow-hub')?.hosting).toBe('self-hosted');
  });

  // Tandoor (cookbook/forms.py:13): hCaptcha on its sign-up and login forms.
  it('finds hCaptcha from its Django field', async () => {
    expect(
      await statuses({ 'shop/forms.py': 'from hcaptcha.fields import hCaptchaField\n' }, ['hcaptcha']),
    ).toEqual({ hcaptcha: 'used' });
  });
});
