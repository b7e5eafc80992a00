import { routes, storeListSchema, storeSchema } from '@jackpot-portal/jackpot-core';
import { describe, expect, it } from 'vitest';

import { generateCatalogue, initials } from '../src/catalogue/generate';
import { renderLogoSvg } from '../src/catalogue/logos';
import { type Json, sandbox } from './helpers';

describe('generated catalogue', () => {
  const catalogue = generateCatalogue();
  const stores = catalogue.map((entry) => entry.store);

  it('has at least 40 stores in at least 8 categories, with French retail names', () => {
    expect(stores.length).toBeGreaterThanOrEqual(40);
    expect(new Set(stores.map((store) => store.category)).size).toBeGreaterThanOrEqual(8);
    for (const name of [
      'Fnac',
      'Decathlon',
      'Sephora',
      'Darty',
      'Cultura',
      'Leroy Merlin',
      'Ikea',
      'Zalando',
      'Galeries Lafayette',
      'Carrefour',
      'Nature & Découvertes',
      'Boulanger',
    ]) {
      expect(stores.map((store) => store.name)).toContain(name);
    }
  });

  it('mixes offers, value rules, refundability and a disabled store', () => {
    const offers = stores.flatMap((store) => store.offers);
    expect(offers.some((offer) => offer.mode === 'BONUS' && offer.rate > 0)).toBe(true);
    expect(offers.some((offer) => offer.mode === 'DISCOUNT' && offer.rate > 0)).toBe(true);
    expect(offers.some((offer) => offer.rate === 0)).toBe(true);
    expect(new Set(offers.map((offer) => offer.rate)).size).toBeGreaterThanOrEqual(5);
    expect(stores.some((store) => store.voucherPossibleDiscreteValues.length > 0)).toBe(true);
    expect(stores.some((store) => store.voucherPossibleDiscreteValues.length === 0)).toBe(true);
    expect(stores.some((store) => store.refundable)).toBe(true);
    expect(stores.some((store) => !store.enabled)).toBe(true);
  });

  it('is deterministic: same ids on every generation, and growing it keeps the first stores', () => {
    const again = generateCatalogue();
    expect(again.map((entry) => entry.store)).toEqual(stores);
    const large = generateCatalogue(2000);
    expect(large).toHaveLength(2000);
    expect(new Set(large.map((entry) => entry.store.id)).size).toBe(2000);
    expect(new Set(large.map((entry) => entry.store.slug)).size).toBe(2000);
    expect(large.slice(0, stores.length).map((entry) => entry.store)).toEqual(stores);
  });

  it('every store is a valid contract Store', () => {
    for (const store of stores)
      expect(() =>
        storeSchema.parse({
          ...store,
          voucherValueMin: store.voucherValueMin / 100,
          voucherValueMax: store.voucherValueMax / 100,
          voucherPossibleDiscreteValues: store.voucherPossibleDiscreteValues.map((v) => v / 100),
        }),
      ).not.toThrow();
  });

  it('draws SVG logos with the base colour and the initials', () => {
    expect(initials('Leroy Merlin')).toBe('LM');
    expect(initials('Fnac')).toBe('FN');
    expect(initials('Nature & Découvertes')).toBe('ND');
    const svg = renderLogoSvg('Leroy Merlin', '#78BE20', 'large');
    expect(svg).toMatch(/^<svg [^>]*width="256"/);
    expect(svg).toContain('fill="#78BE20"');
    expect(svg).toContain('>LM</text>');
  });
});

describe('catalogue routes', () => {
  it('lists every store with the apikey, in the contract shape, with absolute logo URLs', async () => {
    const sbx = await sandbox();
    const { status, body } = await sbx.call('GET', routes.listStores(), { apikey: sbx.running.credentials.apiKey });
    expect(status).toBe(200);
    const parsed = storeListSchema.parse(body);
    expect(parsed.stores.length).toBeGreaterThanOrEqual(40);
    expect(body.stores.some((store: Json) => store.enabled === false)).toBe(true);
    const logo = body.stores[0].storeLogoMedium as string;
    expect(logo.startsWith(`${sbx.url}/logos/`)).toBe(true);
    const svg = await fetch(logo);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
  });

  it('serves the listing gzipped to clients that accept it, with an ETag for 304 revalidation', async () => {
    const sbx = await sandbox();
    const apikey = sbx.running.credentials.apiKey;
    const first = await fetch(`${sbx.url}${routes.listStores()}`, { headers: { apikey, 'accept-encoding': 'gzip' } });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(((await first.json()) as Json).stores.length).toBeGreaterThanOrEqual(40);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${sbx.url}${routes.listStores()}`, { headers: { apikey, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const store = (await sbx.findStore((s) => s.enabled)) as Json;
    await sbx.control('POST', `/stores/${store.id}/disable`);
    const changed = await fetch(`${sbx.url}${routes.listStores()}`, { headers: { apikey, 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('accepts any session too, and refuses a missing or wrong apikey', async () => {
    const sbx = await sandbox();
    expect((await sbx.call('GET', routes.listStores(), { token: await sbx.m2mSession() })).status).toBe(200);
    expect((await sbx.call('GET', routes.listStores(), { token: await sbx.clientSession() })).status).toBe(200);
    const missing = await sbx.call('GET', routes.listStores());
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('UNAUTHENTICATED');
    expect((await sbx.call('GET', routes.listStores(), { apikey: 'nope' })).status).toBe(401);
  });

  it('filters by enabled, category and accent-insensitive name search', async () => {
    const sbx = await sandbox();
    const apikey = sbx.running.credentials.apiKey;
    const disabled = await sbx.call('GET', `${routes.listStores()}?enabled=false`, { apikey });
    expect(disabled.body.stores.length).toBeGreaterThan(0);
    expect(disabled.body.stores.every((store: Json) => store.enabled === false)).toBe(true);
    const sport = await sbx.call('GET', `${routes.listStores()}?category=Sport`, { apikey });
    expect(sport.body.stores.map((store: Json) => store.name)).toContain('Decathlon');
    const search = await sbx.call('GET', `${routes.listStores()}?q=decouvertes`, { apikey });
    expect(search.body.stores.map((store: Json) => store.name)).toEqual(['Nature & Découvertes']);
    expect((await sbx.call('GET', `${routes.listStores()}?enabled=maybe`, { apikey })).status).toBe(400);
  });

  it('answers one store, one offer with its store, and 404 for unknown ids', async () => {
    const sbx = await sandbox();
    const apikey = sbx.running.credentials.apiKey;
    const store = await sbx.findStore((s) => s.name === 'Decathlon');
    const one = await sbx.call('GET', routes.getStore(store.id), { apikey });
    expect(one.body).toEqual(store);
    const offer = await sbx.call('GET', routes.getOffer(store.id, store.offers[0].id), { apikey });
    expect(offer.status).toBe(200);
    expect(offer.body).toMatchObject({ id: store.offers[0].id, storeId: store.id, store: { id: store.id } });
    const unknown = await sbx.call('GET', routes.getStore('00000000-0000-4000-8000-000000000000'), { apikey });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    expect(
      (await sbx.call('GET', routes.getOffer(store.id, '00000000-0000-4000-8000-000000000000'), { apikey })).status,
    ).toBe(404);
    expect((await fetch(`${sbx.url}/logos/${store.id}-huge.svg`)).status).toBe(404);
  });

  it('serves a larger catalogue for benchmarks', async () => {
    const sbx = await sandbox({ catalogueSize: 500 });
    const { body } = await sbx.call('GET', routes.listStores(), { apikey: sbx.running.credentials.apiKey });
    expect(body.stores).toHaveLength(500);
  });
});
