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
