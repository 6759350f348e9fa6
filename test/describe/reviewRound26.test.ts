// What the twenty-sixth session mended in the system description, from its reviews of real apps.
import { describe, expect, it } from 'vitest';
import { boundarySection } from '../../src/describe/boundary.js';
import { tinyModel } from '../questionnaire/fixtures.js';

describe('the boundary', () => {
  it('does not say we build and release a store in each user’s browser (chatgpt-clone)', () => {
    const model = tinyModel({
      dataClasses: [{ id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true }],
      components: [
        { id: 'app', name: 'Web app', kind: 'service', dataClasses: ['chats'], paths: ['server'] },
        {
          id: 'history',
          name: 'Conversation history',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['chats'],
          paths: ['client/js/chat.js'],
        },
        {
          id: 'ext',
          name: 'Browser extension',
          kind: 'service',
          hosting: 'customer-hosted',
          paths: ['extension'],
        },
      ],
    });
    const text = JSON.stringify(boundarySection(model));
    expect(text).toContain('builds and releases Browser extension from its own code');
    expect(text).not.toMatch(/builds and releases[^.]*Conversation history/);
  });
});
