import { describe, expect, it, vi } from 'vitest';

const env = vi.hoisted(() => ({ DEMO_MODE: true, DEMO_ACCESS_TOKEN: 'the-token-printed-by-npm-start' }));
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('~/env', () => ({ env }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { value: jar.get(name) } : undefined) }),
}));

const { demoAccessCookie, demoTokenMatches, hasDemoAccess } = await import('./demo-access');

describe('demo access', { tags: ['security'] }, () => {
  it('matches only the exact token', () => {
    expect(demoTokenMatches('the-token', 'the-token')).toBe(true);
    for (const presented of ['the-toke', 'the-token ', 'THE-TOKEN', '', null, undefined])
      expect(demoTokenMatches('the-token', presented), String(presented)).toBe(false);
    expect(demoTokenMatches(undefined, 'anything')).toBe(false);
    expect(demoTokenMatches('', '')).toBe(false);
  });

  it('is granted by the cookie the banner link leaves, in demo mode only', async () => {
    jar.clear();
    expect(await hasDemoAccess()).toBe(false);
    jar.set(demoAccessCookie, 'a guess');
    expect(await hasDemoAccess()).toBe(false);
    jar.set(demoAccessCookie, env.DEMO_ACCESS_TOKEN);
    expect(await hasDemoAccess()).toBe(true);
    env.DEMO_MODE = false;
    expect(await hasDemoAccess()).toBe(false);
  });
});
