import { z } from 'zod';

import { entityId } from './euros';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §3 Offer [decision]: how a store's voucher is priced.
export const OFFER_MODES = ['BONUS', 'DISCOUNT'] as const;
export const offerModeSchema = z.enum(OFFER_MODES);
export type OfferMode = z.infer<typeof offerModeSchema>;

export const offerShape = {
  id: entityId,
  storeId: entityId,
  mode: offerModeSchema,
  // A percentage, e.g. 10; two decimals at most so that pricing stays in integers.
  rate: z
    .number()
    .min(0)
    .refine((rate) => Number(rate.toFixed(2)) === rate, { message: 'Expected a rate with at most two decimals' }),
};

// A discount of 100 % or more would make vouchers free (and the by-price formula divide by zero).
export function hasPossibleRate(offer: { mode: OfferMode; rate: number }): boolean {
  return offer.mode === 'BONUS' || offer.rate < 100;
}

const impossibleRate = { message: 'A discount rate must be below 100', path: ['rate'] };

export function withOfferRules<T extends z.ZodType<{ mode: OfferMode; rate: number }>>(schema: T) {
  return schema.refine(hasPossibleRate, impossibleRate);
}

export const offerSchema = withOfferRules(z.looseObject(offerShape));

export type Offer = z.output<typeof offerSchema>;
export type OfferWire = z.input<typeof offerSchema>;
