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
  });
});
