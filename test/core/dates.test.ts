import { expect, it } from 'vitest';
import { isCalendarDate } from '../../src/core/dates.js';

it('takes only days that exist, written YYYY-MM-DD', () => {
  for (const day of ['2024-02-29', '2026-12-31', '2026-01-01']) expect(isCalendarDate(day), day).toBe(true);
  for (const day of [
    '2026-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-01',
    '26-01-01',
    '',
  ])
    expect(isCalendarDate(day), day).toBe(false);
});
