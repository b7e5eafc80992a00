import { type Store, storeSchema, type StoreListFilters } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { CachedJson } from '../cached-json';
import { generateCatalogue } from './generate';
import { logoPath } from './logos';
import { type CatalogueEntry, type RefundPolicy } from './types';

/** Store fields the control API may change (store/update). */
export type StorePatch = Partial<
  Omit<Store, 'id' | 'offers' | 'enabled' | 'storeLogoSmall' | 'storeLogoMedium' | 'storeLogoLarge'>
>;

/**
 * The stores, in catalogue order, with their wire JSON cached: listing every store is the hot
 * path of the portal, so the full listing is serialized once per change, not per request.
 */
export class Catalogue {
  private entries: CatalogueEntry[] = [];
  private byId = new Map<string, CatalogueEntry>();
  private readonly changed = new Set<string>();
  private wireCache = new Map<string, unknown>();
  private listing: CachedJson | undefined;

  constructor(
    private readonly size: number,
    private publicUrl: string,
  ) {
    this.reset();
  }

  reset(): void {
    this.entries = generateCatalogue(this.size);
    this.byId = new Map(this.entries.map((entry) => [entry.store.id, entry]));
    this.changed.clear();
    this.invalidate();
  }

  setPublicUrl(publicUrl: string): void {
    this.publicUrl = publicUrl;
    this.invalidate();
  }

  get(storeId: string): CatalogueEntry | undefined {
    return this.byId.get(storeId);
  }

  all(): readonly CatalogueEntry[] {
    return this.entries;
  }

  /** The whole `{ stores }` answer, encoded once per change. */
  listingBody(): CachedJson {
    this.listing ??= new CachedJson({ stores: this.entries.map((entry) => this.wire(entry)) });
    return this.listing;
  }

  // "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
  /** Filtered listing (§4 `enabled`, `category`, `q`). */
  filtered(filters: StoreListFilters): unknown[] {
    const query = filters.q === undefined ? undefined : fold(filters.q);
    return this.entries
      .filter(({ store }) => filters.enabled === undefined || store.enabled === filters.enabled)
      .filter(({ store }) => filters.category === undefined || fold(store.category ?? '') === fold(filters.category))
      .filter(({ store }) => query === undefined || fold(store.name).includes(query))
      .map((entry) => this.wire(entry));
  }

  /** A store in its wire form (euros, absolute logo URLs). */
  wire(entry: CatalogueEntry): unknown {
    let wire = this.wireCache.get(entry.store.id);
    if (!wire) {
      wire = z.encode(storeSchema, this.withLogos(entry));
      this.wireCache.set(entry.store.id, wire);
    }
    return wire;
  }

  /** The store with absolute logo URLs (amounts still in cents). */
  withLogos(entry: CatalogueEntry): Store {
    const id = entry.store.id;
    return {
      ...entry.store,
      storeLogoSmall: `${this.publicUrl}${logoPath(id, 'small')}`,
      storeLogoMedium: `${this.publicUrl}${logoPath(id, 'medium')}`,
      storeLogoLarge: `${this.publicUrl}${logoPath(id, 'large')}`,
    };
  }

  setEnabled(storeId: string, enabled: boolean): CatalogueEntry | undefined {
    return this.change(storeId, (entry) => {
      entry.store.enabled = enabled;
    });
  }

  update(storeId: string, patch: StorePatch): CatalogueEntry | undefined {
    return this.change(storeId, (entry) => {
      Object.assign(entry.store, patch);
    });
  }

  setRefundPolicy(storeId: string, policy: RefundPolicy): CatalogueEntry | undefined {
    return this.change(storeId, (entry) => {
      entry.refundPolicy = policy;
    });
  }

  /** Stores that differ from the generated catalogue (persisted in the data file). */
  changedEntries(): CatalogueEntry[] {
    return [...this.changed].map((id) => this.byId.get(id)).filter((entry) => entry !== undefined);
  }

  restoreChanged(entries: readonly CatalogueEntry[]): void {
    for (const entry of entries) {
      const index = this.entries.findIndex((candidate) => candidate.store.id === entry.store.id);
      if (index < 0) continue;
      this.entries[index] = entry;
      this.byId.set(entry.store.id, entry);
      this.changed.add(entry.store.id);
    }
    this.invalidate();
  }

  private change(storeId: string, apply: (entry: CatalogueEntry) => void): CatalogueEntry | undefined {
    const entry = this.byId.get(storeId);
    if (!entry) return undefined;
    apply(entry);
    this.changed.add(storeId);
    this.wireCache.delete(storeId);
    this.listing = undefined;
    return entry;
  }

  private invalidate(): void {
    this.wireCache = new Map();
    this.listing = undefined;
  }
}

// Search ignores case and accents: "decouvertes" finds "Nature & Découvertes".
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
