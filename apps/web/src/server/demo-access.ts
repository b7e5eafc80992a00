import { createHash, timingSafeEqual } from 'node:crypto';

import { cookies } from 'next/headers';

import { env } from '~/env';

// Demo mode shows working sign-in links, the admin's included. Only the person who started the
// stack may see them: `npm start` prints a link carrying a token made at that start
// (DEMO_ACCESS_TOKEN); opening it (src/proxy.ts) leaves that token in an HttpOnly cookie, and the
// demo panel and the outbox check it. Anyone else gets the ordinary sign-in page and a 404.

/** The query parameter of the banner's link. */
export const demoAccessParam = 'demo';
export const demoAccessCookie = 'jackpot-demo-access';

/** Constant-time comparison of the presented token with the expected one (digests: same length). */
export function demoTokenMatches(expected: string | undefined, presented: string | undefined | null): boolean {
  if (!expected || !presented) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(presented));
}

/** Whether this request may see the demo accounts and the demo outbox. */
export async function hasDemoAccess(): Promise<boolean> {
  if (!env.DEMO_MODE) return false;
  return demoTokenMatches(env.DEMO_ACCESS_TOKEN, (await cookies()).get(demoAccessCookie)?.value);
}
