// What the twenty-first session found in the checks, from the last session's reviews of real apps: anse (d4e46e4).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { CONTROLS } from '../../src/core/catalog/controls.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { controlGroups } from '../../src/trust-center/index.js';
import { modelOf } from './fixtures.js';

/** A chat app whose chats live in each user's browser, recorded unencrypted, beside a relay of ours that keeps none. */
function browserMap(browserAtRest: boolean): SystemMapInput {
  return {
    version: 1,
    organization: { name: 'Anse', stage: 'seed' },
    dataClasses: [
      { id: 'chats', name: 'Chat history', category: 'prompts', tenantScoped: true },
      { id: 'keys', name: 'Provider keys', category: 'credentials', tenantScoped: true },
    ],
    components: [
      {
        id: 'relay',
        name: 'Edge relay',
        kind: 'api',
        dataClasses: ['chats'],
        retention: { chats: 'zero' },
        encryption: { inTransit: { enabled: true, mechanism: 'TLS' } },
      },
      {
        id: 'browser-store',
        name: 'Browser storage',
        kind: 'datastore',
        hosting: 'customer-hosted',
        dataClasses: ['chats', 'keys'],
        retention: { chats: 'until-deleted', keys: 'until-deleted' },
        encryption: { atRest: { enabled: browserAtRest } },
      },
    ],
  };
}

const encryptionResults = (map: SystemMapInput) =>
  runChecks(modelOf(map)).results.filter((result) => result.checkId === 'data-encryption');

describe('a part each customer runs, recorded unencrypted (anse)', () => {
  it('is said, not failed, so the passing control is not read as covering it', () => {
    const results = encryptionResults(browserMap(false));
    const theirs = results.filter((result) => result.subject.id === 'browser-store');
    expect(theirs.map((result) => result.status)).toEqual(['not-applicable']);
    expect(theirs[0]?.message).toContain(
      '`browser-store` keeps customer data (chats, keys) unencrypted at rest',
    );
    expect(theirs[0]?.plain).toBe(
      "Browser storage, which each customer runs, keeps customer data unencrypted at rest; securing it is the customer's",
    );
    // Our relay still passes on its own record.
    expect(results.find((result) => result.subject.id === 'relay')?.status).toBe('pass');
    const line = controlGroups(results, CONTROLS, [])
      .flatMap((group) => group.controls)
      .find((control) => control.id === 'TM-ENC-01');
    expect(line?.status).toBe('pass');
    expect(line?.caveats).toEqual([theirs[0]?.plain]);
  });

  it('says nothing of a customer part recorded encrypted, or silent', () => {
    const encrypted = encryptionResults(browserMap(true));
    expect(encrypted.some((result) => result.subject.id === 'browser-store')).toBe(false);
    const line = controlGroups(encrypted, CONTROLS, [])
      .flatMap((group) => group.controls)
      .find((control) => control.id === 'TM-ENC-01');
    expect(line?.caveats).toBeUndefined();
  });
});

describe('training data each customer supplies (text-generation-webui)', () => {
  const map = (trainerHosting: 'customer-hosted' | 'self-hosted'): SystemMapInput => ({
    version: 1,
    organization: { name: 'TextGen', stage: 'seed' },
    dataClasses: [
      { id: 'datasets', name: 'LoRA training datasets', category: 'training-data', tenantScoped: true },
    ],
    components: [
      { id: 'app', name: 'Web UI', kind: 'service', hosting: 'customer-hosted', dataClasses: ['datasets'] },
      {
        id: 'trainer',
        name: 'LoRA trainer',
        kind: 'fine-tuning-job',
        hosting: trainerHosting,
        dataClasses: ['datasets'],
      },
    ],
    flows: [{ id: 'train', from: 'app', to: 'trainer', dataClasses: ['datasets'], purpose: 'training' }],
  });
  const verdict = (hosting: 'customer-hosted' | 'self-hosted') =>
    runChecks(modelOf(map(hosting))).results.filter(
      (result) => result.checkId === 'no-training-on-customer-data',
    );

  it('is customer data: trained on only in each customer’s own installation', () => {
    // "no flow brings customer data to `lora-trainer` (it receives training-data)", of the datasets users bring.
    const [result] = verdict('customer-hosted');
    expect(result?.status).toBe('pass');
    expect(result?.message).toBe(
      "customer data reaches `trainer` only as each customer's own training, from parts it runs to an account of its own",
    );
  });

  it('fails where a trainer of ours takes it with no opt-in', () => {
    expect(verdict('self-hosted').map((result) => result.status)).toContain('fail');
  });
});

describe('prompts kept only at each customer’s', () => {
  it('names the parts that keep them, not one they only pass through (enchanted)', () => {
    // enchanted: "kept only in what each customer runs or reaches itself: `local-store`, `settings-store`,
    // `ollama-server`", of an Ollama server the map gives no retention.
    const model = modelOf({
      version: 1,
      organization: { name: 'Enchanted', stage: 'seed' },
      dataClasses: [{ id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true }],
      components: [
        {
          id: 'local-store',
          name: 'On-device store',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
          retention: { prompts: 'until-deleted' },
        },
        {
          id: 'ollama',
          name: 'Ollama',
          kind: 'inference-endpoint',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'ask', from: 'local-store', to: 'ollama', dataClasses: ['prompts'], purpose: 'inference' },
      ],
    });
    const [result] = runChecks(model).results.filter((entry) => entry.checkId === 'prompt-output-retention');
    expect(result?.message).toContain(
      'they are kept only in what each customer runs or reaches itself: `local-store`',
    );
    expect(result?.message).not.toContain('`ollama`');
  });
});

describe('a public tool with no accounts that keeps nothing', () => {
  const map = (kept: boolean): SystemMapInput => ({
    version: 1,
    organization: { name: 'BlinkShot', stage: 'seed' },
    dataClasses: [
      { id: 'prompts', name: 'Image prompts', category: 'prompts', tenantScoped: false, retention: 'zero' },
      {
        id: 'images',
        name: 'Generated images',
        category: 'model-outputs',
        tenantScoped: false,
        retention: 'zero',
      },
    ],
    components: [
      {
        id: 'app',
        name: 'Web app',
        kind: 'service',
        dataClasses: ['prompts', 'images'],
        retention: { prompts: 'zero', images: 'zero' },
        userAuthentication: { methods: ['none'], mechanism: 'public by design' },
      },
      ...(kept
        ? [
            {
              id: 'gallery',
              name: 'Gallery store',
              kind: 'datastore' as const,
              dataClasses: ['images'],
              retention: { images: 'until-deleted' },
            },
          ]
        : []),
    ],
  });
  const verdict = (kept: boolean) =>
    runChecks(modelOf(map(kept))).results.find(
      (result) => result.checkId === 'user-authentication' && result.subject.id === 'app',
    );

  it('does not fail: no visitor can reach another’s data (blinkshot)', () => {
    // blinkshot: "`app` has no user sign-in and handles customer data (prompts, generated-images)", failing high and
    // blocking the audit, of an image generator that keeps nothing. Not applicable since the twenty-fifth session, not a
    // pass a buyer reads as a sign-in (realtime-console).
    expect(verdict(false)?.status).toBe('not-applicable');
  });

  it('still fails where a part of ours keeps what it handles', () => {
    expect(verdict(true)?.status).toBe('fail');
  });
});
