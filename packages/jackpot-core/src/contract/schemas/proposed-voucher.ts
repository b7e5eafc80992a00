import { z } from 'zod';

import { entityId, nonNegativeEurosAsCents } from './euros';
import { offerModeSchema } from './offer';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §4 One proposed voucher: what an offer gives for one amount [decision].
export const proposedVoucherSchema = z.looseObject({
  storeId: entityId,
  offerId: entityId,
  mode: offerModeSchema,
  value: nonNegativeEurosAsCents,
  price: nonNegativeEurosAsCents,
});
export type ProposedVoucher = z.output<typeof proposedVoucherSchema>;
export type ProposedVoucherWire = z.input<typeof proposedVoucherSchema>;

export const proposedVoucherListSchema = z.looseObject({ vouchers: z.array(proposedVoucherSchema) });
export type ProposedVoucherList = z.output<typeof proposedVoucherListSchema>;

// §4 Query of GET /v2/stores/proposed-vouchers [decision]: `amount` in euros, defaulting to (and
// capped by) the session amount; `strict=true` leaves out offers without a real advantage.
export const proposedVouchersQuerySchema = z.object({
  amount: z.coerce.number().pipe(nonNegativeEurosAsCents).optional(),
  strict: z
    .enum(['true', 'false'])
    .transform((flag) => flag === 'true')
    .optional(),
});

// §4 Query of GET /v2/stores/{storeId}/proposed-vouchers [decision].
export const storeProposedVouchersQuerySchema = proposedVouchersQuerySchema.pick({ strict: true });
