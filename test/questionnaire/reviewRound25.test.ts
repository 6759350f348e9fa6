// What the twenty-fifth session's reviews found in the answers, each from the smallest map that shows it.
import { describe, expect, it } from 'vitest';
import { withAside } from '../../src/core/words.js';
import { asksAboutFilesOnly } from '../../src/questionnaire/match/questionForm.js';
import { ask, DOCS, docsStore, tinyModel } from './fixtures.js';

describe('asides', () => {
  it('do not end a sentence inside the brackets (codel)', () => {
    expect(
      withAside(
        'SQLite database',
        "Codel does not encrypt the database file; disk encryption is the customer's choice.",
      ),
    ).toBe(
      "SQLite database (Codel does not encrypt the database file; disk encryption is the customer's choice)",
    );
    // An ellipsis is the map's own and stays.
    expect(withAside('Cache', 'kept a while...')).toBe('Cache (kept a while...)');
  });
});

describe('an answer that only says what the map does not record', () => {
  it('is left blank, with what to add in the note (codel, coai, assistants-quickstart)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'web',
          name: 'Web app',
          kind: 'service',
          dataClasses: ['docs'],
          userAuthentication: { methods: ['password'] },
        },
      ],
    });
    const [answer] = ask(
      model,
      'Is all traffic between our users and your service protected with TLS 1.2 or higher?',
    );
    expect(answer!.status).toBe('blank');
    expect(answer!.answer).toBe('');
    expect(answer!.note).toMatch(/the map does not hold the facts/);
    expect(answer!.note).toContain('`encryption.inTransit`');
  });
});

describe('how long uploaded files are kept', () => {
  const classes = [
    { ...DOCS, name: 'Uploaded files', retention: 'indefinite' },
    { id: 'prompts', name: 'User prompts', category: 'prompts', tenantScoped: true, retention: '30d' },
  ] as const;
  const question = 'How long do you keep the files we upload?';

  it('is answered for the files alone, not with every kind of data (five reviews)', () => {
    const model = tinyModel({
      dataClasses: [...classes],
      components: [docsStore('db', { dataClasses: ['docs', 'prompts'] })],
    });
    const [answer] = ask(model, question);
    expect(answer!.topic).toBe('data-retention');
    expect(answer!.answer).toBe('Uploaded files: indefinitely.');
    // A question about data at large still gets every kind.
    const [all] = ask(model, 'What is your data retention schedule for customer data?');
    expect(all!.answer).toContain('User prompts: 30 days');
  });

  it('is left blank where the map has no files customers give', () => {
    const model = tinyModel({
      dataClasses: [classes[1]],
      components: [{ id: 'db', kind: 'datastore', dataClasses: ['prompts'] }],
    });
    const [answer] = ask(model, question);
    expect(answer!.status).toBe('blank');
    expect(answer!.note).toContain('category: customer-content');
  });

  it('reads which questions ask about files alone', () => {
    expect(asksAboutFilesOnly(question)).toBe(true);
    expect(
      asksAboutFilesOnly(
        'If we never delete anything ourselves, how long will uploaded files stay on your platform?',
      ),
    ).toBe(true);
    expect(
      asksAboutFilesOnly(
        'If we never delete anything ourselves, how long will uploaded files stay on your platform?',
      ),
    ).toBe(true);
    expect(asksAboutFilesOnly('How long do you keep uploaded documents and chat history?')).toBe(false);
    expect(asksAboutFilesOnly('How long is customer data, including uploaded files, retained?')).toBe(false);
  });
});

describe('whether models are shared across customers', () => {
  it('is left blank where the map does not say what trains on customer data, not answered with retrieval filters (codel, Yuxi-Know)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'vectors',
          name: 'Vector database',
          kind: 'vector-store',
          dataClasses: ['docs'],
          tenancy: { model: 'application-filter', mechanism: 'one collection per knowledge base' },
        },
      ],
    });
    const [answer] = ask(
      model,
      "Are any models, fine-tunes, adapters, or embedding spaces shared across customers or built from more than one customer's data? If so, describe.",
    );
    expect(answer!.answer).toBe('');
    expect(answer!.note).toContain('does not say whether models are trained on customer data');
  });
});

describe('access words that say only how the application reaches a store', () => {
  const model = tinyModel({
    dataClasses: [DOCS],
    components: [
      docsStore('db', {
        name: 'Document index',
        accessControl: { mechanism: 'The app connects with the Supabase service-role key.' },
      }),
    ],
  });

  it('answer no question about staff access (ChatFiles: nine questions)', () => {
    const [grant, employees] = ask(
      model,
      'How is access to production systems granted, reviewed and revoked?',
      'How do you restrict which employees can view customer records?',
    );
    for (const answer of [grant!, employees!]) {
      expect(answer.answer).toBe('');
      expect(answer.note).toContain('not how our staff do');
    }
  });

  it('still answer a question about service accounts', () => {
    const [agent] = ask(
      model,
      "When the agent acts, does it use the requesting user's own permissions or a service account with broader reach?",
    );
    expect(agent!.answer).toContain('service-role key');
  });
});

describe('how customers are kept apart, beside a store each user runs', () => {
  it('says the store each user runs, and "of ours" of the shared ones (llmchat)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('feedback', { name: 'Feedback database', tenancy: { model: 'shared' } }),
        docsStore('cache', { name: 'Cache', tenancy: { model: 'shared' } }),
        docsStore('browser', {
          name: 'Browser storage',
          hosting: 'customer-hosted',
          tenancy: { model: 'single-tenant', mechanism: "each user's history stays in that user's browser" },
        }),
      ],
    });
    const [answer] = ask(model, "How is our data logically separated from other customers' data?");
    expect(answer!.answer).toMatch(/^No store of ours separates customers' data/);
    expect(answer!.answer).toContain(
      "Browser storage (each user's history stays in that user's browser) is run by each customer, in its own environment",
    );
  });
});

describe('a region id', () => {
  it('is said with the country it lies in, as a buyer reads it (ChatFiles, ai-getting-started: "fly.io sin")', async () => {
    const { regionWords } = await import('../../src/model/index.js');
    expect(regionWords('sin')).toBe('sin (Singapore)');
    expect(regionWords('us-west-2', true)).toBe('us-west-2 in the United States');
    // A place written out, or an id not listed, stays as the map writes it.
    expect(regionWords('us')).toBe('us');
    expect(regionWords('moon-base-1')).toBe('moon-base-1');
  });
});

describe('encryption of internal connections', () => {
  const model = (mechanism: string) =>
    tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'server',
          name: 'Web server',
          kind: 'service',
          dataClasses: ['docs'],
          encryption: { inTransit: { enabled: false, mechanism } },
        },
        docsStore('db', { name: 'Database', encryption: { inTransit: { enabled: true, mechanism: 'TLS' } } }),
      ],
    });
  const question = 'Are internal service-to-service connections encrypted?';

  it('is not "Partially" from a plain listener for users whose calls out are encrypted (realtime-console)', () => {
    const [answer] = ask(
      model(
        'The server listens on plain HTTP; TLS comes from whatever hosts it. Its call to OpenAI uses HTTPS',
      ),
      question,
    );
    expect(answer!.yesNo).toBe('Yes');
    // Every hop, the listener included, is still Partially.
    const [every] = ask(
      model(
        'The server listens on plain HTTP; TLS comes from whatever hosts it. Its call to OpenAI uses HTTPS',
      ),
      'Is every hop encrypted, including between internal services?',
    );
    expect(every!.yesNo).toBe('Partially');
  });

  it('is still Partially where the words say nothing of the calls out', () => {
    const [answer] = ask(model('The server listens on plain HTTP'), question);
    expect(answer!.yesNo).toBe('Partially');
  });
});

describe('a store each user runs, named in the separation answer', () => {
  it('is cited, so a proposed one holds the answer back (whole-change review)', () => {
    const model = (status?: 'proposed') =>
      tinyModel({
        dataClasses: [DOCS],
        components: [
          docsStore('feedback', { name: 'Feedback database', tenancy: { model: 'shared' } }),
          docsStore('cache', { name: 'Cache', tenancy: { model: 'shared' } }),
          docsStore('browser', {
            name: 'Browser storage',
            hosting: 'customer-hosted',
            ...(status ? { status } : {}),
            tenancy: {
              model: 'single-tenant',
              mechanism: "each user's history stays in that user's browser",
            },
          }),
        ],
      });
    const question = "How is our data logically separated from other customers' data?";
    const [confirmed] = ask(model(), question);
    expect(confirmed!.sources.some((source) => JSON.stringify(source).includes('components/browser'))).toBe(
      true,
    );
    const [proposed] = ask(model('proposed'), question);
    expect(proposed!.answer).toBe('');
    expect(proposed!.note).toContain('not yet confirmed');
  });
});
