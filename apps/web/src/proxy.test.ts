import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

// The proxy of a portal served over https, in demo mode's shape only where a test says so.
const env = vi.hoisted(() => ({
  NODE_ENV: 'production',
  AUTH_URL: 'https://rewards.example.com' as string | undefined,
  JACKPOT_API_URL: 'https://api.jackpot.example',
  AUTH_OIDC_ISSUER: undefined as string | undefined,
  DEMO_MODE: false,
  DEMO_ACCESS_TOKEN: 'a-demo-access-token-of-32-characters' as string | undefined,
}));
vi.mock('./env', () => ({ env }));
// Whether PostgreSQL answers, as the proxy's probe would tell.
const database = vi.hoisted(() => ({ reachable: true }));
vi.mock('./server/database-health', () => ({
  createDatabaseHealth: () => ({ reachable: async () => database.reachable, close: async () => {} }),
}));

const { proxy } = await import('./proxy');

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`https://rewards.example.com${path}`, init);

describe('the proxy', { tags: ['security'] }, () => {
  it('gives each page its own nonce, in the answer and in the request Next.js renders', async () => {
    const first = await proxy(request('/catalogue'));
    const second = await proxy(request('/catalogue'));
    const policy = first.headers.get('content-security-policy')!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    // NextResponse.next({ request: { headers } }) hands the overridden request headers on this way.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(first.headers.get('x-middleware-request-x-request-path')).toBe('/catalogue');
  });

  it('sends HSTS over https, and a policy that runs nothing on API answers', async () => {
    expect((await proxy(request('/'))).headers.get('strict-transport-security')).toBe(
      'max-age=63072000; includeSubDomains',
    );
    const api = await proxy(request('/api/health'));
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(api.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  });

  it('refuses a write from another origin with 403, before any route', async () => {
    const refused = await proxy(
      request('/api/trpc/orders.reserve', { method: 'POST', headers: { origin: 'https://evil.example' } }),
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'Cross-site request refused.' });
    const own = await proxy(
      request('/api/trpc/orders.reserve', { method: 'POST', headers: { origin: 'https://rewards.example.com' } }),
    );
    expect(own.status).toBe(200);
  });

  it('in demo mode, turns the banner link into a cookie and takes the key out of the URL', async () => {
    env.DEMO_MODE = true;
    try {
      const granted = await proxy(request(`/signin?callbackUrl=%2Fvouchers&demo=${env.DEMO_ACCESS_TOKEN}`));
      expect(granted.status).toBe(303);
      expect(granted.headers.get('location')).toBe('https://rewards.example.com/signin?callbackUrl=%2Fvouchers');
      expect(granted.cookies.get('jackpot-demo-access')).toMatchObject({
        value: env.DEMO_ACCESS_TOKEN,
        httpOnly: true,
        sameSite: 'lax',
        secure: true,
      });
      const guessed = await proxy(request('/signin?demo=a-guess'));
      expect(guessed.status).toBe(303);
      expect(guessed.cookies.get('jackpot-demo-access')).toBeUndefined();
    } finally {
      env.DEMO_MODE = false;
    }
  });

  it('ignores the demo parameter outside demo mode', async () => {
    const response = await proxy(request(`/signin?demo=${env.DEMO_ACCESS_TOKEN}`));
    expect(response.status).toBe(200);
    expect(response.cookies.get('jackpot-demo-access')).toBeUndefined();
  });

  it('answers pages 503 "back in a moment" while the database is down, never a redirect; API routes pass', async () => {
    database.reachable = false;
    try {
      const page = await proxy(request('/vouchers', { headers: { cookie: 'authjs.session-token=x' } }));
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('5');
      expect(page.headers.get('location')).toBeNull();
      expect(page.headers.get('content-security-policy')).toMatch(/'nonce-/);
      expect(await page.text()).toContain('DATABASE_UNAVAILABLE');
      // tRPC answers its own 503 DATABASE_UNAVAILABLE; the health route says what it sees.
      expect((await proxy(request('/api/trpc/me.balance'))).status).toBe(200);
    } finally {
      database.reachable = true;
    }
  });
});
