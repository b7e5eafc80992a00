import { randomUUID } from 'node:crypto';

import { createDb, createPgPool, type PgPool } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';

import {
  issueSignInLink,
  type SignInLinkRecipient,
  type SignInLinkRequest,
} from '../src/services/sign-in/issue-sign-in-link';
import { createSignInLimits, type SignInLimitSettings } from '../src/services/sign-in/sign-in-limits';
import { createUser } from './factories';

const db = createDb(inject('databaseUrl'));
const pools: PgPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await db.$disconnect();
});

/** One portal instance: its own pool and limiter over the shared database, and an outbox it sends to. */
function instance(settings: Partial<SignInLimitSettings> = {}) {
  const pool = createPgPool(inject('databaseUrl'));
  pools.push(pool);
  const limits = createSignInLimits(pool, { perAddress: 5, perIp: 30, windowSeconds: 900, ...settings });
  const sent: Array<{ recipient: SignInLinkRecipient; url: string }> = [];
  const sendLink = vi.fn(async (recipient: SignInLinkRecipient, url: string) => void sent.push({ recipient, url }));
  return {
    sent,
    sendLink,
    pool,
    ask: (email: string, clientIp: string | null = `198.51.100.${Math.floor(Math.random() * 250)}`) =>
      issueSignInLink({ db, limits, sendLink }, linkRequest(email, clientIp)),
  };
}

function linkRequest(email: string, clientIp: string | null): SignInLinkRequest {
  const token = randomUUID();
  return {
    email,
    tokenHash: `hash-of-${token}`,
    expires: new Date(Date.now() + 15 * 60_000),
    url: `http://portal.test/api/auth/callback/email?token=${token}`,
    clientIp,
  };
}

const tokensOf = (email: string) => db.verificationToken.findMany({ where: { identifier: email } });

describe('issuing a sign-in link', { tags: ['security'] }, () => {
  it('stores the link and sends it to an enabled user, in their language', async () => {
    const user = await createUser(db);
    const portal = instance();
    expect(await portal.ask(user.email)).toBe('sent');
    expect(portal.sent).toEqual([
      { recipient: { email: user.email, name: user.name, locale: 'fr' }, url: expect.stringContaining('token=') },
    ]);
    expect(await tokensOf(user.email)).toHaveLength(1);
  });

  it('sends nothing and stores nothing for an unknown or a disabled address', async () => {
    const disabled = await createUser(db, { disabled: true });
    const stranger = `stranger-${randomUUID()}@example.test`;
    const portal = instance();
    expect(await portal.ask(stranger)).toBe('no-account');
    expect(await portal.ask(disabled.email)).toBe('no-account');
    expect(portal.sendLink).not.toHaveBeenCalled();
    expect(await tokensOf(stranger)).toEqual([]);
    expect(await tokensOf(disabled.email)).toEqual([]);
  });

  it('revokes the older unused links of the address when it issues a new one', async () => {
    const user = await createUser(db);
    const portal = instance();
    await portal.ask(user.email);
    await portal.ask(user.email);
    const third = linkRequest(user.email, '203.0.113.9');
    await issueSignInLink(
      {
        db,
        limits: createSignInLimits(portal.pool, { perAddress: 5, perIp: 30, windowSeconds: 900 }),
        sendLink: portal.sendLink,
      },
      third,
    );
    expect((await tokensOf(user.email)).map((row) => row.token)).toEqual([third.tokenHash]);
  });
});

describe('sign-in email limits', { tags: ['security'] }, () => {
  it('sends at most the limit per address in the window, then answers nothing more; one live link remains', async () => {
    const user = await createUser(db);
    const portal = instance({ perAddress: 3 });
    const outcomes = [];
    for (let attempt = 0; attempt < 6; attempt++) outcomes.push(await portal.ask(user.email));
    expect(outcomes).toEqual(['sent', 'sent', 'sent', 'limited', 'limited', 'limited']);
    expect(portal.sendLink).toHaveBeenCalledTimes(3);
    expect(await tokensOf(user.email)).toHaveLength(1);
  });

  it('counts unknown addresses too, in parallel requests', async () => {
    const stranger = `stranger-${randomUUID()}@example.test`;
    const portal = instance({ perAddress: 4 });
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => portal.ask(stranger)));
    expect(outcomes.filter((outcome) => outcome === 'no-account')).toHaveLength(4);
    expect(outcomes.filter((outcome) => outcome === 'limited')).toHaveLength(6);
  });

  it('limits one client IP across addresses, and leaves other IPs alone', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => createUser(db)));
    const portal = instance({ perIp: 3 });
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const outcomes = [];
    for (const user of users) outcomes.push(await portal.ask(user.email, ip));
    expect(outcomes).toEqual(['sent', 'sent', 'sent', 'limited']);
    expect(await portal.ask(users[3]!.email, '192.0.2.251')).toBe('sent');
  });

  it('holds across instances of the portal: the count lives in PostgreSQL', async () => {
    const user = await createUser(db);
    const first = instance({ perAddress: 2 });
    const second = instance({ perAddress: 2 });
    expect(await first.ask(user.email)).toBe('sent');
    expect(await second.ask(user.email)).toBe('sent');
    expect(await first.ask(user.email)).toBe('limited');
    expect(await second.ask(user.email)).toBe('limited');
    const rows = await db.rateLimit.findMany();
    expect(rows.some((row) => row.key.includes(user.email))).toBe(false);
  });

  it('opens again when the window has passed', async () => {
    const user = await createUser(db);
    const portal = instance({ perAddress: 1, windowSeconds: 1 });
    expect(await portal.ask(user.email)).toBe('sent');
    expect(await portal.ask(user.email)).toBe('limited');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await portal.ask(user.email)).toBe('sent');
  });

  it('sends nothing when the limits cannot be counted (fails closed)', async () => {
    const user = await createUser(db);
    const portal = instance();
    await portal.pool.end();
    pools.splice(pools.indexOf(portal.pool), 1);
    await expect(portal.ask(user.email)).rejects.toThrow();
    expect(portal.sendLink).not.toHaveBeenCalled();
    expect(await tokensOf(user.email)).toEqual([]);
  });
});
