import { deterministicUuid, pick, type Random, seededRandom, seedFromString } from '../random';
import { BRANDS, type Brand, CITIES, MENTIONS, SHIPPING_TIMES } from './brands';
import { type Offer } from '@jackpot-portal/jackpot-core';

import { type CatalogueEntry, type RefundPolicy } from './types';

/** The catalogue a developer sees by default: every brand once. */
export const DEFAULT_CATALOGUE_SIZE = BRANDS.length;

// Always disabled in the generated catalogue, so that integrations meet a disabled store.
const DISABLED_SLUGS = new Set(['go-sport']);

const BONUS_RATES = [0, 2, 3, 5, 8, 10, 12, 15];
const DISCOUNT_RATES = [0, 2, 4, 5, 7, 10, 20];
const DISCRETE_VALUE_SETS = [
  [10, 20, 50, 100],
  [15, 30, 50, 75, 100, 150],
  [20, 40, 80, 150, 300],
  [25, 50, 100, 200],
  [5, 10, 15, 20, 25, 50],
];
const RANGES = [
  [5, 150],
  [10, 300],
  [15, 500],
  [20, 1000],
  [1, 250],
];

/**
 * Builds a deterministic catalogue: the same size always gives the same stores, and each store's
 * properties come from a random stream seeded by its slug, so ids and offers are stable across
 * restarts and do not change when the catalogue grows.
 */
export function generateCatalogue(size: number = DEFAULT_CATALOGUE_SIZE): CatalogueEntry[] {
  const stores: CatalogueEntry[] = [];
  for (let index = 0; index < size; index++) {
    const brand = BRANDS[index % BRANDS.length]!;
    const round = Math.floor(index / BRANDS.length);
    const name =
      round === 0
        ? brand.name
        : `${brand.name} ${CITIES[(round - 1) % CITIES.length]!}${round > CITIES.length ? ` ${Math.ceil(round / CITIES.length)}` : ''}`;
    stores.push(generateStore(brand, name, index));
  }
  return stores;
}

function generateStore(brand: Brand, name: string, index: number): CatalogueEntry {
  const slug = slugify(name);
  const random = seededRandom(seedFromString(slug));
  const id = deterministicUuid(`store:${slug}`);
  const discrete = random() < 0.5;
  const [min, max] = pick(random, RANGES) as [number, number];
  const discreteValues = discrete ? pick(random, DISCRETE_VALUE_SETS) : [];
  const refundable = random() < 0.3;
  const validityMonths = pick(random, [6, 12, 12, 12, 24]);
  return {
    store: {
      id,
      name,
      slug,
      baseColor: brand.baseColor,
      storeLogoSmall: null,
      storeLogoMedium: null,
      storeLogoLarge: null,
      shippingTime: pick(random, SHIPPING_TIMES),
      validityDate: `${validityMonths} mois`,
      mentions: pick(random, MENTIONS),
      voucherValueMin: (discrete ? Math.min(...discreteValues) : min) * 100,
      voucherValueMax: (discrete ? Math.max(...discreteValues) : max) * 100,
      voucherPossibleDiscreteValues: discreteValues.map((euros) => euros * 100),
      category: brand.category,
      description: brand.description,
      enabled: !DISABLED_SLUGS.has(slug),
      refundable,
      // Every sixth base store also has a plain (rate 0) offer, so `strict=true` has something to drop.
      offers: generateOffers(random, id, slug, index < DEFAULT_CATALOGUE_SIZE && index % 6 === 0),
    },
    validityMonths,
    refundPolicy: refundable ? pickRefundPolicy(random) : { outcome: 'reject', delayMs: 0 },
  };
}

function generateOffers(random: Random, storeId: string, slug: string, includePlain: boolean): Offer[] {
  const modes = random() < 0.25 ? (['BONUS', 'DISCOUNT'] as const) : ([random() < 0.5 ? 'BONUS' : 'DISCOUNT'] as const);
  const offers: Offer[] = modes.map((mode, i) => ({
    id: deterministicUuid(`offer:${slug}:${i}`),
    storeId,
    mode,
    rate: pick(random, mode === 'BONUS' ? BONUS_RATES : DISCOUNT_RATES),
  }));
  if (includePlain && offers.every((offer) => offer.rate !== 0)) {
    offers.push({ id: deterministicUuid(`offer:${slug}:plain`), storeId, mode: 'BONUS', rate: 0 });
  }
  return offers;
}

function pickRefundPolicy(random: Random): RefundPolicy {
  const draw = random();
  if (draw < 0.6) return { outcome: 'accept', delayMs: 3000 };
  if (draw < 0.8) return { outcome: 'reject', delayMs: 3000 };
  return { outcome: 'manual', delayMs: 0 };
}

export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' et ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Initials shown on the generated logo: "Leroy Merlin" → "LM", "Fnac" → "FN". */
export function initials(name: string): string {
  const words = name.split(/[\s\-&’']+/).filter((word) => /^[\p{L}\d]/u.test(word));
  if (words.length >= 2)
    return words
      .slice(0, 2)
      .map((word) => word[0]!.toUpperCase())
      .join('');
  return (words[0] ?? name).slice(0, 2).toUpperCase();
}
