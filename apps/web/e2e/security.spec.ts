import http from 'node:http';

import { expect, test } from './support/fixtures';

// The findings of the security review (issue 9), each checked against the stack `npm start`
// runs. `npm run test:security` runs these with the tagged vitest tests.
const tag = '@security';

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
