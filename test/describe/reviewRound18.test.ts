// What the eighteenth session's reviews of real apps found in the system description, each from the smallest map that
// shows it: mckaywrigley/chatbot-ui (81328b6), OpenBMB/ChatDev (b23950d).
import { describe, expect, it } from 'vitest';
import { describeSystem, renderDescriptionMarkdown } from '../../src/describe/index.js';
import { tinyModel } from '../questionnaire/fixtures.js';

describe('where customers report to', () => {
  // Chatbot UI, ChatDev: "report suspected vulnerabilities in the software to ChatDev", with no security contact in the
  // map or the repository, beside a trust center saying none is published.
  const model = (contact?: string) =>
    tinyModel({
      organization: { name: 'ChatDev', stage: 'seed', ...(contact ? { contact } : {}) },
      dataClasses: [{ id: 'docs', name: 'Tasks', category: 'customer-content', tenantScoped: true }],
      components: [
        { id: 'app', name: 'App', kind: 'service', hosting: 'customer-hosted', dataClasses: ['docs'] },
      ],
    });

  it('says the contact is not on record where none is, and names it where it is', () => {
    expect(renderDescriptionMarkdown(describeSystem(model()))).toContain(
      'report suspected vulnerabilities in the software to ChatDev, whose security contact is not yet on record.',
    );
    expect(renderDescriptionMarkdown(describeSystem(model('security@chatdev.example')))).toContain(
      'report suspected vulnerabilities in the software to security@chatdev.example.',
    );
  });
});

describe('data customers delete themselves', () => {
  // Khoj: documents "deleted when the user removes the file" were left out of what customers delete themselves.
  it('reads removing, clearing and "deleted when the user …" as the customer’s own deletion', () => {
    for (const mechanism of [
      'deleted when the user removes the file from the app',
      'a user clears the conversation',
      'deleted once the owner asks in the app',
    ]) {
      const model = tinyModel({
        dataClasses: [
          {
            id: 'docs',
            name: 'User documents',
            category: 'customer-content',
            tenantScoped: true,
            deletion: { mechanism },
          },
          { id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true },
        ],
        components: [{ id: 'db', name: 'Database', kind: 'datastore', dataClasses: ['docs', 'chats'] }],
      });
      expect(renderDescriptionMarkdown(describeSystem(model))).toContain(
        'Customers can delete some of their data themselves (User documents)',
      );
    }
  });

  it('not where the mechanism says no user does', () => {
    const model = tinyModel({
      dataClasses: [
        {
          id: 'docs',
          name: 'User documents',
          category: 'customer-content',
          tenantScoped: true,
          deletion: { mechanism: 'not deleted when a user leaves; an operator purges the table yearly' },
        },
      ],
      components: [{ id: 'db', name: 'Database', kind: 'datastore', dataClasses: ['docs'] }],
    });
    expect(renderDescriptionMarkdown(describeSystem(model))).not.toContain(
      'delete some of their data themselves',
    );
  });
});
