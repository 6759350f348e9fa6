import { describe, expect, it } from 'vitest';
import {
  askedInNegative,
  asksAboutHarm,
  asksAboutProductUsers,
  asksAboutProvisioning,
  asksAboutThirdParties,
  asksDefaultOn,
  asksYesOrNo,
  foreignAsk,
  leadWithTime,
  unaddressedWords,
  unconfirmedSpecifics,
  unheldAsk,
} from '../../src/questionnaire/match/questionForm.js';

describe('asksYesOrNo', () => {
  it.each([
    'Do you enforce MFA for all employees accessing production?',
    'Is customer data encrypted at rest?',
    'Are encryption keys rotated at least annually? If so, describe the process.',
    'DSP-07.1 Data is classified and labelled according to its sensitivity.',
    'Y/N: Penetration tests are performed annually',
    'Please confirm that customer data is not used for training.',
    'Has the organization completed an AI impact assessment?',
    'Incident response plan',
    'Is customer data encrypted at rest or in transit?',
    'Do you use customer data to train models, or to fine-tune them?',
    'Is data deleted on request, or not?',
    "Is customer content used to train or improve any AI model, whether yours or a third party's?",
    'Encryption at rest',
    'Do you have a defined RTO and RPO?',
    'Y/N: backups are tested at a defined frequency',
  ])('closed: %s', (question) => {
    expect(asksYesOrNo(question)).toBe(true);
  });

  it.each([
    'What is your breach notification timeline to customers?',
    'What are your RTO and RPO?',
    'How long are prompts retained?',
    'Which model providers process our data?',
    'Where is customer data stored?',
    'Describe how you defend against prompt injection.',
    'Please provide your most recent SOC 2 Type II report.',
    'Kindly list all sub-processors.',
    '3.2) Explain your change management process.',
    'To what extent are model outputs reviewed by a person?',
    'Under which circumstances can staff read customer prompts?',
    '  - Outline your backup strategy',
    'Is training on our data opt-in, or on by default with an opt-out?',
    'Are vector embeddings of our documents stored in a shared or dedicated index?',
    'Are credentials short-lived (just-in-time) or persistent?',
    'If so, is it opt-in or opt-out, and on which plans?',
    'RTO / RPO',
    'Data retention period',
    'Breach notification timeline',
    'Backups - frequency, retention, encryption and location',
    'SLA - uptime commitment and service credits',
  ])('open: %s', (question) => {
    expect(asksYesOrNo(question)).toBe(false);
  });
});

describe('unconfirmedSpecifics', () => {
  it('names a risk register, a deletion certificate and user feedback where the answer does not say them (discourse-ai, mattermost-ai)', () => {
    expect(
      unconfirmedSpecifics(
        'Do you maintain a register of risks specific to your use of artificial intelligence?',
        'We rate the assistant as limited risk; no impact assessment is on file.',
        '',
      ),
    ).toEqual(['risk register']);
    expect(
      unconfirmedSpecifics(
        'Is there a way for end users to flag a bad answer?',
        'The bot’s tools run without approval of each call.',
        '',
      ),
    ).toEqual(['user feedback']);
    expect(
      unconfirmedSpecifics(
        'Is client data deleted from all systems, with written certification?',
        'Customer data is deleted within 30 days.',
        '',
      ),
    ).toEqual(['written certification']);
    expect(
      unconfirmedSpecifics(
        'Do you keep a risk register?',
        'Our AI risk register is reviewed each quarter.',
        '',
      ),
    ).toEqual([]);
  });

  it('asks no figure the question waives ("or equivalent") nor the one version a named sign-in protocol is used in', () => {
    const atRest = 'Data is encrypted at rest in all 6 data stores (AWS KMS; SSE-KMS).';
    const vocabulary = 'Encryption at rest\nIs data encrypted at rest with AES?';
    expect(
      unconfirmedSpecifics(
        'Is client data encrypted at rest using AES-256 or equivalent?',
        atRest,
        vocabulary,
      ),
    ).toEqual([]);
    // Without the waiver the figure is still one to state.
    expect(
      unconfirmedSpecifics('Is client data encrypted at rest using AES-256?', atRest, vocabulary),
    ).toEqual(['256']);
    const sso = 'Users sign in with a password, SAML single sign-on or OpenID Connect single sign-on.';
    expect(
      unconfirmedSpecifics(
        'Does the service support SAML 2.0 or OIDC single sign-on for customer users?',
        sso,
        '',
      ),
    ).toEqual([]);
    // A version of a protocol the answer does not name stays, and so does the protocol.
    expect(
      unconfirmedSpecifics(
        'Do you support SAML 2.0?',
        'Users sign in with OpenID Connect single sign-on.',
        '',
      ),
    ).toEqual(['SAML', '2.0']);
  });

  it('names the frequencies, figures, standards and practices a question asks that the answer does not say', () => {
    expect(
      unconfirmedSpecifics(
        'Is access to production reviewed quarterly?',
        'Access to production is granted by role.',
        '',
      ),
    ).toEqual(['quarterly', 'reviewed']);
    expect(
      unconfirmedSpecifics(
        'Is data encrypted at rest using AES-256?',
        'Data is encrypted at rest with AWS KMS. Checked on 2026-12-03.',
        'Encryption at rest\nIs data encrypted at rest with AES?',
      ),
    ).toEqual(['256']);
    expect(
      unconfirmedSpecifics(
        'Is your continuity plan tested annually and approved by management?',
        'We keep a continuity plan.',
        '',
      ),
    ).toEqual(['annually', 'tested', 'approved']);
    expect(
      unconfirmedSpecifics(
        'Do you support SCIM provisioning?',
        'Customers sign in with SAML SSO.',
        'SAML SSO',
      ),
    ).toEqual(['SCIM']);
    expect(
      unconfirmedSpecifics(
        'Do you notify customers before changing the underlying model?',
        'Model changes go through change control.',
        '',
      ),
    ).toEqual(['notify']);
  });

  it('holds an answer without a duration to a question that asks how long', () => {
    const logging = 'Logging: DocuMind API and Application database (RDS logs to CloudWatch).';
    expect(unconfirmedSpecifics('Security log retention period.', logging, '')).toEqual(['retention period']);
    expect(
      unconfirmedSpecifics('Breach notification timeline?', 'We have an incident response plan.', ''),
    ).toEqual(['notify', 'timeline']);
    for (const said of ['We notify customers within 72 hours.', 'Prompts are not kept.', 'kept 30 days'])
      expect(unconfirmedSpecifics('How long are prompts kept?', said, '')).toEqual([]);
  });

  it('holds a list of providers for a question that also asks where they run', () => {
    // LibreChat (0ab3414): "… and the region where inference runs" went out as a list of providers.
    const question =
      'List every third-party model provider used in the service, which features call each one, and the region where inference runs.';
    expect(unconfirmedSpecifics(question, 'Model providers: OpenAI API: chat models.', '')).toEqual([
      'region',
    ]);
    expect(
      unconfirmedSpecifics(question, 'Model providers: OpenAI API: chat models (location: us).', ''),
    ).toEqual([]);
    expect(unconfirmedSpecifics('Where is customer data stored?', 'Amazon S3 in eu-west-1.', '')).toEqual([]);
  });

  it('tells an ask that is another subject than the topic from a part of the topic left unsaid (TaskingAI, mem0, dialoqbase)', () => {
    const isolation = 'Each retrieval store enforces the separation of customers’ data itself.';
    expect(
      foreignAsk(
        'Does training cover acceptable use of generative AI tools?',
        'ai-training-on-customer-data',
        'We do not train or fine-tune models on customer content.',
      ),
    ).toBe('staff training');
    expect(
      foreignAsk(
        'Is there a documented fallback if the primary AI model provider becomes unavailable?',
        'ai-model-providers',
        'Model providers: OpenAI API.',
      ),
    ).toBe('failover');
    expect(
      foreignAsk(
        'When we terminate, how do you ensure our documents and embeddings are destroyed everywhere?',
        'ai-tenant-isolation',
        isolation,
      ),
    ).toBe('termination');
    expect(
      foreignAsk(
        'Does the vendor leverage client inputs or outputs to enhance foundation models?',
        'ai-prompt-retention',
        'How long we keep them: Prompts: 30 days.',
      ),
    ).toBe('model improvement');
    // A part of the topic's own subject is for the review note, not a blank: a cache or a source system's permissions
    // crossing customers is an isolation question.
    expect(
      foreignAsk('Do you cache prompts across tenants?', 'ai-tenant-isolation', isolation),
    ).toBeUndefined();
    // The same ask beside a topic that holds it, or an answer that states it.
    expect(
      foreignAsk('Data retention period after contract termination.', 'data-retention', 'Prompts: 30 days.'),
    ).toBeUndefined();
    expect(
      foreignAsk(
        'Is there a fallback if the primary provider is unavailable?',
        'ai-model-providers',
        'If OpenAI is unavailable, requests fail over to Anthropic.',
      ),
    ).toBeUndefined();
  });

  it('keeps the topic but names an ask of its own subject the map does not record (trieve, morphik-core)', () => {
    const isolation =
      'Qdrant: filtered in our application’s queries (every search adds a dataset_id condition).';
    expect(
      unheldAsk(
        'Do you or your model providers cache prompts, embeddings or responses?',
        'ai-tenant-isolation',
        isolation,
      ),
    ).toBe('caching');
    expect(
      unheldAsk(
        'Does retrieval honor document-level permissions from the source system (SharePoint, Google Drive)?',
        'ai-tenant-isolation',
        isolation,
      ),
    ).toBe('permissions');
    const logs = 'Logging is enabled on the API server. Errors and logs are sent to Sentry.';
    expect(unheldAsk('Security log retention period.', 'logging-monitoring', logs)).toBe('retention period');
    expect(unheldAsk('Are logins recorded in tamper-evident logs?', 'logging-monitoring', logs)).toBe(
      'tamper-evidence',
    );
    // sim: "protected from tampering".
    expect(
      unheldAsk(
        'Are security logs centrally collected, monitored, and protected from tampering?',
        'logging-monitoring',
        logs,
      ),
    ).toBe('tamper-evidence');
    // lmnr and sim: where errors or product telemetry go does not say whether security events are logged.
    expect(
      unheldAsk(
        'Do you centrally log security events and alert on suspicious activity?',
        'logging-monitoring',
        'Errors are sent to Sentry; no other monitoring or alerting is on record yet.',
      ),
    ).toBe('security events');
    expect(
      unheldAsk(
        'Do you log security events and detect anomalous access?',
        'logging-monitoring',
        'Logging is enabled on API (audit log of sign-ins and admin actions, sent to Datadog SIEM).',
      ),
    ).toBeUndefined();
    // Where the answer says it, or the topic is another one, nothing is left out.
    expect(
      unheldAsk(
        'Security log retention period.',
        'logging-monitoring',
        `${logs} Log retention: Sentry: 90 days.`,
      ),
    ).toBeUndefined();
    expect(unheldAsk('Do you cache prompts?', 'ai-prompt-retention', 'Prompts: 30 days.')).toBeUndefined();
    expect(unheldAsk('Is the isolation of tenants tested?', 'ai-tenant-isolation', isolation)).toBe('tested');
    // Said where a live probe tested it.
    expect(
      unheldAsk(
        'Is the isolation of tenants tested?',
        'ai-tenant-isolation',
        `${isolation} A live cross-customer query has tested the separation on Qdrant.`,
      ),
    ).toBeUndefined();
    // LLMStack, formbricks, OpenPipe.
    const atRest = 'Data is encrypted at rest in PostgreSQL (AES-256).';
    expect(
      unheldAsk(
        'Who manages encryption keys? Do you support customer-managed keys?',
        'encryption-at-rest',
        atRest,
      ),
    ).toBe('customer-managed keys');
    expect(
      unheldAsk(
        'Is zero data retention available for LLM requests?',
        'ai-prompt-retention',
        'Prompts: 30 days.',
      ),
    ).toBe('zero data retention');
    expect(
      unheldAsk('What are your RTO and RPO?', 'backup-recovery', 'Backups are enabled, kept 30 days.'),
    ).toBe('recovery objectives');
    expect(
      unheldAsk('What are your RTO and RPO?', 'backup-recovery', 'RTO 4 hours, RPO 1 hour.'),
    ).toBeUndefined();
    // A protocol the question names alone, beside another method's sentence (trieve).
    const oidc = 'Users sign in with OpenID Connect single sign-on or a password.';
    expect(unheldAsk('Do you support SAML single sign-on with Okta or Azure AD?', 'customer-sso', oidc)).toBe(
      'SAML',
    );
    expect(unheldAsk('SAML or OIDC single sign-on?', 'customer-sso', oidc)).toBeUndefined();
    expect(
      unheldAsk('Do you support SAML?', 'customer-sso', 'Users sign in with SAML single sign-on.'),
    ).toBeUndefined();
  });

  it("names the ask a neighbouring topic's facts leave unsaid (LibreChat, AnythingLLM, Onyx reviews)", () => {
    const providers = 'Model providers: OpenAI API: chat models (location: us).';
    expect(
      unconfirmedSpecifics(
        'Is there a documented fallback if the primary AI model provider becomes unavailable?',
        providers,
        '',
      ),
    ).toEqual(['failover']);
    expect(
      unconfirmedSpecifics(
        'Is there a documented fallback if the primary AI model provider becomes unavailable?',
        'If OpenAI is unavailable, requests fail over to Anthropic.',
        '',
      ),
    ).toEqual([]);
    const isolation = 'Each retrieval store enforces the separation of customers’ data itself.';
    expect(unconfirmedSpecifics('Do you cache prompts or responses?', isolation, '')).toEqual(['caching']);
    expect(
      unconfirmedSpecifics(
        'Does retrieval honor document-level permissions from the source system?',
        isolation,
        '',
      ),
    ).toEqual(['permissions']);
    expect(
      unconfirmedSpecifics(
        'Can we set how long conversation history is kept for our workspace?',
        'Chat messages: until deleted.',
        '',
      ),
    ).toEqual(['configurable']);
    expect(
      unconfirmedSpecifics(
        'Does training cover acceptable use of generative AI tools?',
        'We do not train or fine-tune models on customer content.',
        '',
      ),
    ).toEqual(['staff training']);
    expect(
      unconfirmedSpecifics('Data retention period after contract termination.', 'Prompts: 30 days.', ''),
    ).toEqual(['termination']);
    // Chatbot UI's review: "after account termination" was answered with each class's retention, no word of it.
    expect(
      unconfirmedSpecifics(
        'How long do you retain customer data after account termination?',
        'User accounts: until deleted.',
        '',
      ),
    ).toEqual(['termination']);
    expect(
      unconfirmedSpecifics(
        'Please provide a diagram tracing one of our documents from upload to answer.',
        'We keep an inventory of 3 components. The AI path: from API to OpenAI API (inference).',
        '',
      ),
    ).toEqual(['diagram']);
    // Not asked where the words are about something else.
    expect(unconfirmedSpecifics('Is user data used for model training?', 'No.', '')).toEqual([]);
    expect(
      unconfirmedSpecifics('Is access revoked when an employee is terminated?', 'Access is removed.', ''),
    ).toEqual([]);
  });

  it('holds a practice of the topic that the map does not record: one practice is not a Yes to another', () => {
    const atRest = 'Data is encrypted at rest in all 6 data stores (AWS KMS; SSE-KMS).';
    const pentest =
      'Our systems are tested for vulnerabilities: Penetration test summary (2026), available on request.';
    const impact =
      'DocuMind assistant is classified limited risk; its AI impact assessment was completed 2026-06-20.';
    expect(
      unconfirmedSpecifics('Are encryption keys rotated on a defined cryptoperiod?', atRest, ''),
    ).toEqual(['key management', 'rotated']);
    expect(unconfirmedSpecifics('Can your cloud provider access your encryption keys?', atRest, '')).toEqual([
      'key management',
    ]);
    expect(
      unconfirmedSpecifics('Are backups encrypted?', 'Backups are enabled for Application database.', ''),
    ).toEqual(['encrypted']);
    expect(
      unconfirmedSpecifics('Do you scan for vulnerabilities and patch in good time?', pentest, ''),
    ).toEqual(['scanned', 'patched']);
    expect(unconfirmedSpecifics('How quickly are critical vulnerabilities remediated?', pentest, '')).toEqual(
      ['remediated', 'how quickly'],
    );
    expect(unconfirmedSpecifics('Do you perform bias testing on your models?', impact, '')).toEqual([
      'tested',
      'bias',
    ]);
    expect(
      unconfirmedSpecifics('Has the accuracy of your models been assessed independently?', impact, ''),
    ).toEqual(['independent', 'accuracy']);
    expect(unconfirmedSpecifics('Do you monitor your models for drift?', impact, '')).toEqual([
      'monitored',
      'drift',
    ]);
    expect(
      unconfirmedSpecifics("Are users' access rights reviewed?", 'Access is granted by role via SSO.', ''),
    ).toEqual(['reviewed']);
  });

  it('holds what an incident plan, a log list or an access list does not say', () => {
    const plan =
      'We have a documented incident response plan, available on request. We notify within 72 hours.';
    const logs = 'Logging: API (CloudWatch). Monitoring and alerting: API (Datadog alerts).';
    expect(unconfirmedSpecifics('Do you have a team dedicated to incident response?', plan, '')).toEqual([
      'dedicated team',
    ]);
    expect(unconfirmedSpecifics('Will affected customers receive a post-incident report?', plan, '')).toEqual(
      ['post-incident report'],
    );
    expect(
      unconfirmedSpecifics('Can you provide a sample incident notification template?', plan, ''),
    ).toEqual(['template']);
    expect(unconfirmedSpecifics('Is security monitored around the clock?', logs, '')).toEqual([
      'around the clock',
    ]);
    expect(unconfirmedSpecifics('Do you run a network intrusion detection system?', logs, '')).toEqual([
      'intrusion detection',
    ]);
    expect(unconfirmedSpecifics('Can logs be exported to our SIEM?', logs, 'SIEM')).toEqual(['exported']);
    expect(unconfirmedSpecifics('Do you keep security logs for at least six months?', logs, '')).toEqual([
      'six months',
    ]);
    expect(
      unconfirmedSpecifics(
        'Is access removed promptly when an employee leaves?',
        'Access is granted by role via SSO.',
        '',
      ),
    ).toEqual(['revoked']);
    expect(
      unconfirmedSpecifics('Who is accountable for AI risk?', 'We keep an inventory of our AI systems.', ''),
    ).toEqual(['named owner']);
    expect(
      unconfirmedSpecifics(
        'Who owns information security?',
        'Our CISO owns the information security program.',
        '',
      ),
    ).toEqual([]);
    // Workforce MFA to production is not a product feature for the buyer's users.
    const workforce = 'Multi-factor authentication is required for access to all 8 production components.';
    expect(
      unconfirmedSpecifics('Can customer accounts use multi-factor authentication?', workforce, ''),
    ).toEqual(['customer accounts']);
    expect(
      unconfirmedSpecifics('Does the service support multi-factor authentication?', workforce, ''),
    ).toEqual(['customer accounts']);
    expect(
      unconfirmedSpecifics('Is MFA required for administrative access?', workforce, 'Is MFA enforced?'),
    ).toEqual([]);
    expect(
      unconfirmedSpecifics(
        'Does the platform provide encryption at rest?',
        'Data is encrypted at rest in 6 data stores.',
        '',
      ),
    ).toEqual([]);
    // The buyer's own team is not a practice asked of us.
    expect(
      unconfirmedSpecifics('Our legal team needs to know where data is stored.', 'Hosted in us-east-1.', ''),
    ).toEqual([]);
    expect(
      unconfirmedSpecifics(
        'Do you keep security logs for at least six months?',
        'Logs are kept 6 months.',
        '',
      ),
    ).toEqual([]);
    expect(
      unconfirmedSpecifics(
        'Do you keep security logs for at least six months?',
        'Logs are kept for six months.',
        '',
      ),
    ).toEqual([]);
  });

  it('keeps the verdict where the answer states the practice', () => {
    const stated: [question: string, answer: string][] = [
      ['Are encryption keys rotated?', 'Data is encrypted with AWS KMS keys, rotated yearly.'],
      ['Do you scan for vulnerabilities?', 'Dependencies are scanned by Dependabot on every pull request.'],
      [
        'Are penetration tests performed?',
        'Our systems are tested for vulnerabilities: Penetration test summary.',
      ],
      ['Is customer data deleted on request?', 'Customer documents are deleted within 30 days.'],
    ];
    for (const [question, answer] of stated)
      expect(unconfirmedSpecifics(question, answer, ''), question).toEqual([]);
  });

  it('accepts an answer that says them, and what the topic itself names', () => {
    const said: [question: string, answer: string, phrasing: string][] = [
      ['Do you encrypt data in transit with TLS 1.2 or higher?', 'All traffic uses TLS 1.2+.', ''],
      [
        'Is the security policy reviewed annually?',
        'Information security policy (dated 2026-04-01, next review by 2027-04-01).',
        '',
      ],
      // MFA is the topic's own word; the answer may spell it out.
      [
        'Do you enforce MFA for all employees?',
        'Multi-factor authentication is required.',
        'Is MFA enforced?',
      ],
      // A figure inside a name, examples offered as alternatives, and SSL for TLS are not commitments of their own.
      ['Is 2FA enforced?', 'Multi-factor authentication is required.', ''],
      [
        'Do you have an attestation report such as SOC 1 or SOC 2?',
        'Our SOC 2 Type II report is available.',
        'SOC 2 report',
      ],
      ['Is traffic encrypted with SSL?', 'All traffic uses TLS 1.2+.', ''],
    ];
    for (const [question, answer, phrasing] of said)
      expect(unconfirmedSpecifics(question, answer, phrasing), question).toEqual([]);
    // A date in the answer is not the figure asked for.
    expect(
      unconfirmedSpecifics(
        'Was a penetration test done in the last 12 months?',
        'Pentest summary, dated 2026-12-01.',
        '',
      ),
    ).toEqual(['12']);
  });
});

describe('askedInNegative and asksDefaultOn', () => {
  it('reads a question asked in the negative', () => {
    expect(askedInNegative('Please confirm that customer data is not used for training.')).toBe(true);
    expect(askedInNegative("Confirm you don't train on our prompts.")).toBe(true);
    expect(askedInNegative('Customer data is never used to train AI models.')).toBe(true);
    expect(askedInNegative('Is customer data used to train models, whether or not we opt in?')).toBe(false);
    expect(askedInNegative('Is MFA enforced for all users, not only administrators?')).toBe(false);
    expect(askedInNegative('Is our data used to train your models?')).toBe(false);
  });

  it('reads a question about what is on unless the customer opts out', () => {
    expect(asksDefaultOn('Is training on our data on by default unless we opt out?')).toBe(true);
    expect(asksDefaultOn('Is our data used for model improvement unless the customer opts out?')).toBe(true);
    expect(asksDefaultOn('Is training on customer data opt-in?')).toBe(false);
    expect(asksDefaultOn('Can we opt out of model training?')).toBe(false);
  });
});

describe('asksAboutHarm', () => {
  it('names the unwanted state a question asks about', () => {
    expect(asksAboutHarm('Has your company experienced a data breach?')).toBe('a past breach or incident');
    expect(asksAboutHarm('Have you had a security incident in the past 24 months?')).toBe(
      'a past breach or incident',
    );
    expect(asksAboutHarm('Have you been breached?')).toBe('a past breach or incident');
    expect(asksAboutHarm('Are there known vulnerabilities that remain unpatched?')).toBe(
      'open vulnerabilities or findings',
    );
    expect(asksAboutHarm('Are any critical findings still open?')).toBe('open vulnerabilities or findings');
    expect(asksAboutHarm("Is our data commingled with other customers' data?")).toBe(
      "data mixed with other customers' data",
    );
    expect(asksAboutHarm('Does the system make automated decisions about people?')).toBe(
      'decisions made without a person',
    );
  });

  it('leaves questions about the practice alone', () => {
    expect(asksAboutHarm('Do you have an incident response plan?')).toBeUndefined();
    expect(asksAboutHarm('How quickly do you notify customers of a breach?')).toBeUndefined();
    expect(asksAboutHarm('Is there human review of AI outputs?')).toBeUndefined();
    expect(asksAboutHarm('How are vulnerabilities prioritised and patched?')).toBeUndefined();
  });
});

describe('unaddressedWords', () => {
  const vulnerabilities =
    'Vulnerability management\nDo you perform penetration tests?\nHow do you patch vulnerabilities?';
  const pentest =
    'Our systems are tested for vulnerabilities. Penetration test summary (2026). Available on request.';

  it("names what a question asks that neither the answer nor the topic's phrasings say", () => {
    expect(
      unaddressedWords('Can customers run their own vulnerability scans?', pentest, vulnerabilities),
    ).toEqual(['customers', 'run', 'own']);
    expect(
      unaddressedWords(
        'Have you had a personal data breach in the last three years?',
        'We have a documented incident response plan. We notify affected customers within 72 hours.',
        'Incident response\nDo you have an incident response plan?',
      ),
      // "breach" is the answer's "incident" in the lexicon; what is not answered is whether one happened.
    ).toEqual(['personal', 'last', 'three', 'years']);
  });

  it('names no contraction\'s tail as a word (SurfSense: "\'ve")', () => {
    const words = unaddressedWords(
      "Once we've connected your Slack, what stops someone pulling other teams' channels?",
      'Each workspace is separated by a filter.',
      'Tenant isolation',
    );
    expect(words).toContain('channels');
    expect(words.filter((word) => /^'|'$/.test(word))).toEqual([]);
  });

  it('is empty where the answer or the topic covers most of the question', () => {
    expect(unaddressedWords('Do you perform regular penetration tests?', pentest, vulnerabilities)).toEqual(
      [],
    );
    // Two uncovered words are a detail of the question, not another question.
    expect(
      unaddressedWords('Are the results of your penetration tests shared?', pentest, vulnerabilities),
    ).toEqual([]);
    // Framing ("you should prefer a provider that…") is not what is asked.
    expect(
      unaddressedWords(
        'Vulnerability management: you should prefer a provider that patches vulnerabilities',
        pentest,
        vulnerabilities,
      ),
    ).toEqual([]);
  });
});

describe('leadWithTime', () => {
  it('puts the sentence with the time first when the question asks how long or how soon', () => {
    expect(
      leadWithTime(
        'What is your breach notification timeline to customers?',
        'We have a documented incident response plan. Available on request. We notify affected customers within 72 hours of confirming it. Report issues to security@example.com.',
      ),
    ).toBe(
      'We notify affected customers within 72 hours of confirming it. We have a documented incident response plan. Available on request. Report issues to security@example.com.',
    );
  });

  it('reads "within what time" and "timeframe" as asking how soon', () => {
    expect(
      leadWithTime(
        'Within what time do you notify customers of incidents?',
        'We have a plan. We notify within 72 hours.',
      ),
    ).toBe('We notify within 72 hours. We have a plan.');
  });

  it('keeps a list whole: a time inside one item is not cut from its label (LibreChat)', () => {
    const list =
      'Chat messages: A user deletes a conversation in the app. Temporary chats are removed after the configured retention, 30 days by default; Model replies: Deleted with the conversation; Uploaded files: A user deletes a file.';
    expect(leadWithTime('How long will uploaded files stay on your platform?', list)).toBe(list);
  });

  it('leaves other questions, and answers without a time, as they are', () => {
    const text = 'We have a documented incident response plan. We notify within 72 hours.';
    expect(leadWithTime('Do you have an incident response plan?', text)).toBe(text);
    expect(leadWithTime('How quickly do you respond?', 'We have a plan. Available on request.')).toBe(
      'We have a plan. Available on request.',
    );
  });
});

describe('asksAboutThirdParties', () => {
  it("reads a question about providers', vendors' or sub-processors' own practice", () => {
    for (const question of [
      'Do your AI providers have SOC 2 reports?',
      'Are your sub-processors ISO 27001 certified?',
      'Have your AI vendors disclosed their security certifications?',
      'Do you require your vendors to encrypt customer data?',
      'Do all third parties undergo penetration testing?',
      'VM-03: Do subprocessors notify you of breaches?',
    ])
      expect(asksAboutThirdParties(question), question).toBe(true);
  });

  it('does not read "the vendor" or "your provider", which in a questionnaire mean the company answering it', () => {
    for (const question of [
      'Does the vendor have a SOC 2 report?',
      'Your provider should encrypt all customer data at rest.',
      'Do you have a SOC 2 Type II report?',
      'Which third parties process our data?',
      'Do you encrypt data sent to your providers?',
    ])
      expect(asksAboutThirdParties(question), question).toBe(false);
  });
});

describe('asksAboutProductUsers', () => {
  it('reads the product’s users in a question, and staff words first', () => {
    for (const question of [
      'Can customer accounts use multi-factor authentication?',
      'Does the service offer multi-factor authentication for user accounts?',
      'Can we force every user in our workspace to use MFA?',
      'Does the product support multi-factor authentication for end users?',
      'Can customers enforce two-factor authentication for their users?',
      'Do you support MFA and SSO?',
    ])
      expect(asksAboutProductUsers(question), question).toBe(true);
    for (const question of [
      'Is MFA required for every administrative login?',
      'Do privileged users have to use MFA? Provide the policy or a screenshot.',
      'Do employees use MFA to access systems that hold customer data?',
      'Is 2FA enforced?',
      'Multi-factor authentication (Y/N)',
      'How is access to the VPN authenticated? (Check all that apply.)',
    ])
      expect(asksAboutProductUsers(question), question).toBe(false);
  });
});

describe('asksAboutProvisioning', () => {
  it('reads SCIM and provisioning questions apart from single sign-on', () => {
    expect(asksAboutProvisioning('Is SCIM provisioning available?')).toBe(true);
    expect(asksAboutProvisioning('Do you support automated user deprovisioning from our directory?')).toBe(
      true,
    );
    expect(asksAboutProvisioning('Do you support SAML SSO and SCIM?')).toBe(false);
    expect(asksAboutProvisioning('Can we log in with Okta?')).toBe(false);
  });
});

describe('unconfirmedSpecifics: sign-in protocols', () => {
  it('asks that a protocol the question names be in the answer, even where the topic names it (Langfuse: SAML)', () => {
    const vocabulary =
      'Single sign-on for customers. Does the application support single sign-on via SAML or OIDC?';
    expect(
      unconfirmedSpecifics(
        'Do you support SAML single sign-on with Okta or Azure AD?',
        'Users of Web sign in with OpenID Connect single sign-on.',
        vocabulary,
      ),
    ).toContain('SAML');
    expect(
      unconfirmedSpecifics(
        'Do you support SAML single sign-on?',
        'Users of Web sign in with SAML single sign-on.',
        vocabulary,
      ),
    ).not.toContain('SAML');
  });
});
