// Wire-shaped sample data for client tests (euros, as Jackpot sends them).
export const STORE_ID = '0b6f3a52-8d2c-4c1e-9f4a-1a2b3c4d5e6f';
export const OFFER_ID = '1c7e4b63-9e3d-4d2f-8a5b-2b3c4d5e6f70';
export const VOUCHER_ID = '2d8f5c74-af4e-4e30-9b6c-3c4d5e6f7081';

export const wireStore = {
  id: STORE_ID,
  name: 'Fnac',
  voucherValueMin: 10,
  voucherValueMax: 500,
  voucherPossibleDiscreteValues: [],
  enabled: true,
  refundable: true,
  offers: [{ id: OFFER_ID, storeId: STORE_ID, mode: 'BONUS', rate: 10 }],
};

export function wireVoucher(state = 'RESERVED') {
  return {
    id: VOUCHER_ID,
    state,
    value: 110,
    price: 100,
    reservationDate: '2026-01-01T10:00:00.000Z',
    resaExpireDate: '2026-01-03T10:00:00.000Z',
    couponId: 'ABCDEFGHIJ',
    storeId: STORE_ID,
    offerId: OFFER_ID,
    notificationKey: 'order-1',
  };
}

export const wireToken = (token: string, expiresIn = 3600) => ({
  access_token: token,
  token_type: 'Bearer',
  expires_in: expiresIn,
});
