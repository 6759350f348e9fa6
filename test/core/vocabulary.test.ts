import { describe, expect, it } from 'vitest';
import { holdsPlaceholder, isConfirmed, PLACEHOLDER_MARK } from '../../src/core/vocabulary.js';

describe('isConfirmed', () => {
  it('is false for an entry marked proposed, and for one still holding text discover wrote for a person to fill', () => {
    expect(isConfirmed({})).toBe(true);
    expect(isConfirmed({ status: 'proposed' })).toBe(false);
    const found = {
      id: 'openai',
      vendor: 'OpenAI',
      purpose: `${PLACEHOLDER_MARK} describe what it is used for`,
    };
    // Deleting the status line without saying what the vendor is for does not confirm it.
    expect(holdsPlaceholder(found)).toBe(true);
    expect(isConfirmed(found)).toBe(false);
    expect(isConfirmed({ ...found, purpose: '  proposed BY trustmap discover: describe it' })).toBe(false);
    expect(isConfirmed({ ...found, purpose: 'Answer generation' })).toBe(true);
    // Only the entry's own text counts, not a mention further in.
    expect(isConfirmed({ ...found, purpose: `Answers; was "${PLACEHOLDER_MARK}" before` })).toBe(true);
    // The starter's deletion text, one level down, is a placeholder too (every reviewer's app contradicted the
    // "offboarding job … within 30 days" it used to propose).
    const starter = {
      id: 'docs',
      deletion: { mechanism: `${PLACEHOLDER_MARK} say how documents are deleted` },
    };
    expect(isConfirmed(starter)).toBe(false);
    expect(isConfirmed({ id: 'docs', deletion: { mechanism: 'Deleted with the workspace' } })).toBe(true);
  });
});
