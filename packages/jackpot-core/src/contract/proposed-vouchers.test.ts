import { describe, expect, it } from 'vitest';

import { proposeStoreVouchers, proposeVouchersAcrossStores } from './proposed-vouchers';

const bonus = { id: 'bonus', mode: 'BONUS' as const, rate: 10 };
const plain = { id: 'plain', mode: 'DISCOUNT' as const, rate: 0 };
const freeRange = {
  id: 'free',
  enabled: true,
  voucherValueMin: 1_000,
  voucherValueMax: 15_000,
  voucherPossibleDiscreteValues: [],
  offers: [bonus, plain],
};
const listed = {
  id: 'listed',
  enabled: true,
  voucherValueMin: 0,
  voucherValueMax: 0,
  voucherPossibleDiscreteValues: [2_000, 5_000, 10_000],
  offers: [bonus],
};

describe('proposed vouchers across stores', () => {
  it('proposes, per offer, the largest allowed value the amount pays for', () => {
    expect(proposeVouchersAcrossStores([freeRange, listed], 10_000, false)).toEqual([
      { storeId: 'free', offerId: 'bonus', mode: 'BONUS', value: 11_000, price: 10_000 },
      { storeId: 'free', offerId: 'plain', mode: 'DISCOUNT', value: 10_000, price: 10_000 },
      { storeId: 'listed', offerId: 'bonus', mode: 'BONUS', value: 10_000, price: 9_091 },
    ]);
  });

  it('leaves out disabled stores, and plain offers when strict', () => {
    const proposals = proposeVouchersAcrossStores([freeRange, { ...listed, enabled: false }], 10_000, true);
    expect(proposals.map((p) => p.offerId)).toEqual(['bonus']);
  });
});

describe('proposed vouchers of one store', () => {
  it('lists every allowed value whose price fits the session amount', () => {
    const proposals = proposeStoreVouchers(listed, 5_000, false);
    expect(proposals).toEqual([
      { storeId: 'listed', offerId: 'bonus', mode: 'BONUS', value: 2_000, price: 1_819 },
      { storeId: 'listed', offerId: 'bonus', mode: 'BONUS', value: 5_000, price: 4_546 },
    ]);
  });

  it('never proposes a price above the session amount', () => {
    const proposals = proposeStoreVouchers(freeRange, 3_333, false);
    for (const proposal of proposals) expect(proposal.price).toBeLessThanOrEqual(3_333);
    // Bonus: 10 € to 36 € (36 € costs 32.73 €); plain: 10 € to 33 €.
    expect(proposals.filter((p) => p.offerId === 'bonus')).toHaveLength(27);
    expect(proposals.filter((p) => p.offerId === 'plain')).toHaveLength(24);
  });
});
