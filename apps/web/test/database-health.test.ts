import { NextRequest } from 'next/server';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { createDatabaseHealth } from '~/server/database-health';
import { UNAVAILABLE_RETRY_AFTER_S, unavailablePage } from '~/server/unavailable-page';

// While PostgreSQL was down, pages answered 500 (Next.js gives any failed render 500, whatever
// error.tsx shows): the proxy now asks this probe first and answers 503 itself.

const up = createDatabaseHealth(inject('databaseUrl'), { freshMs: 60_000 });
// Nothing listens there: every connection is refused, as while PostgreSQL restarts.
const down = createDatabaseHealth('postgresql://postgres:postgres@127.0.0.1:9/jackpot', { freshMs: 0 });
afterAll(async () => {
  await up.close();
  await down.close();
});

describe('the database health probe', () => {
  it('answers whether PostgreSQL answers', async () => {
    expect(await up.reachable()).toBe(true);
    expect(await down.reachable()).toBe(false);
  });

  it('shares one probe among concurrent callers and keeps its answer while fresh', async () => {
    const health = createDatabaseHealth(inject('databaseUrl'), { freshMs: 60_000 });
    try {
      expect(await Promise.all([health.reachable(), health.reachable(), health.reachable()])).toEqual([
        true,
        true,
        true,
      ]);
      // Fresh: answered from memory even with the probe's connection closed.
      await health.close();
      expect(await health.reachable()).toBe(true);
    } finally {
      await health.close();
    }
  });
});

describe('the page answered while the database is down', () => {
  it('is a 503 with Retry-After, in the visitor’s language, styled under the page’s nonce', async () => {
    const request = new NextRequest('http://localhost:3000/vouchers', {
      headers: { cookie: 'NEXT_LOCALE=en', 'accept-language': 'fr' },
    });
    const response = unavailablePage(request, 'n0nce');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(UNAVAILABLE_RETRY_AFTER_S));
    expect(response.headers.get('location')).toBeNull();
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Back in a moment');
    expect(html).toContain('<style nonce="n0nce">');
    expect(html).not.toContain('<script');
  });

  it('falls back to the browser’s language without the cookie', async () => {
    const html = await unavailablePage(
      new NextRequest('http://localhost:3000/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } }),
      'n',
    ).text();
    expect(html).toContain('<html lang="fr">');
  });
});
