import { z } from 'zod';

import { COUPON_ID_PATTERN } from '../decisions';
import { VOUCHER_STATES } from '../voucher-lifecycle';
import { entityId, isoDateTime, nonNegativeEurosAsCents } from './euros';

export const voucherStateSchema = z.enum(VOUCHER_STATES);

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §3 Voucher: [doc] fields plus the [decision] ones; dates and ids the state does not imply yet
// may be null or missing.
export const voucherSchema = z.looseObject({
  id: entityId,
  state: voucherStateSchema,
  value: nonNegativeEurosAsCents,
  price: nonNegativeEurosAsCents,
  reservationDate: isoDateTime,
  validityDate: isoDateTime.nullish(),
  resaExpireDate: isoDateTime.nullish(),
  couponId: z.string().regex(COUPON_ID_PATTERN),
  signedUrl: z.url().nullish(),
  confirmDate: isoDateTime.nullish(),
  storeId: entityId,
  offerId: entityId,
  notificationKey: z.string(),
  userId: z.string().nullish(),
  canceledDate: isoDateTime.nullish(),
  refundDate: isoDateTime.nullish(),
});

export type Voucher = z.output<typeof voucherSchema>;
export type VoucherWire = z.input<typeof voucherSchema>;

// §4 GET /v2/voucher/{voucherId}/url [decision].
export const voucherUrlSchema = z.looseObject({
  signedUrl: z.url(),
  expiresAt: isoDateTime,
});
export type VoucherUrl = z.output<typeof voucherUrlSchema>;

// §4 Reservation bodies [decision].
export const reserveByPriceBodySchema = z.object({ price: nonNegativeEurosAsCents });
export const reserveByValueBodySchema = z.object({ value: nonNegativeEurosAsCents });
export type ReserveByPriceBody = z.output<typeof reserveByPriceBodySchema>;
export type ReserveByValueBody = z.output<typeof reserveByValueBodySchema>;
