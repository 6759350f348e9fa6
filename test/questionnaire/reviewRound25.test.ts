// What the twenty-fifth session's reviews found in the answers, each from the smallest map that shows it.
import { describe, expect, it } from 'vitest';
import { withAside } from '../../src/core/words.js';

describe('asides', () => {
  it('do not end a sentence inside the brackets (codel)', () => {
    expect(
      withAside(
        'SQLite database',
        "Codel does not encrypt the database file; disk encryption is the customer's choice.",
      ),
    ).toBe(
      "SQLite database (Codel does not encrypt the database file; disk encryption is the customer's choice)",
    );
    // An ellipsis is the map's own and stays.
    expect(withAside('Cache', 'kept a while...')).toBe('Cache (kept a while...)');
  });
});
