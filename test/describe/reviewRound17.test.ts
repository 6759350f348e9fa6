// What the seventeenth session's reviews of real apps found in the description, each from the smallest map that shows
// it: plandex-ai/plandex (9017ba3), sqlchat/sqlchat (4a47275).
import { describe, expect, it } from 'vitest';
import { describeSystem, renderDescriptionMarkdown } from '../../src/describe/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

describe("the data table's retention", () => {
  // plandex: "Model provider API keys: not kept" by policy, printed by its relay into a log that states no retention.
  const model = (logRetention?: string) =>
    tinyModel({
      dataClasses: [
        { id: 'keys', name: 'Provider keys', category: 'credentials', tenantScoped: true, retention: 'zero' },
        { id: 'docs', name: 'Plans', category: 'customer-content', tenantScoped: true, retention: '30d' },
      ],
      components: [
        { id: 'app', kind: 'service', retention: 'zero', dataClasses: ['keys', 'docs'] },
        { id: 'db', kind: 'datastore', dataClasses: ['docs'] },
        {
          id: 'relay-log',
          name: 'Relay log',
          kind: 'log-sink',
          dataClasses: ['keys'],
          ...(logRetention ? { retention: logRetention } : {}),
        },
      ],
    });
  const rowOf = (markdown: string, name: string) =>
    markdown.split('\n').find((line) => line.startsWith(`| ${name} |`)) ?? '';

  it('names a log that holds a class with no time on record beside the policy', () => {
    const markdown = renderDescriptionMarkdown(describeSystem(model()));
    expect(rowOf(markdown, 'Provider keys')).toContain(
      'but Relay log holds Provider keys, and how long it keeps it is not yet on record',
    );
    // A database where a class lives keeps it as its policy says.
    expect(rowOf(markdown, 'Plans')).not.toContain('but');
  });

  it('names a log that keeps a class longer than its policy, and says the policy alone once the log keeps it as long', () => {
    expect(rowOf(renderDescriptionMarkdown(describeSystem(model('90d'))), 'Provider keys')).toMatch(
      /but Relay log keeps Provider keys (?:for )?90 days/,
    );
    expect(rowOf(renderDescriptionMarkdown(describeSystem(model('zero'))), 'Provider keys')).not.toContain(
      'but',
    );
  });
});

describe('the AI paths and the customer controls', () => {
  const model = (condition: boolean) =>
    tinyModel({
      dataClasses: [{ id: 'prompts', name: 'Questions', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'app', name: 'App', kind: 'service', hosting: 'customer-hosted', dataClasses: ['prompts'] },
        {
          id: 'db',
          name: 'Customer database',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: [],
        },
      ],
      subprocessors: [
        {
          id: 'jina',
          vendor: 'Jina AI',
          service: 'Reader',
          purpose: 'Reads web links',
          account: 'none',
          dataClasses: ['prompts'],
        },
        {
          id: 'bedrock',
          vendor: 'Amazon Web Services',
          service: 'Amazon Bedrock',
          purpose: 'Answers',
          ai: true,
          dataClasses: ['prompts'],
        },
        { id: 's3', vendor: 'Amazon Web Services', service: 'Amazon S3', purpose: 'Files', dataClasses: [] },
      ],
      flows: [
        {
          id: 'read',
          from: 'app',
          to: 'jina',
          dataClasses: ['prompts'],
          purpose: 'retrieval',
          ...(condition
            ? { condition: { kind: 'other' as const, description: 'when a user turns web reading on' } }
            : {}),
        },
        { id: 'ask', from: 'app', to: 'bedrock', dataClasses: ['prompts'], purpose: 'inference' },
        { id: 'query', from: 'app', to: 'db', dataClasses: ['prompts'], purpose: 'retrieval' },
      ],
    });

  it('says a service reached anonymously on every use is no choice of the customer (QAnything)', () => {
    const always = renderDescriptionMarkdown(describeSystem(model(false)));
    expect(always).not.toContain('Customers decide whether their installation uses Jina AI');
    expect(always).toContain(
      'Customers accept, by running the product, that their installation sends data to Jina AI',
    );
    expect(renderDescriptionMarkdown(describeSystem(model(true)))).toContain(
      'Customers decide whether their installation uses Jina AI',
    );
  });

  it('names a vendor of several services by the service on the path, and titles a path with no embedding (suna, sqlchat)', () => {
    const markdown = renderDescriptionMarkdown(describeSystem(model(false)));
    expect(markdown).toContain('App → Amazon Bedrock');
    expect(markdown).not.toContain('→ Amazon Web Services');
    expect(markdown).toContain('### Retrieval path');
    expect(markdown).not.toContain('Retrieval and embedding path');
  });
});

describe("a product each customer runs, that nothing of the customers' reaches", () => {
  it('asks customers to report vulnerabilities, not incidents in their own installation (mealie, Nextcloud Assistant)', () => {
    const model = (hosting?: 'customer-hosted') =>
      tinyModel({
        dataClasses: [{ id: 'docs', name: 'Recipes', category: 'customer-content', tenantScoped: true }],
        components: [
          {
            id: 'app',
            name: 'Mealie',
            kind: 'service',
            ...(hosting ? { hosting } : {}),
            dataClasses: ['docs'],
          },
        ],
      });
    const theirs = renderDescriptionMarkdown(describeSystem(model('customer-hosted')));
    expect(theirs).not.toContain('Customers report suspected security incidents');
    expect(theirs).toContain(
      'Customers handle security incidents in their own installation, and report suspected vulnerabilities in the software to Tiny AI, whose security contact is not yet on record.',
    );
    expect(renderDescriptionMarkdown(describeSystem(model()))).toContain(
      'Customers report suspected security incidents',
    );
  });
});
