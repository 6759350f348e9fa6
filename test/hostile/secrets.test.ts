import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runChecks } from '../../src/controls/index.js';
import { redactLine } from '../../src/core/redact.js';
import {
  computeDrift,
  discover,
  renderDiscoveryCycloneDx,
  renderDiscoveryJson,
  renderDiscoveryMarkdown,
  renderDiscoveryText,
} from '../../src/discover/index.js';
import { assembleModel } from '../../src/model/index.js';
import { renderJson, renderJunit, renderMarkdown, renderSarif, renderText } from '../../src/report/index.js';
import { NOW, ragMap } from '../controls/fixtures.js';
import { tempTree } from '../helpers/tempTree.js';

// Class 4 of issue 11: secrets in reports. Our variant: every secret below sits next to a provider signal that
// discovery reports (so its line is evidence), in each syntax a repository uses; none may appear in any output.
const SECRETS = {
  composeList: 'zq-compose-list-7f3a9c',
  composeMap: 'zq-compose-map-51be2d',
  composeQuoted: 'zq-compose-quoted-8841aa',
  env: 'zq-dotenv-c0ffee11',
  exportEnv: 'zq-export-b16b00b5',
  dockerEnv: 'zq-docker-env-feed42',
  dockerLegacy: 'zq-docker-legacy-3e3e3e',
  dockerArg: 'zq-docker-arg-9a9a9a',
  json: 'zq-json-secret-7a7a7a',
  toml: 'zq-toml-secret-1d1d1d',
  urlPassword: 'zq-url-pass-4242',
  pyKwarg: 'zq-py-kwarg-5151',
  yamlBlock: 'zq-yaml-block-6f6f6f',
};

const TREE = {
  'docker-compose.yml': [
    'services:',
    '  api:',
    '    image: ghcr.io/acme/api:1',
    '    environment:',
    `      - OPENAI_API_KEY=${SECRETS.composeList}`,
    `      - "ANTHROPIC_API_KEY=${SECRETS.composeQuoted}"`,
    '  worker:',
    '    environment:',
    `      PINECONE_API_KEY: ${SECRETS.composeMap}`,
    '      JINA_MODEL: jina-embeddings-v3',
    `      DATABASE_URL: postgres://app:${SECRETS.urlPassword}@db.internal:5432/app`,
    '      OPENAI_BASE_URL: https://api.openai.com/v1',
    '    tls:',
    '      private_key: |',
    `        ${SECRETS.yamlBlock}`,
    '',
  ].join('\n'),
  '.env': `COHERE_API_KEY=${SECRETS.env}\nexport MISTRAL_API_KEY=${SECRETS.exportEnv}\n`,
  Dockerfile: [
    'FROM python:3.12',
    `ENV OPENAI_API_KEY=${SECRETS.dockerEnv} OPENAI_MODEL=gpt-4o`,
    `ENV ANTHROPIC_API_KEY ${SECRETS.dockerLegacy}`,
    `ARG HF_TOKEN=${SECRETS.dockerArg}`,
    '',
  ].join('\n'),
  'config/settings.json': JSON.stringify({
    openai: { apiKey: SECRETS.json, baseUrl: 'https://api.openai.com/v1' },
  }),
  'config/app.toml': `[openai]\napi_key = "${SECRETS.toml}"\nbase_url = "https://api.openai.com/v1"\n`,
  'app/llm.py': `from openai import OpenAI\nclient = OpenAI(api_key="${SECRETS.pyKwarg}")  # api.openai.com\n`,
};

describe('no secret value reaches any output', () => {
  it('masks values of secret keys in every syntax, keeps keys and model names readable', () => {
    expect(redactLine(`      - OPENAI_API_KEY=${SECRETS.composeList}`)).toBe('      - OPENAI_API_KEY=***');
    expect(redactLine('      JINA_MODEL: jina-embeddings-v3')).toBe('      JINA_MODEL: jina-embeddings-v3');
    expect(redactLine('self.JINA = "jina-embeddings-v3"')).toBe('self.JINA = "jina-embeddings-v3"');
    // A JSON member keeps its quotes and comma, so a manifest still parses once masked.
    expect(redactLine('    "reset-password": "node config/reset-password.js",')).toBe(
      '    "reset-password": "***",',
    );
    const reference = 'OPENAI_API_KEY=$' + '{OPENAI_API_KEY}';
    expect(redactLine(reference)).toBe(reference);
  });

  it('scans a tree full of secrets and finds none of them in discovery or check outputs', async () => {
    const root = await tempTree({ ...TREE, 'trustmap.yaml': stringify(ragMap()) });
    const report = await discover([root]);
    expect(report.findings.length).toBeGreaterThan(0);
    const model = await assembleModel(root, { now: NOW, discover: () => Promise.resolve(report) });
    const run = runChecks(model);
    const drift = computeDrift(model.map, report);
    const outputs = {
      discoveryJson: renderDiscoveryJson(report, { drift }),
      discoveryText: renderDiscoveryText(report, { drift }),
      discoveryMarkdown: renderDiscoveryMarkdown(report, { drift }),
      cyclonedx: renderDiscoveryCycloneDx(report, { now: NOW, toolVersion: '0.0.0' }),
      checkJson: renderJson(run),
      checkText: renderText(run, {}),
      checkMarkdown: renderMarkdown(run),
      sarif: renderSarif(run, { toolVersion: '0.0.0' }),
      junit: renderJunit(run),
    };
    // The proof still names the key and the file:line.
    expect(outputs.discoveryJson).toContain('OPENAI_API_KEY=***');
    expect(outputs.discoveryJson).toMatch(/docker-compose\.yml/);
    for (const [format, text] of Object.entries(outputs)) {
      for (const [where, secret] of Object.entries(SECRETS))
        expect({ format, where, found: text.includes(secret) }).toEqual({ format, where, found: false });
    }
  });
});
