import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { CHECKS, runChecks } from '../../src/controls/index.js';
import { assembleModel } from '../../src/model/index.js';
import { type AnsweredQuestion, composeAnswer, TOPIC_IDS, yesNoCell } from '../../src/questionnaire/index.js';
import { NOW } from '../controls/fixtures.js';
import { ask, DOCS, docsStore, documentOnFile, encryptedDocsModel, tinyModel } from './fixtures.js';

describe('answers a reviewer would send', () => {
  it('does not answer "Yes" from an evidence title: a postmortem named like a plan is not an incident response plan', () => {
    const model = tinyModel({
      evidence: [
        {
          id: 'ir-2025',
          title: 'Incident response plan review: postmortem of the March outage',
          kind: 'incident-postmortem',
          url: 'https://example.com/pm',
        },
        { id: 'untyped', title: 'Incident response plan (draft)', url: 'https://example.com/d' },
      ],
    });
    const composed = composeAnswer('incident-response', { model, results: [] });
    expect(composed).toHaveProperty('missing');
    if (!('missing' in composed)) throw new Error('expected no answer');
    // The untyped look-alike is named to the reviewer, never used as proof.
    expect(composed.missing).toContain('`untyped`');
    expect(composed.missing).toContain('kind: incident-response-plan');
    const [answered] = ask(model, 'Do you have a documented incident response plan?');
    expect(answered).toMatchObject({ topic: 'incident-response', status: 'blank', yesNo: null, answer: '' });
  });

  it('answers "Yes" from evidence of the right kind, with the breach notification time', () => {
    const model = tinyModel({
      organization: {
        name: 'Tiny AI',
        stage: 'seed',
        commitments: { breachNotificationWithin: '72h' },
      },
      evidence: [
        documentOnFile('irp', 'IR runbook', 'incident-response-plan', {
          visibility: 'request-access',
          url: 'https://example.com/ir',
        }),
      ],
    });
    const composed = composeAnswer('incident-response', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.yesNo).toBe('Yes');
    expect(composed.answer.text).toContain(
      'We have a documented incident response plan: IR runbook (dated 2026-04-01), available on request.',
    );
    expect(composed.answer.text).toContain('within 72 hours');
  });

  it('names a document once: a title that only repeats the answer is given by its date', () => {
    const model = tinyModel({
      evidence: [
        documentOnFile('irp', 'Incident response plan', 'incident-response-plan', {
          expires: '2027-04-01',
          url: 'https://example.com/ir',
        }),
      ],
    });
    const composed = composeAnswer('incident-response', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    // Private (the default): not offered to the buyer.
    expect(composed.answer.text).toBe(
      'We have a documented incident response plan (dated 2026-04-01, next review by 2027-04-01).',
    );
  });

  it('opens with "Yes." only where the question asks for a yes or a no; the Yes/No verdict stays either way', () => {
    const model = tinyModel({
      organization: { name: 'Tiny AI', stage: 'seed', commitments: { breachNotificationWithin: '72h' } },
      evidence: [
        documentOnFile('irp', 'IR runbook', 'incident-response-plan', { url: 'https://example.com/ir' }),
      ],
    });
    const [closed, open] = ask(
      model,
      'Do you have a documented incident response plan?',
      'What is your breach notification timeline to customers?',
    );
    expect(closed).toMatchObject({ topic: 'incident-response', yesNo: 'Yes' });
    expect(closed!.answer).toMatch(/^Yes\. /);
    expect(open).toMatchObject({ topic: 'incident-response', yesNo: 'Yes' });
    expect(open!.answer).not.toMatch(/^(Yes|No|Partially)\b/);
    // It asks how soon: the time comes first.
    expect(open!.answer).toMatch(/^We commit to notify affected customers .* within 72 hours/);
  });

  it('does not say "Yes" to what a question asks beyond the answer (a frequency, a figure, a practice): a person confirms it', () => {
    const model = tinyModel({
      evidence: [documentOnFile('policy', 'Information security policy', 'security-policy')],
    });
    const [plain, specific] = ask(
      model,
      'Do you have a documented information security policy?',
      'Is your information security policy reviewed quarterly and approved by management?',
    );
    expect(plain).toMatchObject({ topic: 'security-policies', yesNo: 'Yes', status: 'answered' });
    expect(specific).toMatchObject({
      topic: 'security-policies',
      yesNo: null,
      status: 'review',
      reviewKind: 'unstated',
    });
    expect(specific!.answer).not.toMatch(/^Yes\b/);
    expect(specific!.answer).toContain('Information security policy');
    expect(specific!.note).toContain('the question also asks about "quarterly", "approved"');
  });

  it('does not say "Yes" to a question the answer does not address: "Have you had a breach?" is not "Do you have a plan?"', () => {
    const model = tinyModel({
      evidence: [documentOnFile('irp', 'Incident response plan', 'incident-response-plan')],
    });
    const [plan, history] = ask(
      model,
      'Do you have a documented incident response plan?',
      'Have you suffered a personal data breach in recent years that you had to report?',
    );
    expect(plan).toMatchObject({ topic: 'incident-response', yesNo: 'Yes' });
    expect(plan!.answer).toMatch(/^Yes\. /);
    expect(history).toMatchObject({
      topic: 'incident-response',
      yesNo: null,
      status: 'review',
      reviewKind: 'unstated',
    });
    expect(history!.answer).not.toMatch(/^Yes\b/);
    expect(history!.note).toMatch(/may not address what the question asks \(.*"suffered".*"years"\)/);
  });

  it('gives RPO and RTO when the map has them, and says what is and is not backed up', () => {
    const model = tinyModel({
      organization: {
        name: 'Tiny AI',
        stage: 'seed',
        commitments: { recoveryPointObjective: '24h', recoveryTimeObjective: '4h' },
      },
      dataClasses: [DOCS],
      components: [
        docsStore('db', { name: 'Main DB', backups: { enabled: true, retention: '30d' } }),
        docsStore('cache', { name: 'Cache', backups: { enabled: false } }),
      ],
    });
    const composed = composeAnswer('backup-recovery', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.yesNo).toBe('Partially');
    expect(composed.answer.text).toContain('Main DB (kept 30 days)');
    expect(composed.answer.text).toContain('Not backed up: Cache');
    expect(composed.answer.text).toContain('recovery point objective (RPO) of 24 hours');
    expect(composed.answer.text).toContain('recovery time objective (RTO) of 4 hours');
    // A store of documents kept until deleted, about whose backups the map says nothing, is named, and the
    // answer loses its verdict: unknown is not "not backed up".
    const silent = tinyModel({
      dataClasses: [{ ...DOCS, retention: 'until-deleted' }],
      components: [
        docsStore('db', { name: 'Main DB', backups: { enabled: true, retention: '30d' } }),
        docsStore('files', { name: 'Uploaded files', kind: 'object-store' }),
      ],
    });
    const held = composeAnswer('backup-recovery', { model: silent, results: [] });
    if (!('answer' in held)) throw new Error('expected an answer');
    expect(held.answer.yesNo).toBeUndefined();
    expect(held.answer.text).toBe(
      'Backups are enabled for Main DB (kept 30 days). No backups are on record for Uploaded files.',
    );
    expect(held.answer.review).toContain('say whether files is backed up');
  });

  it('does not answer "Are keys rotated?" with "Yes" from encryption at rest, unless the map says they are', () => {
    const mapOf = (mechanism: string) =>
      tinyModel({
        dataClasses: [DOCS],
        components: [docsStore('db', { encryption: { atRest: { enabled: true, mechanism } } })],
      });
    const askWith = (mechanism: string) =>
      ask(
        mapOf(mechanism),
        'Is customer data encrypted at rest?',
        'Are encryption keys rotated on a defined schedule?',
      );
    const [atRest, rotated] = askWith('AWS KMS');
    expect(atRest).toMatchObject({ topic: 'encryption-at-rest', yesNo: 'Yes' });
    expect(rotated).toMatchObject({
      topic: 'encryption-at-rest',
      yesNo: null,
      status: 'review',
      reviewKind: 'unstated',
    });
    expect(rotated!.answer).not.toMatch(/^Yes\b/);
    expect(rotated!.note).toContain('"key management", "rotated"');
    // Where the map records the practice, the answer says it and keeps its Yes.
    const [, stated] = askWith('AWS KMS customer keys, rotated every year');
    expect(stated).toMatchObject({ topic: 'encryption-at-rest', yesNo: 'Yes' });
    expect(stated!.answer).toMatch(/^Yes\. /);
  });

  it('keeps an answer resting on a proposed map entry out of the buyer’s file: a draft in the note, no Yes or No', () => {
    const model = encryptedDocsModel('proposed');
    const composed = composeAnswer('encryption-at-rest', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.yesNo).toBeUndefined();
    expect(composed.answer.review).toContain('proposed map entries (components/db)');
    expect(composed.answer.proposed).toEqual(['components/db']);
    const [answered] = ask(model, 'Is customer data encrypted at rest?');
    // As `describe` leaves the entry out and the trust center does not publish it: nothing for the buyer yet.
    expect(answered).toMatchObject({
      topic: 'encryption-at-rest',
      status: 'blank',
      reviewKind: 'proposed',
      answer: '',
      yesNo: null,
    });
    expect(answered!.note).toContain('not yet confirmed: components/db');
    expect(answered!.note).toContain('Draft: Data is encrypted at rest');
    expect(answered!.sources).toContainEqual(
      expect.objectContaining({ kind: 'map', pointer: 'components/db/encryption/atRest' }),
    );
    // Confirmed, the same entry is stated.
    const confirmed = encryptedDocsModel();
    const [stated] = ask(confirmed, 'Is customer data encrypted at rest?');
    expect(stated!.answer).toMatch(/^Yes\. Data is encrypted at rest/);
  });

  it('answers a topic with no map field from the controls: notes', () => {
    const model = tinyModel({
      controls: [{ id: 'TM-SEC-04', notes: 'Every employee passes a background check before starting.' }],
    });
    const composed = composeAnswer('personnel-security', { model, results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toContain('background check');
    expect(composed.answer.yesNo).toBeUndefined();
  });

  it('never puts check ids, backticks or internal phrases in buyer-facing text (examples/acme-ai)', async () => {
    const model = await assembleModel('examples/acme-ai', { now: NOW, discover: false });
    const { results } = runChecks(model);
    expect(results.some((result) => result.status === 'fail')).toBe(true);
    const checkIds = [
      ...new Set([...CHECKS.map((check) => check.id), ...results.map((result) => result.checkId)]),
    ];
    let answered = 0;
    for (const topic of TOPIC_IDS) {
      const composed = composeAnswer(topic, { model, results });
      if (!('answer' in composed)) continue;
      answered++;
      const { text } = composed.answer;
      for (const id of checkIds) expect(text, `${topic}: ${text}`).not.toContain(id);
      expect(text, topic).not.toMatch(/`|Exception found|Verified by check|TM-[A-Z]+-\d+|Trustmap:/);
      // Nor a path of our repository the map's own text carries ("(services/api/src/jobs/exportOptIn.ts)").
      expect(text, topic).not.toMatch(/[\w-]+\/[\w./-]+\.(?:ts|py|js|go)\b/);
      // No vendor named twice in a row ("OpenAI, OpenAI API").
      expect(text, topic).not.toMatch(/\b(\w+), \1\b/);
    }
    expect(answered).toBeGreaterThanOrEqual(28);
  });

  it('does not say prompts are not kept where a log keeps the passages sent with them', () => {
    const chunks = { ...DOCS, id: 'chunks', name: 'Document passages', retention: 'until-deleted' } as const;
    const questions = {
      id: 'questions',
      name: 'User questions',
      category: 'prompts',
      tenantScoped: true,
      retention: 'zero',
    } as const;
    const flow = (id: string, from: string, to: string, purpose: string, more = {}) => ({
      id,
      from,
      to,
      purpose,
      dataClasses: id === 'ask' ? ['questions', 'chunks'] : ['chunks'],
      ...more,
    });
    const logged = (condition?: string) =>
      tinyModel({
        dataClasses: [questions, chunks],
        components: [
          { id: 'api', kind: 'service', dataClasses: ['questions', 'chunks'], retention: 'zero' },
          { id: 'logs', name: 'Request log', kind: 'log-sink', dataClasses: ['chunks'], retention: '30d' },
        ],
        subprocessors: [
          {
            id: 'openai',
            vendor: 'OpenAI',
            service: 'OpenAI API',
            ai: true,
            purpose: 'answer generation',
            dataClasses: ['questions', 'chunks'],
            terms: { retention: 'zero', training: 'never' },
          },
        ],
        flows: [
          flow('ask', 'api', 'openai', 'inference'),
          flow(
            'log',
            'api',
            'logs',
            'logging',
            condition ? { condition: { kind: 'other', description: condition } } : {},
          ),
        ],
      } as never);
    const composed = composeAnswer('ai-prompt-retention', { model: logged(), results: [] });
    if (!('answer' in composed)) throw new Error('expected an answer');
    expect(composed.answer.text).toContain('User questions: not kept.');
    expect(composed.answer.text).toContain(
      'Content we send a model alongside them is logged: Request log keeps document passages for 30 days.',
    );
    expect(composed.answer.review).toContain('Request log keeps what is sent to a model with the prompts');
    const debug = composeAnswer('ai-prompt-retention', {
      model: logged('when LOG_LEVEL is debug'),
      results: [],
    });
    if (!('answer' in debug)) throw new Error('expected an answer');
    expect(debug.answer.text).toContain('for 30 days, only when LOG_LEVEL is debug.');
  });

  it("never names a component the map keeps internal; the reviewer's note still does (examples/acme-ai)", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tm-internal-'));
    await cp('examples/acme-ai', dir, { recursive: true });
    const doc = parse(await readFile(join(dir, 'trustmap.yaml'), 'utf8')) as {
      components: { id: string; name?: string; visibility?: string }[];
    };
    for (const component of doc.components) component.visibility = 'internal';
    await writeFile(join(dir, 'trustmap.yaml'), stringify(doc));
    const model = await assembleModel(dir, { now: NOW, discover: false });
    const { results } = runChecks(model);
    const names = doc.components.map((component) => component.name ?? component.id);
    const texts: string[] = [];
    const reviews: string[] = [];
    for (const topic of TOPIC_IDS) {
      const composed = composeAnswer(topic, { model, results });
      if (!('answer' in composed)) continue;
      texts.push(composed.answer.text);
      if (composed.answer.review) reviews.push(composed.answer.review);
    }
    for (const text of texts) for (const name of names) expect(text).not.toContain(name);
    // Still counted and described, by kind; capitalised where a sentence opens with one.
    expect(texts.join(' ')).toContain('an internal vector store');
    expect(texts.join(' ')).not.toMatch(/[.!?] an internal/);
    // The team's reviewer is told which component a note is about.
    expect(reviews.join(' ')).toContain('LLM request log: separated by an application filter only');
    await rm(dir, { recursive: true, force: true });
  });
});

describe("questions about third parties' own practice", () => {
  it('does not answer "Do your AI providers have SOC 2 reports?" with our own audit, Yes or No', async () => {
    const model = await assembleModel('examples/acme-ai', { discover: false });
    const [ours, theirs, terms] = ask(
      model,
      'Do you have a SOC 2 report?',
      'Do your AI providers have SOC 2 reports?',
      'Do your AI providers train on our data?',
    );
    expect(ours).toMatchObject({ topic: 'soc2-report', yesNo: 'No' });
    expect(theirs).toMatchObject({
      topic: 'soc2-report',
      yesNo: null,
      status: 'review',
      reviewKind: 'unstated',
    });
    expect(theirs!.answer).not.toMatch(/^(Yes|No)\b/);
    expect(theirs!.note).toContain("third parties' own practice");
    // A topic whose answer states what the providers do answers it: their training, or their terms (the model has
    // given either since the corpus's second reading; both answers name each provider's training commitment).
    expect(['ai-training-on-customer-data', 'ai-provider-terms']).toContain(terms!.topic);
    expect(terms!.answer).toMatch(/no training on our data|not used to train|do(?:es)? not train/i);
    expect(terms!.note).not.toContain("third parties' own practice");
  });
});

describe('the Yes/No cell', () => {
  const answered = (question: string, more: Partial<AnsweredQuestion> = {}): AnsweredQuestion => ({
    sheet: 's',
    row: 2,
    question,
    topic: 'mfa',
    answer: 'Yes. Multi-factor authentication is required.',
    yesNo: 'Yes',
    confidence: 'high',
    status: 'answered',
    sources: [],
    note: '',
    ...more,
  });

  it('holds a verdict only for a question that asks for one, on a topic matched with high confidence', () => {
    expect(yesNoCell(answered('Is MFA enforced for administrators?'))).toBe('Yes');
    expect(yesNoCell(answered('MFA for administrators'))).toBe('Yes');
    expect(yesNoCell(answered('Is SOC 2 Type II held?', { yesNo: 'No', status: 'review' }))).toBe('No');
    // A figure or a description is not answered by a Yes, whatever the answer's verdict.
    expect(yesNoCell(answered('RTO and RPO for the service.'))).toBeUndefined();
    expect(yesNoCell(answered('Describe your MFA enforcement.'))).toBeUndefined();
    // A topic that may be the wrong one: the verdict stays in the text, for the reviewer.
    expect(
      yesNoCell(
        answered('Does training cover acceptable use of AI tools?', {
          confidence: 'medium',
          status: 'review',
        }),
      ),
    ).toBeUndefined();
    expect(yesNoCell(answered('Is MFA enforced?', { yesNo: 'Partially' }))).toBeUndefined();
    expect(yesNoCell(answered('Is MFA enforced?', { status: 'blank', answer: '' }))).toBeUndefined();
  });
});
