// What the twenty-fifth session mended in the system description, from its reviews of real apps.
import { describe, expect, it } from 'vitest';
import { infrastructureTopics } from '../../src/describe/infrastructure.js';
import { DOCS, docsStore, tinyModel } from '../questionnaire/fixtures.js';

describe('where the system runs', () => {
  it('names the cloud and the country of its region, not "FLY-IO sin" (ai-getting-started, ChatFiles)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        {
          id: 'app',
          name: 'Web app',
          kind: 'service',
          dataClasses: ['docs'],
          cloud: 'fly-io',
          region: 'sin',
        },
        docsStore('db', { name: 'Database', cloud: 'fly-io', region: 'sin' }),
      ],
    });
    const text = JSON.stringify(infrastructureTopics(model));
    expect(text).toContain('Runs in Fly.io sin (Singapore): Web app, Database.');
    expect(text).not.toContain('FLY-IO');
  });
});

describe('access words that say only how the application reaches a store', () => {
  it('are said as the service’s access under network and hosting, not as an identity provider (ChatFiles)', () => {
    const model = tinyModel({
      dataClasses: [DOCS],
      components: [
        docsStore('db', {
          name: 'Document index',
          accessControl: { mechanism: 'The app connects with the Supabase service-role key' },
        }),
        docsStore('files', { name: 'Files', accessControl: { mechanism: 'Engineers through AWS SSO' } }),
      ],
    });
    const text = JSON.stringify(infrastructureTopics(model));
    expect(text).toContain(
      'How our services reach Document index: The app connects with the Supabase service-role key.',
    );
    expect(text).toContain('Access through Engineers through AWS SSO: Files.');
    expect(text).not.toContain('Access through The app connects');
  });
});
