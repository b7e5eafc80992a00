/**
 * The store categories of the catalogue, spelled exactly as Jackpot sends a store's `category`
 * (and as the portal stores it in `Store.category`). The sandbox's catalogue uses the same labels
 * (`apps/jackpot-sandbox/src/catalogue/brands.ts`; `test/benefits-store-categories.test.ts` keeps
 * the two in step). A category this list does not know is allowed by no event.
 */
export const STORE_CATEGORIES = {
  cultureAndLeisure: 'Culture & Loisirs',
  techAndAppliances: 'High-Tech & Électroménager',
  sport: 'Sport',
  beautyAndWellbeing: 'Beauté & Bien-être',
  homeAndDiy: 'Maison & Bricolage',
  fashion: 'Mode & Accessoires',
  food: 'Alimentation',
  toysAndChildren: 'Jouets & Enfants',
  travelAndOutings: 'Voyages & Sorties',
  departmentStores: 'Grands magasins',
} as const;

export type StoreCategory = (typeof STORE_CATEGORIES)[keyof typeof STORE_CATEGORIES];
