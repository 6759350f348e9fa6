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
