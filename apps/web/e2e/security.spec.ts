import http from 'node:http';

import type { APIRequestContext } from '@playwright/test';

import { demoAccessToken, grantDemoAccess } from './support/demo-access';
import { expect, test } from './support/fixtures';

// The findings of the security review (issue 9), each checked against the stack `npm start`
// runs. `npm run test:security` runs these with the tagged vitest tests.
const tag = '@security';

const alex = 'alex.dupont@acme.example';
const camille = 'camille.martin@acme.example';

test.describe('demo mode', { tag }, () => {
  test('an anonymous visitor sees no demo account, no outbox and no sign-in link', async ({
    page,
    browserProblems,
  }) => {
    browserProblems.allow(/status of 404/);
    await page.goto('/signin');
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expect(page.getByText(alex)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /envoyer un lien de connexion/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /boîte d’envoi/ })).toHaveCount(0);

    // Asking for the admin's link works as for anyone; the link stays out of reach.
    await page.getByLabel('E-mail professionnel').fill(alex);
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await expect(page).toHaveURL(/\/signin\/check-email/);
    await expect(page.getByRole('link', { name: /boîte d’envoi/ })).toHaveCount(0);

    for (const path of ['/demo/outbox', `/demo/outbox?to=${encodeURIComponent(alex)}`, '/demo/outbox?demo=wrong']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('a[href*="/api/auth/callback/"]')).toHaveCount(0);
    }
    const raw = await page.request.get(`/demo/outbox?to=${encodeURIComponent(alex)}`);
    expect(await raw.text()).not.toContain('/api/auth/callback/email');
  });

  test('the link printed by npm start opens the demo panel and the outbox, and leaves no key in the URL', async ({
    page,
  }) => {
    await page.goto(`/signin?${new URLSearchParams({ demo: demoAccessToken })}`);
    await expect(page).toHaveURL(/\/signin$/);
    await expect(page.getByRole('button', { name: /^Alex Dupont/ })).toBeVisible();
    const outbox = await page.goto('/demo/outbox');
    expect(outbox?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('security headers', { tag }, () => {
  test('every page carries a strict, nonce-based Content-Security-Policy and the other headers', async ({
    request,
  }) => {
    const nonces = new Set<string>();
    for (const path of ['/', '/signin', '/catalogue', '/demo/outbox']) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce, `${path}: script-src with a nonce`).toBeTruthy();
      nonces.add(nonce!);
      expect(scriptSrc, path).toContain("'strict-dynamic'");
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"])
        expect(csp, path).toContain(directive);
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      // Served over http here: HSTS would be meaningless (and ignored), so it is not sent.
      expect(headers['strict-transport-security'], path).toBeUndefined();
    }
    expect(nonces.size, 'a fresh nonce for every response').toBe(4);
  });

  test('API answers and static files carry the headers too', async ({ request, page }) => {
    await page.goto('/');
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    for (const path of ['/api/health', '/api/trpc/system.health', '/api/auth/session', script!]) {
      const headers = (await request.get(path)).headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
    const api = (await request.get('/api/health')).headers()['content-security-policy'] ?? '';
    expect(api).toContain("default-src 'none'");
    expect(api).toContain("frame-ancestors 'none'");
  });

  test('markup injected into a page runs no script, and the browser reports the violation', async ({
    page,
    browserProblems,
  }) => {
    browserProblems.allow(/Content Security Policy|CSP violation/);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/CSP violation: script-src/.test(message.text())) violations.push(message.text());
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The classic payload of an XSS through rendered markup: an inline event handler.
    const ran = await page.evaluate(async () => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__injected = true">');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    // The payload is not part of the page: the accessibility check at the end reads the page without it.
    await page.evaluate(() => document.querySelector('img[onerror]')?.remove());
  });

  test('another site cannot frame the portal', async ({ page, browserProblems, baseURL }) => {
    browserProblems.allow(/frame-ancestors|X-Frame-Options|ERR_BLOCKED_BY_RESPONSE/);
    // setContent waits for the load event, which waits for the frame to load (or be refused).
    await page.setContent(`<iframe src="${baseURL}/signin" width="800" height="600"></iframe>`);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame).toBeDefined();
    await expect(frame!.getByRole('heading', { name: 'Connexion' })).toHaveCount(0);
  });
});

test.describe('request limits', { tag }, () => {
  test('a tRPC batch larger than the client ever sends is refused with 400', async ({ request }) => {
    const batch = (size: number) =>
      request.get(
        `/api/trpc/${Array.from({ length: size }, () => 'system.health').join(',')}?batch=1&input=${encodeURIComponent('{}')}`,
      );
    expect((await batch(10)).status()).toBe(200);
    const refused = await batch(11);
    expect(refused.status()).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('Batch call exceeds maximum size');
  });

  test('state-changing requests from another origin are refused with 403', async ({ request, baseURL }) => {
    const markRead = (headers: Record<string, string>) =>
      request.post('/api/trpc/notifications.markRead', { headers, data: { json: {} } });
    expect((await markRead({ origin: 'https://evil.example' })).status()).toBe(403);
    expect((await markRead({ origin: 'null' })).status()).toBe(403);
    expect((await markRead({ 'sec-fetch-site': 'cross-site' })).status()).toBe(403);
    // The portal's own origin passes the check and meets the sign-in check instead.
    expect((await markRead({ origin: baseURL!, 'sec-fetch-site': 'same-origin' })).status()).toBe(401);

    // A server action (the sign-in form) posted from another site.
    const action = await request.post('/signin', {
      headers: { origin: 'https://evil.example', 'next-action': '0'.repeat(42), 'content-type': 'text/plain' },
      data: '[]',
      maxRedirects: 0,
    });
    expect(action.status()).toBe(403);
  });
});

/** A raw HTTP request, so a test can declare a body it never sends, or send one without end. */
function rawPost(
  baseURL: string,
  path: string,
  options: { headers: Record<string, string>; body?: 'none' | 'endless' },
): Promise<{ status: number; body: string; bytesSent: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, baseURL);
    let bytesSent = 0;
    let writing = true;
    const request = http.request(url, { method: 'POST', headers: options.headers }, (response) => {
      writing = false;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body, bytesSent });
      });
    });
    request.on('error', (error) => (writing ? reject(error) : undefined));
    request.setTimeout(20_000, () => request.destroy(new Error('no answer within 20 s')));
    if (options.body === 'endless') {
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (writing && bytesSent < 50_000_000) {
          bytesSent += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
      };
      pump();
    } else {
      request.flushHeaders();
    }
  });
}

test.describe('the Jackpot webhook', { tag }, () => {
  const secret = process.env.JACKPOT_WEBHOOK_SECRET!;

  test('a wrong secret is refused before the body is read', async ({ baseURL }) => {
    const answer = await rawPost(baseURL!, '/api/webhooks/jackpot/not-the-secret', {
      headers: { 'content-type': 'application/json', 'content-length': String(50_000_000) },
    });
    expect(answer.status).toBe(401);
  });

  test('a declared body above the limit is refused before it is read', async ({ baseURL }) => {
    const answer = await rawPost(baseURL!, `/api/webhooks/jackpot/${secret}`, {
      headers: { 'content-type': 'application/json', 'content-length': String(50_000_000) },
    });
    expect(answer.status).toBe(413);
  });

  test('a streamed body is read up to the limit only', async ({ baseURL }) => {
    const answer = await rawPost(baseURL!, `/api/webhooks/jackpot/${secret}`, {
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: 'endless',
    });
    expect(answer.status).toBe(413);
    expect(answer.bytesSent).toBeLessThan(50_000_000);
  });
});

async function askForLink(request: APIRequestContext, email: string) {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  const response = await request.post('/api/auth/signin/email', {
    form: { email, csrfToken, callbackUrl: '/catalogue' },
    maxRedirects: 0,
  });
  return { status: response.status(), location: response.headers()['location'], body: await response.text() };
}

test.describe('sign-in', { tag }, () => {
  test('the raw sign-in endpoint answers the same for a known and an unknown address', async ({ request }) => {
    const known = await askForLink(request, camille);
    const unknown = await askForLink(request, `nobody-${Date.now()}@acme.example`);
    expect(known.status).toBe(302);
    expect(unknown).toEqual(known);
  });

  test('after the demo access link, the outbox shows the requested link', async ({ page }) => {
    await grantDemoAccess(page);
    await askForLink(page.request, camille);
    await expect(async () => {
      const html = await (await page.request.get(`/demo/outbox?to=${encodeURIComponent(camille)}`)).text();
      expect(html).toContain('/api/auth/callback/email');
    }).toPass({ timeout: 15_000 });
  });
});
