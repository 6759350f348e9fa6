// What the twenty-fifth session's reviews found in the lineage, each from the smallest input that shows it.
import { describe, expect, it } from 'vitest';
import { edgeLines } from '../../src/lineage/describe.js';

describe('a lineage edge whose condition opens with "only for"', () => {
  it('is not preceded by "if" (coai, social-media-agent)', () => {
    const edge = (description: string) =>
      ({
        purpose: 'ingestion',
        classes: ['docs'],
        gated: false,
        condition: { kind: 'other', description },
      }) as unknown as Parameters<typeof edgeLines>[0];
    expect(edgeLines(edge('only for attached files other than plain text'))[0]).toBe(
      'only for attached files other than plain text: ingestion',
    );
    expect(edgeLines(edge('the user turns on web search'))[0]).toBe(
      'if the user turns on web search: ingestion',
    );
  });
});
