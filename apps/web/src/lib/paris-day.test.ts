import { describe, expect, it } from 'vitest';

import { parisDay, parisDayStart } from './paris-day';

describe('campaign days in Paris', () => {
  it('starts a winter day at 23:00 UTC the day before, a summer day at 22:00', () => {
    expect(parisDayStart('2026-12-01')?.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(parisDayStart('2026-07-14')?.toISOString()).toBe('2026-07-13T22:00:00.000Z');
  });

  it('closes after the last day: the day after 31 January starts at 23:00 UTC on the 31st', () => {
    expect(parisDayStart('2027-01-31', 1)?.toISOString()).toBe('2027-01-31T23:00:00.000Z');
    // Across the change to summer time (29 March 2026).
    expect(parisDayStart('2026-03-28', 1)?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(parisDayStart('2026-03-29', 1)?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('reads an instant back as its Paris day, and refuses what is not a day', () => {
    expect(parisDay('2026-11-30T23:00:00.000Z')).toBe('2026-12-01');
    expect(parisDay(parisDayStart('2026-06-15')!)).toBe('2026-06-15');
    expect(parisDayStart('15/06/2026')).toBeNull();
  });
});
