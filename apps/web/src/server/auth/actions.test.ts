import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// An SMTP server that accepts the connection and never speaks (hung, or a firewall's black hole).
const blackHole = createServer(() => {});
const env = { SMTP_URL: '', EMAIL_FROM: 'portal@example.test' };
const signIn = vi.fn(async () => 'http://localhost:3000/api/auth/verify-request?provider=email');
vi.mock('~/env', () => ({ env }));
vi.mock('./index', () => ({ signIn, signOut: vi.fn() }));
vi.mock('~/server/demo-access', () => ({ hasDemoAccess: async () => false }));

const { requestSignInLink } = await import('./actions');

beforeAll(async () => {
  blackHole.listen(0, '127.0.0.1');
  await once(blackHole, 'listening');
  env.SMTP_URL = `smtp://127.0.0.1:${(blackHole.address() as AddressInfo).port}`;
});
afterAll(() => blackHole.close());

/** Where the action sends the browser: Next.js's redirect() throws an error carrying it. */
async function redirectOf(action: Promise<unknown>): Promise<string> {
  const error = await action.then(
    () => null,
    (thrown: unknown) => thrown as { digest?: string },
  );
  const [kind, , url] = error?.digest?.split(';') ?? [];
  if (kind !== 'NEXT_REDIRECT' || !url) throw new Error(`expected a redirect, got ${String(error)}`);
  return url;
}

const form = (email: string) => {
  const data = new FormData();
  data.set('email', email);
  data.set('callbackUrl', '/vouchers');
  return data;
};

describe('requestSignInLink with the SMTP server unreachable', () => {
  // Within the SMTP timeouts (5 s for the greeting), not nodemailer's 30 s default.
  it('tells every address alike that emails cannot be sent now, and asks Auth.js for no link', async () => {
    const target = new URL(await redirectOf(requestSignInLink(form('someone@example.test'))), 'http://portal');
    expect(target.pathname).toBe('/signin');
    expect(Object.fromEntries(target.searchParams)).toEqual({ error: 'EmailUnavailable', callbackUrl: '/vouchers' });
    // The probe's answer is kept a few seconds: the next address gets the same answer at once.
    expect(await redirectOf(requestSignInLink(form('nobody@example.test')))).toBe(
      `/signin?${target.searchParams.toString()}`,
    );
    expect(signIn).not.toHaveBeenCalled();
  }, 15_000);
});
