import type { ProviderEntry } from './types.js';

/** A vendor-hosted service that runs no model of ours and is sent no prompts by design. */
const service = (entry: Omit<ProviderEntry, 'hosting' | 'ai' | 'receivesPrompts'>): ProviderEntry => ({
  hosting: 'vendor-hosted',
  ai: false,
  receivesPrompts: false,
  ...entry,
});

/**
 * Web services the twenty-first session's reviews found apps sending data to, unfound: a code host's API, a scraping
 * API, a tracer, a document viewer, a translator and the tunnels that expose a local server. Signals are the vendors'
 * own package names, hosts and the variables their docs use, as those docs and registries spelled them when read on
 * 2026-12-07 (the websites given with each entry).
 */
export const WEB_SERVICE_PROVIDERS: readonly ProviderEntry[] = [
  // GitHub's REST and GraphQL APIs through its own clients (github.com/octokit: `octokit`, `@octokit/rest`,
  // `@octokit/core`, `@octokit/graphql`; github.com/actions/toolkit: `@actions/github`, an Octokit for an Action's
  // token; github.com/google/go-github; PyPI `PyGithub`, and fastai's `ghapi`, `from ghapi.all import GhApi`, per its
  // PyPI page, read 2026-12-08): ai-pr-reviewer sends each diff's review there, SWE-agent its issues' and pull requests'
  // calls (`sweagent/utils/github.py:95`). Not the `api.github.com` host alone: GitHub sign-in and update checks name it
  // too.
  service({
    id: 'github-api',
    name: 'GitHub API',
    vendor: 'github',
    category: 'ml-platform',
    website: 'https://docs.github.com/en/rest',
    signals: {
      npm: ['octokit', '@octokit/rest', '@octokit/core', '@octokit/graphql', '@actions/github'],
      pypi: ['PyGithub', 'ghapi'],
      go: ['github.com/google/go-github'],
    },
  }),
  // ScrapingBee's web-scraping API (scrapingbee.com/documentation: `https://app.scrapingbee.com/api/v1/`, PyPI and npm
  // `scrapingbee`): each URL the app reads goes to ScrapingBee, which fetches it.
  service({
    id: 'scrapingbee',
    name: 'ScrapingBee (web scraping API)',
    vendor: 'scrapingbee',
    category: 'web-search',
    serves: 'search',
    website: 'https://www.scrapingbee.com',
    signals: {
      npm: ['scrapingbee'],
      pypi: ['scrapingbee'],
      pythonImports: ['scrapingbee'],
      env: ['SCRAPINGBEE_API_KEY'],
      hosts: ['app.scrapingbee.com'],
    },
  }),
  // Google Docs' viewer (`https://docs.google.com/gview?url=…&embedded=true`), which fetches the file at the URL it is
  // given to show it: the files' addresses, and the files, go to Google.
  service({
    id: 'google-docs-viewer',
    name: 'Google Docs viewer',
    vendor: 'google',
    category: 'ml-platform',
    website: 'https://docs.google.com/viewer',
    signals: { markers: ['docs.google.com/gview', 'docs.google.com/viewer?url='] },
  }),
  // Google Translate's public site as deep-translator reads it (PyPI `deep-translator`, `from deep_translator import
  // GoogleTranslator`, which posts the text to `translate.google.com`): the text translated goes to Google. The package
  // alone names no engine (it wraps DeepL, Microsoft and others too), so only Google's translator class and host.
  service({
    id: 'google-translate',
    name: 'Google Translate (web)',
    vendor: 'google',
    category: 'ml-platform',
    website: 'https://translate.google.com',
    signals: { markers: ['GoogleTranslator('], hosts: ['translate.google.com'] },
  }),
  // ngrok's tunnels (ngrok.com/docs: the agent SDKs `@ngrok/ngrok` on npm, `ngrok` on PyPI, `golang.ngrok.com/ngrok`,
  // the `pyngrok` wrapper, `NGROK_AUTHTOKEN`): everything users send to the app passes through ngrok's edge.
  service({
    id: 'ngrok',
    name: 'ngrok (tunnels)',
    vendor: 'ngrok',
    category: 'ml-platform',
    website: 'https://ngrok.com',
    signals: {
      npm: ['ngrok', '@ngrok/ngrok'],
      pypi: ['ngrok', 'pyngrok'],
      pythonImports: ['pyngrok'],
      go: ['golang.ngrok.com/ngrok'],
      env: ['NGROK_AUTHTOKEN', 'NGROK_AUTH_TOKEN'],
    },
  }),
  // Cloudflare's quick tunnels (`cloudflared tunnel --url`, developers.cloudflare.com/cloudflare-one/connections/
  // connect-networks/do-more-with-tunnels/trycloudflare/), as flask-cloudflared starts them (PyPI `flask-cloudflared`,
  // `from flask_cloudflared import run_with_cloudflared`): everything users send passes through Cloudflare's edge
  // (text-generation-webui's `--public-api`).
  service({
    id: 'cloudflare-tunnel',
    name: 'Cloudflare Tunnel',
    vendor: 'cloudflare',
    category: 'ml-platform',
    website: 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/',
    signals: {
      pypi: ['flask-cloudflared', 'pycloudflared'],
      pythonImports: ['flask_cloudflared', 'pycloudflared'],
      images: ['cloudflare/cloudflared'],
    },
  }),
  // Literal AI's tracing platform (docs.literalai.com: PyPI `literalai`, npm `@literalai/client`, `LITERAL_API_KEY`,
  // `https://cloud.getliteral.ai`): chainlit's data layer sends each thread's messages, prompts and answers there.
  {
    id: 'literal-ai',
    name: 'Literal AI',
    vendor: 'literal-ai',
    category: 'llm-observability',
    hosting: 'vendor-hosted',
    ai: true,
    receivesPrompts: true,
    website: 'https://www.literalai.com',
    signals: {
      npm: ['@literalai/client'],
      pypi: ['literalai'],
      pythonImports: ['literalai'],
      env: ['LITERAL_API_KEY', 'LITERAL_API_URL'],
      hosts: ['cloud.getliteral.ai'],
    },
  },
];
