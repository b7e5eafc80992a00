import { z } from 'zod';

import { entityId, nonNegativeEurosAsCents } from './euros';
import { offerSchema, offerShape, withOfferRules } from './offer';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §3 Store. Display fields are optional (null or missing); the fields the project's rules
// depend on are required.
export const storeSchema = z.looseObject({
  id: entityId,
  name: z.string(),
  slug: z.string().nullish(),
  baseColor: z.string().nullish(),
  storeLogoSmall: z.string().nullish(),
  storeLogoMedium: z.string().nullish(),
  storeLogoLarge: z.string().nullish(),
  shippingTime: z.union([z.string(), z.number()]).nullish(),
  validityDate: z.union([z.string(), z.number()]).nullish(),
  mentions: z.string().nullish(),
  voucherValueMin: nonNegativeEurosAsCents,
  voucherValueMax: nonNegativeEurosAsCents,
  voucherPossibleDiscreteValues: z.array(nonNegativeEurosAsCents),
  category: z.string().nullish(),
  description: z.string().nullish(),
  enabled: z.boolean(),
  refundable: z.boolean(),
  offers: z.array(offerSchema),
});

export type Store = z.output<typeof storeSchema>;
export type StoreWire = z.input<typeof storeSchema>;

// §4 GET /v2/stores
export const storeListSchema = z.looseObject({ stores: z.array(storeSchema) });
export type StoreList = z.output<typeof storeListSchema>;

// §4 GET /v2/stores query filters [decision]; booleans travel as "true" / "false".
export const storeListQuerySchema = z.object({
  enabled: z
    .enum(['true', 'false'])
    .transform((flag) => flag === 'true')
    .optional(),
  category: z.string().min(1).optional(),
  q: z.string().min(1).optional(),
});
export type StoreListFilters = z.output<typeof storeListQuerySchema>;

// §4 GET /v2/stores/{storeId}/offers/{offerId} [decision]: the offer with its store.
export const offerDetailsSchema = withOfferRules(z.looseObject({ ...offerShape, store: storeSchema }));
export type OfferDetails = z.output<typeof offerDetailsSchema>;
export type OfferDetailsWire = z.input<typeof offerDetailsSchema>;
