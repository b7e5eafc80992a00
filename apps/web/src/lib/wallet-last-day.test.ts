import { describe, expect, it } from 'vitest';

import { walletLastDay } from './wallet-last-day';

describe('walletLastDay', () => {
  it('is the day before the closing instant: a campaign closing at midnight in Paris ends the day before', () => {
    const last = walletLastDay('2027-01-31T23:00:00Z');
    expect(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(last)).toBe(
      '31 January 2027',
    );
  });

  it('keeps a closing instant within a day on that day', () => {
    expect(walletLastDay(new Date('2026-12-24T12:00:00Z')).toISOString()).toBe('2026-12-24T11:59:59.999Z');
  });
});
