import { describe, expect, it } from 'vitest';

import { isCrossSiteWrite, type RequestOrigin } from './cross-site-request';

const app = 'https://rewards.example.com';
const post = (overrides: Partial<RequestOrigin>): RequestOrigin => ({
  method: 'POST',
  pathname: '/api/trpc/orders.reserve',
  origin: null,
  secFetchSite: null,
  ...overrides,
});

describe('cross-site requests', { tags: ['security'] }, () => {
  it("refuses a POST whose Origin is not the portal's", () => {
    expect(isCrossSiteWrite(post({ origin: 'https://evil.example' }), app)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: 'http://rewards.example.com' }), app)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: 'https://rewards.example.com.evil.example' }), app)).toBe(true);
    expect(isCrossSiteWrite(post({ origin: 'null' }), app)).toBe(true);
    expect(isCrossSiteWrite(post({ pathname: '/signin', origin: 'https://evil.example' }), app)).toBe(true);
    expect(isCrossSiteWrite(post({ method: 'DELETE', origin: 'https://evil.example' }), app)).toBe(true);
  });

  it('refuses a POST without Origin that the browser marks as coming from another site', () => {
    expect(isCrossSiteWrite(post({ secFetchSite: 'cross-site' }), app)).toBe(true);
    expect(isCrossSiteWrite(post({ secFetchSite: 'same-site' }), app)).toBe(true);
  });

  it("lets the portal's own requests through, and clients that are no browser", () => {
    expect(isCrossSiteWrite(post({ origin: app, secFetchSite: 'same-origin' }), app)).toBe(false);
    expect(isCrossSiteWrite(post({ secFetchSite: 'same-origin' }), app)).toBe(false);
    expect(isCrossSiteWrite(post({}), app)).toBe(false);
  });

  it('leaves reads alone, and routes with their own proof of origin: webhooks and Auth.js', () => {
    expect(isCrossSiteWrite(post({ method: 'GET', origin: 'https://evil.example' }), app)).toBe(false);
    expect(isCrossSiteWrite(post({ pathname: '/api/webhooks/jackpot/secret', secFetchSite: 'cross-site' }), app)).toBe(
      false,
    );
    expect(isCrossSiteWrite(post({ pathname: '/api/auth/callback/oidc', origin: 'https://id.example.com' }), app)).toBe(
      false,
    );
  });
});
