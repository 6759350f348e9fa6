import { describe, expect, it } from 'vitest';
import { dataEncryption } from '../../src/controls/checks/dataEncryption.js';
import * as answers from '../../src/questionnaire/answers/dataAnswers.js';
import { modelOf, ragMap } from './fixtures.js';

const statusesOf = (map: ReturnType<typeof ragMap>) =>
  dataEncryption
    .run(modelOf(map))
    .map((result) => `${result.subject.id}:${result.status}:${result.severity}`);

describe('data-encryption check (TM-ENC-01)', () => {
  it('fails a store of customer data the map says is unencrypted, and a part carrying it in the clear (open-notebook)', () => {
    const map = ragMap();
    map.components!.push({
      id: 'db',
      name: 'Main database',
      kind: 'datastore',
      dataClasses: ['docs'],
      encryption: { atRest: { enabled: false }, inTransit: { enabled: false, mechanism: 'plain WebSocket' } },
    });
    const results = dataEncryption.run(modelOf(map));
    expect(results.map((result) => `${result.subject.id}:${result.status}:${result.severity}`)).toEqual([
      'api:needs-evidence:info',
      'db:fail:high',
      'db:fail:medium',
    ]);
    expect(results[1]).toMatchObject({
      message: '`db` keeps customer data (docs) unencrypted at rest',
      plain: 'Main database keeps customer data unencrypted at rest',
    });
    expect(results[2]?.message).toBe(
      '`db` carries customer data (docs) unencrypted in transit (plain WebSocket)',
    );
  });

  it('asks what a store keeps where its entry says nothing, instead of not applying (agenta)', () => {
    const map = ragMap();
    map.components!.push({ id: 'cache', kind: 'cache', dataClasses: [] });
    expect(statusesOf(map)).toContain('cache:needs-evidence:info');
  });

  it('passes a store that encrypts, leaves the AI infrastructure to the baseline, and asks of the silent (Langfuse)', () => {
    const map = ragMap();
    map.components![0]!.encryption = { inTransit: { enabled: true, mechanism: 'TLS' } };
    map.components!.push(
      {
        id: 'db',
        kind: 'datastore',
        dataClasses: ['docs'],
        encryption: { atRest: { enabled: true, mechanism: 'KMS' }, inTransit: { enabled: true } },
      },
      {
        id: 'silent',
        kind: 'datastore',
        dataClasses: ['docs'],
        encryption: { inTransit: { enabled: true } },
      },
      {
        id: 'metrics',
        kind: 'log-sink',
        dataClasses: ['metrics'],
        encryption: { atRest: { enabled: false } },
      },
    );
    // `vectors` (a vector store) declares its encryption too, and is the baseline's. Transit recorded on passes.
    expect(statusesOf(map)).toEqual([
      'api:pass:medium',
      'db:pass:high',
      'db:pass:medium',
      'silent:needs-evidence:info',
      'silent:pass:medium',
    ]);
    const messages = dataEncryption.run(modelOf(map)).map((result) => result.message);
    expect(messages).toContain(
      '`silent` keeps customer data (docs) and does not say whether it is encrypted at rest',
    );
    expect(messages).toContain('`db` encrypts customer data at rest (KMS)');
    expect(messages.find((message) => message.startsWith('`api` carries'))).toMatch(
      /encrypted in transit \(TLS\)$/,
    );
  });

  it('judges a service that keeps customer data as a store (ai-pdf-chatbot: the LangGraph server keeps every thread)', () => {
    const map = ragMap();
    map.components![0]!.encryption = { inTransit: { enabled: true, mechanism: 'TLS' } };
    map.components!.push({
      id: 'graph',
      kind: 'service',
      dataClasses: ['docs'],
      retention: 'indefinite',
      encryption: { atRest: { enabled: false }, inTransit: { enabled: true } },
    });
    expect(statusesOf(map)).toEqual(['api:pass:medium', 'graph:fail:high', 'graph:pass:medium']);
    const { encryptionAtRest } = answers;
    const text = encryptionAtRest({ model: modelOf(map), results: [] }) as { yesNo?: string; text: string };
    expect(text.yesNo).not.toBe('Yes');
    expect(text.text).toContain('graph');
  });

  it('passes a part that records transit on and keeps nothing (gpt-pilot: "no store or service records whether it encrypts")', () => {
    const map = ragMap();
    map.components![0]!.encryption = { inTransit: { enabled: true, mechanism: 'TLS' } };
    expect(dataEncryption.run(modelOf(map)).map((result) => result.status)).toEqual(['pass']);
  });

  it('asks of a part silent about transit, however its disk is encrypted (Kiln: the check passed on at rest alone)', () => {
    const map = ragMap();
    map.components!.push({
      id: 'db',
      kind: 'datastore',
      dataClasses: ['docs'],
      encryption: { atRest: { enabled: true, mechanism: 'column encryption of API keys' } },
    });
    const results = dataEncryption.run(modelOf(map));
    expect(results.map((result) => `${result.subject.id}:${result.status}`)).toEqual([
      'api:needs-evidence',
      'db:pass',
      'db:needs-evidence',
    ]);
    expect(results[2]?.message).toBe(
      '`db` handles customer data (docs) and does not say whether it is encrypted in transit',
    );
    // Stated, transit is no longer asked of.
    map.components![0]!.encryption = { inTransit: { enabled: true } };
    map.components![2]!.encryption!.inTransit = { enabled: true, mechanism: 'TLS required' };
    expect(dataEncryption.run(modelOf(map)).map((result) => result.status)).toEqual(['pass', 'pass', 'pass']);
  });

  it("says every part is the customer's where that is why, not that none records its encryption (Chat2DB)", () => {
    // Chat2DB (155ecb7): every store run by the customer, recording at-rest encryption off; the result said no store
    // recorded whether it encrypts.
    const map = ragMap();
    for (const component of map.components ?? []) {
      component.hosting = 'customer-hosted';
      component.encryption = { atRest: { enabled: false } };
    }
    const [result] = dataEncryption.run(modelOf(map));
    expect(result?.status).toBe('not-applicable');
    expect(result?.message).toMatch(
      /^every store and service outside the AI infrastructure is the customer's; /,
    );
    expect(result?.message).not.toContain('records whether');
  });
});
