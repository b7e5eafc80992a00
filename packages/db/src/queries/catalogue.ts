import type { DbClient } from '../client';
import { type OfferMode, Prisma } from '../generated/prisma/client';

// ------------------------------------------------------------------ writing the mirror

/** A store as the mirror keeps it: amounts in cents, rates in basis points. */
export interface MirrorStore {
  id: string;
  name: string;
  slug: string | null;
  category: string | null;
  description: string | null;
  mentions: string | null;
  baseColor: string | null;
  logoSmall: string | null;
  logoMedium: string | null;
  logoLarge: string | null;
  shippingTime: string | null;
  validity: string | null;
  valueMinCents: number;
  valueMaxCents: number;
  discreteValuesCents: number[];
  enabled: boolean;
  refundable: boolean;
  offers: Array<{ id: string; mode: OfferMode; rateBasisPoints: number }>;
}

/** Writes one store and exactly its offers (offers it no longer has are deleted). Run it in a transaction. */
export async function upsertMirrorStore(tx: DbClient, store: MirrorStore, syncedAt: Date): Promise<void> {
  const { offers, ...fields } = store;
  await tx.store.upsert({ where: { id: store.id }, create: { ...fields, syncedAt }, update: { ...fields, syncedAt } });
  await tx.offer.deleteMany({ where: { storeId: store.id, id: { notIn: offers.map((offer) => offer.id) } } });
  for (const offer of offers) {
    await tx.offer.upsert({
      where: { id: offer.id },
      create: { ...offer, storeId: store.id },
      update: { storeId: store.id, mode: offer.mode, rateBasisPoints: offer.rateBasisPoints },
    });
  }
}

/** Marks stores disabled without deleting them: past orders still name them. Returns how many changed. */
export async function disableMirrorStores(
  db: DbClient,
  where: { ids: string[] } | { notIn: string[] },
  syncedAt: Date,
): Promise<number> {
  const idFilter = 'ids' in where ? { in: where.ids } : { notIn: where.notIn };
  const result = await db.store.updateMany({
    where: { id: idFilter, enabled: true },
    data: { enabled: false, syncedAt },
  });
  return result.count;
}

// ------------------------------------------------------------------ browsing

export const CATALOGUE_SORTS = ['name', 'rate', 'minValue'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

export interface CatalogueListParams {
  search?: string;
  category?: string;
  /** Any of these categories (a wallet's, to show what it can buy). */
  categories?: string[];
  mode?: OfferMode;
  sort?: CatalogueSort;
  page?: number;
  pageSize?: number;
  /** Only the stores this user marked as favourite. */
  favouriteOf?: string;
}

export const CATALOGUE_PAGE_SIZE = 24;

const storeCardSelect = {
  id: true,
  name: true,
  category: true,
  baseColor: true,
  logoSmall: true,
  logoMedium: true,
  valueMinCents: true,
  valueMaxCents: true,
  discreteValuesCents: true,
  offers: { select: { id: true, mode: true, rateBasisPoints: true }, orderBy: { rateBasisPoints: 'desc' } },
} as const satisfies Prisma.StoreSelect;

export type StoreCard = Prisma.StoreGetPayload<{ select: typeof storeCardSelect }>;

// Accented letters folded to plain ones, so "decoration" finds "Décoration" without the unaccent extension.
const ACCENTED = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy';

/** Lower case without accents: how names are compared when searching. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

// Names compare folded (no case, no accents) and byte-wise, whatever the database's collation.
const foldedName = Prisma.sql`translate(lower(s.name), ${ACCENTED}, ${PLAIN}) COLLATE "C"`;

const orderBy: Record<CatalogueSort, Prisma.Sql> = {
  name: Prisma.sql`${foldedName}, s.id`,
  // A store's best offer first; stores without an offer last.
  rate: Prisma.sql`best_rate DESC NULLS LAST, ${foldedName}, s.id`,
  minValue: Prisma.sql`s."valueMinCents", ${foldedName}, s.id`,
};

const folded = (column: Prisma.Sql) => Prisma.sql`translate(lower(coalesce(${column}, '')), ${ACCENTED}, ${PLAIN})`;

/**
 * One page of enabled stores matching the filters: search by what people want (case and accents
 * ignored) in the name, the category and the description — "livres" finds the bookshops, "parfum"
 * the perfumeries — stores whose name matches first; category; and mode (stores with a real bonus
 * or discount of that mode); and, for one user, their favourites.
 */
export async function listCatalogueStores(
  db: DbClient,
  params: CatalogueListParams,
): Promise<{ stores: StoreCard[]; total: number; page: number; pageSize: number }> {
  const pageSize = Math.min(Math.max(params.pageSize ?? CATALOGUE_PAGE_SIZE, 1), 100);
  const page = Math.max(params.page ?? 1, 1);
  const search = params.search?.trim() ? `%${escapeLike(foldForSearch(params.search.trim()))}%` : null;
  const conditions = [Prisma.sql`s.enabled`];
  const nameMatches = search ? Prisma.sql`${folded(Prisma.sql`s.name`)} LIKE ${search}` : null;
  if (search) {
    conditions.push(
      Prisma.sql`(${nameMatches} OR ${folded(Prisma.sql`s.category`)} LIKE ${search} OR ${folded(Prisma.sql`s.description`)} LIKE ${search})`,
    );
  }
  if (params.category) conditions.push(Prisma.sql`s.category = ${params.category}`);
  if (params.categories) conditions.push(Prisma.sql`s.category = ANY(${params.categories})`);
  if (params.mode) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM offers o WHERE o."storeId" = s.id AND o.mode = ${params.mode}::"OfferMode" AND o."rateBasisPoints" > 0)`,
    );
  }
  if (params.favouriteOf) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM favourites f WHERE f."storeId" = s.id AND f."userId" = ${params.favouriteOf}::uuid)`,
    );
  }
  // "Best rate" compares the offers of the chosen mode only, when there is one.
  const rateOffers = params.mode
    ? Prisma.sql`o."storeId" = s.id AND o.mode = ${params.mode}::"OfferMode"`
    : Prisma.sql`o."storeId" = s.id`;
  const rows = await db.$queryRaw<Array<{ id: string; total: bigint }>>`
    SELECT s.id::text AS id, count(*) OVER () AS total,
           (SELECT max(o."rateBasisPoints") FROM offers o WHERE ${rateOffers}) AS best_rate
    FROM stores s
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${nameMatches ? Prisma.sql`(${nameMatches}) DESC, ` : Prisma.empty}${orderBy[params.sort ?? 'name']}
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const total = rows[0] ? Number(rows[0].total) : await countMatchingWhenPastTheEnd(db, conditions, page);
  const found = await db.store.findMany({ where: { id: { in: rows.map((row) => row.id) } }, select: storeCardSelect });
  const byId = new Map(found.map((store) => [store.id, store]));
  const stores = rows.map((row) => byId.get(row.id)).filter((store): store is StoreCard => store !== undefined);
  return { stores, total, page, pageSize };
}

// A page past the last one has no rows to carry the total; only then is it counted on its own.
async function countMatchingWhenPastTheEnd(db: DbClient, conditions: Prisma.Sql[], page: number): Promise<number> {
  if (page === 1) return 0;
  const [row] = await db.$queryRaw<
    Array<{ total: bigint }>
  >`SELECT count(*) AS total FROM stores s WHERE ${Prisma.join(conditions, ' AND ')}`;
  return Number(row?.total ?? 0);
}

/** The categories of enabled stores, with how many stores each has, by name. */
export async function listCatalogueCategories(db: DbClient): Promise<Array<{ category: string; stores: number }>> {
  const groups = await db.store.groupBy({
    by: ['category'],
    where: { enabled: true, category: { not: null } },
    _count: { _all: true },
    orderBy: { category: 'asc' },
  });
  return groups.flatMap((group) =>
    group.category === null ? [] : [{ category: group.category, stores: group._count._all }],
  );
}

/** One store with its offers (best first), enabled or not: a store page can say it is unavailable. */
export function findCatalogueStore(db: DbClient, storeId: string) {
  return db.store.findUnique({ where: { id: storeId }, include: { offers: { orderBy: { rateBasisPoints: 'desc' } } } });
}
export type CatalogueStore = NonNullable<Awaited<ReturnType<typeof findCatalogueStore>>>;

/** Enabled stores with their offers, to compute proposals locally when Jackpot cannot answer. */
export function listEnabledStoresWithOffers(db: DbClient) {
  return db.store.findMany({ where: { enabled: true }, include: { offers: true }, orderBy: { name: 'asc' } });
}

/** Display fields of the given stores, for joining Jackpot's proposals with the mirror. */
export function findStoreCards(db: DbClient, storeIds: string[]): Promise<StoreCard[]> {
  return db.store.findMany({ where: { id: { in: storeIds } }, select: storeCardSelect });
}
