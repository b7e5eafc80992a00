import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

// The proxy of a portal served over https.
const env = vi.hoisted(() => ({
  NODE_ENV: 'production',
  AUTH_URL: 'https://rewards.example.com' as string | undefined,
  JACKPOT_API_URL: 'https://api.jackpot.example',
  AUTH_OIDC_ISSUER: undefined as string | undefined,
}));
vi.mock('./env', () => ({ env }));

const { proxy } = await import('./proxy');

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`https://rewards.example.com${path}`, init);

describe('the proxy', { tags: ['security'] }, () => {
  it('gives each page its own nonce, in the answer and in the request Next.js renders', () => {
    const first = proxy(request('/catalogue'));
    const second = proxy(request('/catalogue'));
    const policy = first.headers.get('content-security-policy')!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    // NextResponse.next({ request: { headers } }) hands the overridden request headers on this way.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(first.headers.get('x-middleware-request-x-request-path')).toBe('/catalogue');
  });

  it('sends HSTS over https, and a policy that runs nothing on API answers', () => {
    expect(proxy(request('/')).headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    const api = proxy(request('/api/health'));
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(api.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  });

  it('refuses a write from another origin with 403, before any route', async () => {
    const refused = proxy(
      request('/api/trpc/orders.reserve', { method: 'POST', headers: { origin: 'https://evil.example' } }),
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'Cross-site request refused.' });
    const own = proxy(
      request('/api/trpc/orders.reserve', { method: 'POST', headers: { origin: 'https://rewards.example.com' } }),
    );
    expect(own.status).toBe(200);
  });
});
