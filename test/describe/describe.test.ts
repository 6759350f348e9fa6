import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeSystem,
  findAiPaths,
  renderDescriptionMarkdown,
  type SystemDescription,
} from '../../src/describe/index.js';
import { loadMap } from '../../src/map/index.js';
import { buildModel, vendorService } from '../../src/model/index.js';
import { ROOT } from '../helpers/runCli.js';
import { DOCS, docsStore, tinyModel } from '../questionnaire/fixtures.js';
import { companyYaml, modelFrom, NOW, result } from '../scope/profiles.js';

async function acme() {
  return buildModel(await loadMap(path.join(ROOT, 'examples/acme-ai')), { now: NOW });
}

function statements(description: SystemDescription) {
  return description.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.kind === 'paragraph'
        ? [block.statement]
        : block.kind === 'list'
          ? block.items
          : block.kind === 'table'
            ? block.table.rows.map((row) => ({ text: row.cells.join(' | '), sources: row.sources }))
            : [],
    ),
  );
}

describe('describeSystem', () => {
  it('drafts every section for the example company, each statement with a located source', async () => {
    const description = describeSystem(await acme());
    expect(description.organization).toBe('Acme AI');
    expect(description.asOf).toBe('2026-11-26');
    expect(description.sections.map((section) => section.id)).toEqual([
      'services',
      'commitments',
      'components',
      'boundary',
      'incidents',
      'changes',
      'internal-control',
      'criteria',
      'criteria-not-relevant',
      'subservice',
      'ai-paths',
    ]);
    const all = statements(description);
    expect(all.length).toBeGreaterThan(60);
    for (const statement of all) {
      expect(statement.sources.length, statement.text).toBeGreaterThan(0);
      for (const source of statement.sources)
        if (source.kind === 'map' && source.pointer !== 'flows')
          expect(source.location?.file, `${statement.text} → ${source.pointer}`).toBe(
            'examples/acme-ai/trustmap.yaml',
          );
    }
    const text = all.map((statement) => statement.text).join('\n');
    expect(text).toContain('Acme AI commits to an availability of 99.9% for its services.');
    expect(text).toContain(
      'Acme AI commits not to train models on customer data unless the customer opts in.',
    );
    expect(text).toContain('The platform team owns DocuMind API, Application database');
    expect(text).toContain('OpenAI does not keep the data it receives after answering a request.');
    expect(text).toContain('Customers decide whether to opt in to model improvement');
    expect(text).toMatch(
      /Outside the boundary \(carve-out method\): Amazon Web Services, OpenAI, Anthropic, Cohere, Datadog\./,
    );
  });

  it('splits components into infrastructure and software, and lists procedures from the map', async () => {
    const model = await acme();
    const components = describeSystem(model).sections.find((section) => section.id === 'components')!;
    const headings = components.blocks.flatMap((block) =>
      block.kind === 'heading' ? [`${block.level} ${block.text}`] : [],
    );
    expect(headings).toEqual([
      '3 Infrastructure',
      '4 Network and hosting',
      '4 Identity provider',
      '4 Continuous integration and source control',
      '4 Endpoints',
      '3 Software',
      '3 People',
      '4 Roles and responsibilities',
      '4 Hiring and training',
      '3 Procedures',
      '4 Change management',
      '4 Logical access',
      '4 User sign-in',
      '4 Monitoring and logging',
      '4 Encryption',
      '4 Backup and deletion',
      '4 Incident response',
      '4 Vendor management',
      '4 Vulnerability management',
      '4 Backup and restore',
      '4 Business continuity',
      '3 Data',
    ]);
    const signIn =
      components.blocks[
        components.blocks.findIndex((block) => block.kind === 'heading' && block.text === 'User sign-in') + 1
      ]!;
    expect(signIn.kind === 'list' && signIn.items.map((item) => item.text)).toEqual([
      'DocuMind API: users sign in with a password, SAML single sign-on or OpenID Connect single sign-on; multi-factor authentication is available to users (optional); SCIM provisioning is not offered. Every API request carries the signed session token the web app issues at sign-in.',
    ]);
    const tables = components.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
    expect(tables[1]!.rows.map((row) => row.cells[0])).toEqual([
      'DocuMind API',
      'Fine-tuning pipeline',
      'Fine-tuned model endpoint',
    ]);
    expect(tables[1]!.rows[0]!.sources[0]).toMatchObject({
      pointer: 'components/api',
      location: { line: model.map.source.locations['components/api']!.line },
    });
  });

  it("puts a vendor's vector store named only as a sub-processor on the retrieval path (retrieval-plugin)", () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [docsStore('api', { name: 'API', kind: 'api' })],
      subprocessors: [
        {
          id: 'pinecone',
          vendor: 'Pinecone',
          service: 'Index',
          purpose: 'Vectors',
          provider: 'pinecone',
          dataClasses: ['docs'],
        },
      ],
      flows: [{ id: 'upsert', from: 'api', to: 'pinecone', dataClasses: ['docs'], purpose: 'storage' }],
    });
    expect(findAiPaths(model).retrieval.map((path) => path.hops)).toEqual([['api', 'pinecone']]);
  });

  it('derives the inference, retrieval and training paths from flows', async () => {
    const paths = findAiPaths(await acme());
    expect(paths.inference.map((p) => p.hops)).toEqual([
      ['api', 'openai'],
      ['api', 'anthropic'],
      ['api', 'ft-endpoint'],
    ]);
    expect(paths.retrieval.map((p) => p.hops)).toContainEqual(['api', 'vector-index', 'api']);
    expect(paths.training).toEqual([
      expect.objectContaining({
        hops: ['app-db', 'training-bucket', 'ft-pipeline', 'ft-endpoint'],
        flows: ['export-opt-in', 'fine-tune', 'deploy-model'],
        conditions: [expect.stringContaining('model_improvement = true')],
      }),
    ]);
  });

  it('says so when the map has no path of a kind, and leaves out customer controls the map does not imply', () => {
    const model = modelFrom(companyYaml('name: Small\nstage: seed'));
    const description = describeSystem(model);
    const markdown = renderDescriptionMarkdown(description);
    expect(markdown).toContain('The map records no flow that carries data into training or fine-tuning.');
    expect(markdown).toContain('- Product API → Vector index → Product API (carries Embeddings).');
    expect(markdown).not.toContain('opt in to model improvement');
    expect(markdown).toContain('Model Vendor does not keep the data it receives after answering a request.');
    expect(markdown).toContain(
      '| Model Vendor | LLM API | answers | Prompts, Customer documents | to be chosen | none recorded |',
    );
  });

  it('states only what the map records: vendors’ controls as expected of them, no monitoring or promise it lacks', () => {
    // karakeep (7ca5ee2): "Cloudflare protects the physical facilities … that host the system" of a sign-up bot check
    // no component runs on, and "restricts logical access" with no terms on record. inbox-zero (4f70dce): "commits
    // to protect the systems …" cited to the company's name, and "Trustmap compares … on every push; … signed
    // ledger" with no such job.
    const model = modelFrom(companyYaml('name: Small\nstage: seed'));
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain(
      'Model Vendor is expected to restrict logical access to the data it receives to authorised personnel.',
    );
    expect(markdown).not.toMatch(/Model Vendor (?:restricts|notifies|protects)/);
    expect(markdown).not.toContain('protect the physical facilities');
    expect(markdown).not.toContain('Trustmap compares');
    expect(markdown).not.toContain('commits to protect');
    expect(markdown).toContain('Write the security commitments Small');
  });

  it('says a host runs the system only where it runs every service of ours, otherwise the parts it runs (Dataherald)', () => {
    // Dataherald (f894618): AWS, running its Slack bot and a bucket, was "expected to protect the physical facilities …
    // that host the system" beside an engine and a console the map hosts elsewhere.
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'engine', kind: 'service', name: 'Engine', dataClasses: ['docs'] },
        { id: 'bot', kind: 'service', name: 'Slack bot', dataClasses: ['docs'], subprocessor: 'aws' },
      ],
      subprocessors: [
        {
          id: 'aws',
          vendor: 'Amazon Web Services',
          service: 'Hosting',
          purpose: 'Runs the bot',
          dataClasses: ['docs'],
        },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('protect the physical facilities, hardware and network that host Slack bot');
    expect(markdown).not.toContain('that host the system');
  });

  it('says where the system runs only where every part of ours is placed, and what a store vendor hosts (morphik-core, open-saas)', () => {
    // morphik-core (ab3610c): the one region, on an optional vector store turbopuffer runs, read "The system runs in
    // the region aws-us-west-2" and turbopuffer "protect[s] the physical facilities … that host the system".
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        { id: 'api', kind: 'service', name: 'API', dataClasses: ['docs'] },
        {
          id: 'index',
          kind: 'vector-store',
          name: 'turbopuffer index',
          dataClasses: ['docs'],
          subprocessor: 'turbopuffer',
          region: 'aws-us-west-2',
        },
      ],
      subprocessors: [
        {
          id: 'turbopuffer',
          vendor: 'turbopuffer',
          service: 'Vector search',
          purpose: 'Optional index',
          dataClasses: ['docs'],
        },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).not.toContain('The system runs in');
    expect(markdown).toContain(
      'turbopuffer is expected to protect the physical facilities, hardware and network that host turbopuffer index, and to keep them available.',
    );
    // With the service placed too, and running on the same vendor, it is the system's region and host.
    const placed = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'api',
          kind: 'service',
          name: 'API',
          dataClasses: ['docs'],
          region: 'eu-west-1',
          subprocessor: 'host',
        },
        docsStore('db', { name: 'Database', region: 'eu-west-1' }),
      ],
      subprocessors: [
        { id: 'host', vendor: 'Host Co', service: 'Hosting', purpose: 'Runs the API', dataClasses: ['docs'] },
      ],
    });
    const whole = renderDescriptionMarkdown(describeSystem(placed));
    expect(whole).toContain('The system runs in the region eu-west-1 (Ireland).');
    expect(whole).toContain(
      'Host Co is expected to protect the physical facilities, hardware and network that host the system',
    );
  });

  it("says customers withdraw consent only where the training data's deletion says how (OpenPipe)", () => {
    const optIn = (mechanism: string) =>
      renderDescriptionMarkdown(
        describeSystem(
          tinyModel({
            tenancy: { trainingDefault: 'opt-in' },
            dataClasses: [
              DOCS,
              {
                id: 'train',
                name: 'Training rows',
                category: 'training-data',
                tenantScoped: true,
                deletion: { mechanism },
              },
            ],
            components: [
              { id: 'api', kind: 'service', dataClasses: ['docs'] },
              { id: 'ft', kind: 'fine-tuning-job', dataClasses: ['train'] },
            ],
            flows: [
              {
                id: 'to-ft',
                from: 'api',
                to: 'ft',
                dataClasses: ['docs'],
                purpose: 'fine-tuning',
                condition: { kind: 'tenant-opt-in', description: 'when the customer starts a fine-tune' },
              },
            ],
          } as never),
        ),
      );
    const kept = optIn('Rows go with the dataset; training files in blob storage are not deleted');
    expect(kept).toContain('Customers decide whether to opt in to model improvement.');
    expect(kept).not.toContain('withdraw consent');
    expect(optIn('The export job rebuilds the dataset without a tenant that withdraws consent')).toContain(
      'Customers decide whether to opt in to model improvement, and withdraw consent when they no longer agree.',
    );
  });

  it('states an isolation requirement only where the team wrote the policy (OpenPipe)', () => {
    const base = {
      dataClasses: [DOCS],
      components: [docsStore('db', { name: 'Database', tenancy: { model: 'application-filter' } })],
    };
    const unset = renderDescriptionMarkdown(
      describeSystem(tinyModel({ ...base, tenancy: { trainingDefault: 'opt-in' } } as never)),
    );
    expect(unset).not.toContain('separate customers in the datastore itself');
    const written = renderDescriptionMarkdown(
      describeSystem(tinyModel({ ...base, tenancy: { isolation: 'datastore-enforced' } } as never)),
    );
    expect(written).toContain(
      'Stores that hold data of several customers separate customers in the datastore itself. Not yet met by Database.',
    );
  });

  it('lists failing and unproven checks as notes for reviewers, most severe first', () => {
    const model = modelFrom(companyYaml('name: Small\nstage: seed'));
    expect(describeSystem(model, [result('ok', [], 'pass', 'high')]).sections.map((s) => s.id)).not.toContain(
      'review-notes',
    );
    const notes = describeSystem(model, [
      result('low-one', [], 'fail', 'low'),
      result('missing', [], 'needs-evidence', 'high'),
      result('bad', [], 'fail', 'critical', 'vectors'),
    ]).sections.at(-1)!;
    expect(notes.id).toBe('review-notes');
    const first = notes.blocks.find((block) => block.kind === 'table');
    const table = first?.kind === 'table' ? first.table : undefined;
    expect(table?.rows.map((row) => row.cells.slice(0, 4))).toEqual([
      ['bad', 'fail', 'critical', 'component vectors'],
      ['missing', 'needs evidence', 'high', 'component api'],
      ['low-one', 'fail', 'low', 'component api'],
    ]);
  });
});

describe('renderDescriptionMarkdown', () => {
  it('escapes hostile map text so it reads as text, not HTML, links or table cells', () => {
    const yaml = companyYaml('name: "<script>alert(1)</script> Co"\nstage: seed').replace(
      'name: Product API',
      'name: "Evil | *bold* [link](javascript:x) <img src=x onerror=alert(1)>"',
    );
    const markdown = renderDescriptionMarkdown(describeSystem(modelFrom(yaml)));
    expect(markdown).not.toMatch(/<script|<img/);
    expect(markdown).toContain('# &lt;script&gt;alert(1)&lt;/script&gt; Co: system description (draft)');
    expect(markdown).toContain(
      'Evil \\| \\*bold\\* \\[link\\](javascript:x) &lt;img src=x onerror=alert(1)&gt;',
    );
    const row = markdown.split('\n').find((line) => line.startsWith('| Evil'))!;
    // The pipe inside the name is escaped, so the row keeps its seven cells.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
  });

  it('renders the example company the same way every time', async () => {
    const model = await acme();
    const first = renderDescriptionMarkdown(describeSystem(model));
    expect(renderDescriptionMarkdown(describeSystem(model))).toBe(first);
    expect(first.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Services provided',
      '## Principal service commitments and system requirements',
      '## Components of the system',
      '## System boundary',
      '## System incidents',
      '## Significant changes during the period',
      '## Control environment, risk assessment, information and communication, and monitoring',
      '## Applicable trust services criteria and related controls',
      '## Criteria not relevant to the system',
      '## Subservice organisations and complementary controls',
      '## AI inference, retrieval and training paths',
    ]);
  });
});

describe('describeSystem for an auditor', () => {
  it('states no proposed entry as fact: it goes to the reviewer notes instead', async () => {
    const model = await acme();
    const map = {
      ...model.map,
      subprocessors: model.map.subprocessors.map((entry) =>
        entry.id === 'datadog' ? { ...entry, status: 'proposed' as const } : entry,
      ),
    };
    const { buildModel } = await import('../../src/model/index.js');
    const description = describeSystem(buildModel(map, { now: model.now }));
    const notes = description.sections.find((section) => section.id === 'review-notes')!;
    const facts = description.sections.filter((section) => section.id !== 'review-notes');
    const text = JSON.stringify(facts);
    // The API's own monitoring text names Datadog; statements about the vendor entry must be gone.
    expect(text).toMatch(/Anthropic does not train models/);
    expect(text).not.toMatch(
      /Datadog (does|deletes|restricts|notifies)|Datadog: data processing|Datadog \(Metrics/,
    );
    expect(JSON.stringify(notes)).toContain('Datadog is proposed in the map but not yet confirmed');
    // The flow to it is as confirmed as its end, as the answers and checks read it.
    expect(JSON.stringify(notes)).toContain(
      'send-telemetry joins an entry that is proposed but not yet confirmed; it is left out of this description',
    );
  });

  it('marks what the company must write, and fills the period from a history when there is one', async () => {
    const model = await acme();
    const without = describeSystem(model);
    const incidents = without.sections.find((section) => section.id === 'incidents')!;
    expect(incidents.blocks.map((block) => block.kind)).toEqual(['placeholder']);
    const withHistory = describeSystem(model, [], {
      window: { start: '2026-09-01', end: '2026-11-29' },
      incidents: [],
      changes: [],
      sources: [],
      basis: [{ kind: 'ledger', org: 'acme', seq: 1, hash: 'a'.repeat(64) }],
    });
    expect(withHistory.period).toEqual({ start: '2026-09-01', end: '2026-11-29' });
    const filled = withHistory.sections.find((section) => section.id === 'incidents')!;
    const first = filled.blocks[0]!;
    expect(first.kind === 'paragraph' && first.statement.text).toBe(
      'No incident and no failed isolation probe is recorded in the evidence ledger from 2026-09-01 to 2026-11-29.',
    );
    expect(first.kind === 'paragraph' && first.statement.sources).toHaveLength(1);
    // Regions are stated from the components, not from the organisation's own list.
    const services = JSON.stringify(without.sections[0]);
    expect(services).toContain('The system runs in the region us-east-1 (United States).');
    const markdown = renderDescriptionMarkdown(without);
    // Physical access is not relevant when a carved-out cloud hosts everything, and the table says so too.
    expect(markdown).toContain(
      '| CC6.4 | Physical access restricted | not relevant: see the criteria not relevant to the system |',
    );
    expect(markdown).toMatch(/CC6\.4 \(physical access\) is not relevant to controls Acme AI operates/);
    expect(markdown).not.toMatch(/Describe the controls that address [^;]*CC6\.4/);
    // No raw enum value or code span in the prose.
    expect(markdown).not.toMatch(/\(vector-store,|\bneeds-evidence\b|cloud-managed/);
  });

  it('says a path carries what reaches its end, not what every hop carries (agenta)', () => {
    // agenta (753af38): provider keys, sent only from the API to its services, read as reaching every model provider.
    const model = tinyModel({
      dataClasses: [
        { id: 'prompts', name: 'Prompts', category: 'prompts', tenantScoped: true },
        { id: 'keys', name: 'Provider keys', category: 'credentials', tenantScoped: true },
      ],
      components: [
        { id: 'api', name: 'API', kind: 'api', dataClasses: ['prompts', 'keys'] },
        { id: 'services', name: 'Services', kind: 'service', dataClasses: ['prompts', 'keys'] },
      ],
      subprocessors: [
        {
          id: 'llm',
          vendor: 'LLM Co',
          service: 'API',
          purpose: 'answers',
          ai: true,
          dataClasses: ['prompts'],
        },
      ],
      flows: [
        { id: 'call', from: 'api', to: 'services', dataClasses: ['prompts', 'keys'], purpose: 'inference' },
        { id: 'ask', from: 'services', to: 'llm', dataClasses: ['prompts'], purpose: 'inference' },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('API → Services → LLM Co (carries Prompts).');
    expect(markdown).not.toContain('LLM Co (carries Prompts, Provider keys)');
  });

  it('names the stores that do not meet the isolation the map requires (firecrawl)', () => {
    const model = tinyModel({
      tenancy: { isolation: 'application-filter-allowed' },
      dataClasses: [{ id: 'jobs', name: 'Jobs', category: 'customer-content', tenantScoped: true }],
      components: [
        {
          id: 'db',
          name: 'Database',
          kind: 'datastore',
          dataClasses: ['jobs'],
          tenancy: { model: 'application-filter' },
        },
        {
          id: 'logs',
          name: 'Application logs',
          kind: 'log-sink',
          dataClasses: ['jobs'],
          tenancy: { model: 'shared' },
        },
      ],
    });
    expect(renderDescriptionMarkdown(describeSystem(model))).toContain(
      'Stores that hold data of several customers separate customers in the application or the datastore. Not yet met by Application logs.',
    );
  });

  it('names a vendor with two entries by each service, once each (skyvern)', () => {
    expect(vendorService('Microsoft Azure', 'Azure Blob Storage')).toBe('Microsoft Azure Blob Storage');
    expect(vendorService('OpenAI', 'OpenAI API')).toBe('OpenAI API');
    const model = tinyModel({
      subprocessors: [
        {
          id: 'blob',
          vendor: 'Microsoft Azure',
          service: 'Azure Blob Storage',
          purpose: 'files',
          dataClasses: [],
        },
        {
          id: 'vault',
          vendor: 'Microsoft Azure',
          service: 'Azure Key Vault',
          purpose: 'secrets',
          dataClasses: [],
        },
      ] as never,
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('Microsoft Azure Blob Storage: no data processing agreement recorded');
    expect(markdown).toContain('Microsoft Azure Key Vault: no data processing agreement recorded');
  });

  it('keeps the parts each customer runs outside the boundary, and asks customers no tool the product may lack (unstract)', () => {
    // unstract (6b916ea): each organisation's own Milvus and Ollama were among "the 3 components listed below".
    const model = tinyModel({
      dataClasses: [{ id: 'people', name: 'Users', category: 'personal-data', tenantScoped: true }],
      components: [
        { id: 'api', name: 'Platform', kind: 'service', dataClasses: ['people'] },
        {
          id: 'milvus',
          name: 'Milvus (organisation’s own server)',
          kind: 'vector-store',
          hosting: 'customer-hosted',
        },
        {
          id: 'ollama',
          name: 'Ollama (organisation’s own server)',
          kind: 'inference-endpoint',
          hosting: 'customer-hosted',
        },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('consists of the one component listed below');
    expect(markdown).toContain(
      'Outside the boundary, run by each customer: Milvus (organisation’s own server) and Ollama (organisation’s own server).',
    );
    expect(markdown).not.toContain('Customers administer their own users');
    expect(markdown).toContain('Customers control who uses their Tiny AI accounts');
    expect(markdown).not.toContain('in their organisation');
  });

  it('keeps one stop where a sentence is built around the map’s own (WrenAI)', () => {
    // WrenAI (f2841bc): "Access through File readable … placeholders.: Connection profiles file." and "… placeholders..".
    const model = tinyModel({
      components: [
        {
          id: 'profiles',
          name: 'Connection profiles file',
          kind: 'datastore',
          accessControl: { mechanism: 'File readable only by its owner; secrets are placeholders.' },
        },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain(
      'Access through File readable only by its owner; secrets are placeholders: Connection profiles file.',
    );
    expect(markdown).toContain(
      'Connection profiles file: File readable only by its owner; secrets are placeholders.',
    );
    expect(markdown).not.toMatch(/placeholders\.[.:]/);
  });

  it('lists no part each customer runs among its own infrastructure, software or procedures (zep)', () => {
    // zep (7de18df): the stores each customer runs for its own deployment were in the infrastructure table, their
    // encryption among the company's procedures.
    const model = tinyModel({
      dataClasses: [{ id: 'people', name: 'Users', category: 'personal-data', tenantScoped: true }],
      components: [
        { id: 'api', name: 'Platform', kind: 'service', dataClasses: ['people'] },
        {
          id: 'db',
          name: 'Platform database',
          kind: 'datastore',
          dataClasses: ['people'],
          region: 'us-east-1',
        },
        {
          id: 'graph',
          name: 'Neo4j (customer’s own)',
          kind: 'datastore',
          hosting: 'customer-hosted',
          region: 'eu-west-1',
          encryption: { atRest: { enabled: true, mechanism: 'customer disk encryption' } },
        },
        { id: 'engine', name: 'Community edition', kind: 'service', hosting: 'customer-hosted' },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    const start = markdown.indexOf('Components of the system');
    const components = markdown.slice(start, markdown.indexOf('\n## ', start));
    expect(components).toContain('No owner is recorded for Platform, Platform database.');
    expect(components).toContain('Platform database');
    expect(components).not.toContain('Neo4j');
    expect(components).not.toContain('Community edition');
    expect(components).not.toContain('customer disk encryption');
    expect(components).not.toContain('eu-west-1');
    expect(markdown).toContain(
      'Outside the boundary, run by each customer: Neo4j (customer’s own) and Community edition.',
    );
    // Nothing is "described below" where nothing is (postiz, WrenAI: no description, no AI system).
    expect(markdown).not.toContain('provides the services described below');
    expect(markdown).toContain(
      'What Tiny AI provides is not yet described (“organization.description” in the map).',
    );
  });

  it("puts a vendor-run store under each customer's own account outside the boundary (vector-admin)", () => {
    // vector-admin (5cd91c3): each organisation's own Pinecone index, reached with the connection it saves, was inside
    // the system described while its customers' own Chroma and Qdrant were outside.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'docs',
          name: 'Documents',
          category: 'customer-content',
          sensitivity: 'confidential',
          tenantScoped: true,
        },
      ],
      components: [
        { id: 'api', name: 'API', kind: 'api', dataClasses: ['docs'] },
        {
          id: 'index',
          name: 'Pinecone index',
          kind: 'vector-store',
          hosting: 'vendor',
          subprocessor: 'pinecone',
          dataClasses: ['docs'],
        },
      ],
      subprocessors: [
        {
          id: 'pinecone',
          vendor: 'Pinecone',
          service: 'Vector database',
          purpose: 'stores vectors',
          account: 'customer',
          dataClasses: ['docs'],
        },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('consists of the one component listed below');
    // Run by the vendor under the customer's account, not by the customer (LLMStack 7013484: "run by each customer").
    expect(markdown).toContain(
      "Outside the boundary, run by vendors under each customer's own account: Pinecone index. Each customer runs and secures them, and holds those accounts.",
    );
  });

  it('says a tenant opting in to a feature switches it on, not that it consents to training (maybe)', () => {
    // maybe (77b5469): each user switching on the AI assistant, a tenant-opt-in inference flow, was said as customers
    // opting in to model improvement.
    const model = tinyModel({
      dataClasses: [
        { id: 'chats', name: 'Chats', category: 'prompts', sensitivity: 'confidential', tenantScoped: true },
      ],
      components: [{ id: 'api', name: 'API', kind: 'api', dataClasses: ['chats'] }],
      subprocessors: [
        {
          id: 'openai',
          vendor: 'OpenAI',
          service: 'API',
          purpose: 'assistant',
          ai: true,
          dataClasses: ['chats'],
        },
      ],
      flows: [
        {
          id: 'assistant',
          from: 'api',
          to: 'openai',
          dataClasses: ['chats'],
          purpose: 'inference',
          condition: { kind: 'tenant-opt-in', description: 'the user switches on the assistant' },
        },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).not.toContain('opt in to model improvement');
    expect(markdown).toContain(
      'Customers decide whether to switch on the features that send their data to OpenAI, which are off until they opt in.',
    );
    // docmost (549cf7c): a place other flows fill always is named with what only the opt-in sends it, not among the
    // places data goes only once customers opt in.
    const both = tinyModel({
      dataClasses: [
        { id: 'chats', name: 'Chats', category: 'prompts', sensitivity: 'confidential', tenantScoped: true },
        { id: 'vectors', name: 'Page embeddings', category: 'embeddings', tenantScoped: true },
      ],
      components: [
        { id: 'api', name: 'API', kind: 'api', dataClasses: ['chats'] },
        { id: 'db', name: 'PostgreSQL', kind: 'datastore', dataClasses: ['chats', 'vectors'] },
      ],
      flows: [
        { id: 'store', from: 'api', to: 'db', dataClasses: ['chats'], purpose: 'storage' },
        {
          id: 'embed',
          from: 'api',
          to: 'db',
          dataClasses: ['vectors'],
          purpose: 'embedding',
          condition: { kind: 'tenant-opt-in', description: 'a workspace turns on AI search' },
        },
      ],
    });
    expect(renderDescriptionMarkdown(describeSystem(both))).toContain(
      'Customers decide whether to switch on the features that send Page embeddings to PostgreSQL, which are off until they opt in.',
    );
  });

  it('says no customer limits who reaches a part we run open to all, and names no accounts where none sign in (farfalle)', () => {
    // farfalle.dev: a public search site and API with no sign-in, run by the company.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'questions',
          name: 'Questions',
          category: 'prompts',
          sensitivity: 'confidential',
          tenantScoped: true,
        },
      ],
      components: [
        {
          id: 'site',
          name: 'Search site',
          kind: 'service',
          hosting: 'self-hosted',
          dataClasses: ['questions'],
          userAuthentication: { methods: ['none'] },
        },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('Search site: has no user sign-in: anyone who can reach it may use it.');
    expect(markdown).not.toContain('Customers limit who can reach Search site');
    expect(markdown).not.toContain('misuse of their accounts');
    expect(markdown).toContain('Customers report suspected security incidents to');
    // retrieval-plugin: one shared bearer token is no account either.
    const token = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('api', { name: 'API', kind: 'api', userAuthentication: { methods: ['api-key'] } }),
      ],
    });
    expect(renderDescriptionMarkdown(describeSystem(token))).not.toContain('misuse of their accounts');
  });

  it("says one company's subservice controls once under one heading, its services' own terms named (farfalle: Microsoft three times)", () => {
    const service = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
      id,
      vendor: 'Microsoft',
      service: name,
      purpose: 'search',
      dataClasses: ['docs'],
      ...extra,
    });
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [docsStore('store')],
      subprocessors: [
        service('azure-openai', 'Azure OpenAI', { ai: true, terms: { training: 'never', retention: '30d' } }),
        service('bing', 'Bing Web Search API'),
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown.match(/#### Microsoft\n/g)).toHaveLength(1);
    expect(
      markdown.match(/Microsoft is expected to restrict logical access to the data it receives/g),
    ).toHaveLength(1);
    expect(markdown).toContain('Microsoft (Azure OpenAI) does not train models on the data it receives.');
  });

  it('says no one deletes data that expires on its own (openlit)', () => {
    const model = tinyModel({
      dataClasses: [
        {
          ...DOCS,
          deletion: {
            mechanism:
              "The customer's ClickHouse deletes traces automatically once they are older than the retention period",
          },
        },
      ],
      components: [docsStore('store')],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).not.toContain('delete their data themselves');
    expect(markdown).not.toContain('Customers can delete some of their data themselves');
    // resume-matcher: "Nothing expires on its own" is no expiry.
    const kept = tinyModel({
      dataClasses: [
        {
          ...DOCS,
          deletion: { mechanism: 'The user deletes a resume in the app. Nothing expires on its own.' },
        },
      ],
      components: [docsStore('store')],
    });
    expect(renderDescriptionMarkdown(describeSystem(kept))).toContain(
      'Customers delete their data themselves when they leave.',
    );
  });

  it("describes a product each customer runs as theirs: no '0 components', physical access the customer's (pr-agent, openlit)", () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('server', { name: 'PR reviewer', kind: 'service', hosting: 'customer-hosted' }),
        docsStore('index', { name: 'Issue index', hosting: 'customer-hosted' }),
      ],
      subprocessors: [
        // Under each customer's account, with no provider id and no cloud on any component: never a host of ours.
        {
          id: 'groq',
          vendor: 'Groq',
          service: 'API',
          purpose: 'models',
          ai: true,
          account: 'customer',
          dataClasses: ['docs'],
        },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).not.toContain('the 0 components');
    expect(markdown).toContain('No component of the system is run by Tiny AI');
    expect(markdown).toContain(
      "CC6.4 (physical access) is not relevant to controls Tiny AI operates: every component runs in each customer's own environment, whose physical security is the customer's.",
    );
    expect(markdown).not.toMatch(/physical access to the data centres is the responsibility of Groq/);
    expect(markdown).not.toContain('cloud managed or vendor hosted');
    // aider (5dc9490): nothing is submitted to a company whose product runs at each customer's.
    expect(markdown).toContain(
      "Customers decide which of their data they process with Tiny AI's product and classify it.",
    );
    expect(markdown).not.toContain('submit to Tiny AI');
    expect(markdown).toContain('Each customer runs and secures them');
  });

  it('says customers limit who can reach a part that takes no sign-in, not who may use the service (letta)', () => {
    // letta (56ba9c2): its API has no per-user sign-in; the description said customers decide who may use it.
    const model = tinyModel({
      dataClasses: [
        {
          id: 'accounts',
          name: 'Accounts',
          category: 'personal-data',
          sensitivity: 'confidential',
          tenantScoped: true,
        },
      ],
      components: [
        {
          id: 'api',
          name: 'Letta server',
          kind: 'api',
          hosting: 'customer-hosted',
          dataClasses: ['accounts'],
          userAuthentication: { methods: ['none'] },
        },
      ],
    });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain(
      'Customers limit who can reach Letta server, which takes no sign-in of its own, and review that access regularly.',
    );
    expect(markdown).not.toContain('Customers control who uses');
  });

  it('says the organisation regions as where the company operates or hosts data, not where its customers are (sec-insights)', () => {
    const model = tinyModel({ organization: { name: 'Tiny AI', stage: 'seed', regions: ['us'] } });
    const markdown = renderDescriptionMarkdown(describeSystem(model));
    expect(markdown).toContain('The company operates or hosts data in: US.');
    expect(markdown).not.toContain('serves customers in');
  });

  it('leaves no customer to limit who reaches an open part whose hosting the map does not say (llm-answer-engine)', () => {
    // llm-answer-engine (168c5d72): a public answer engine with no sign-in and no `hosting`; "Customers limit who can
    // reach" it moved the company's own open door onto its customers.
    const model = tinyModel({
      components: [
        { id: 'app', name: 'Answer engine', kind: 'service', userAuthentication: { methods: ['none'] } },
      ],
    });
    expect(renderDescriptionMarkdown(describeSystem(model))).not.toContain('Customers limit who can reach');
  });
});
