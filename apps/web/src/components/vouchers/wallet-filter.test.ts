import { describe, expect, it } from 'vitest';

import { daysBeforeExpiry, matchesWalletFilter, walletGroup } from './wallet-filter';

const now = new Date('2026-12-01T12:00:00Z');
const ready = { status: 'READY' as const, usedAt: null, validityDate: new Date('2027-06-01T00:00:00Z') };

describe('walletGroup', () => {
  it('puts a ready voucher in "to use", "used" once marked, "expired" past its validity', () => {
    expect(walletGroup(ready, now)).toBe('toUse');
    expect(walletGroup({ ...ready, usedAt: new Date('2026-11-30T10:00:00Z') }, now)).toBe('used');
    expect(walletGroup({ ...ready, validityDate: new Date('2026-11-30T00:00:00Z') }, now)).toBe('expired');
  });

  it('puts vouchers on their way or waiting for an admin in "in progress", and closed ones nowhere', () => {
    for (const status of ['PENDING', 'RESERVED', 'CONFIRMED', 'AWAITING_APPROVAL', 'REFUNDING'] as const) {
      expect(walletGroup({ ...ready, status }, now)).toBe('inProgress');
    }
    for (const status of ['FAILED', 'CANCELED', 'REFUNDED', 'REFUND_REJECTED'] as const) {
      expect(walletGroup({ ...ready, status }, now)).toBeNull();
      expect(matchesWalletFilter({ ...ready, status }, 'all', now)).toBe(true);
    }
  });
});

describe('daysBeforeExpiry', () => {
  it('counts the days left within the reminder window only, for vouchers still to use', () => {
    expect(daysBeforeExpiry(ready, now)).toBeNull();
    expect(daysBeforeExpiry({ ...ready, validityDate: new Date('2026-12-11T12:00:00Z') }, now)).toBe(10);
    expect(daysBeforeExpiry({ ...ready, usedAt: now, validityDate: new Date('2026-12-11T12:00:00Z') }, now)).toBeNull();
  });
});
