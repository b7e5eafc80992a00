import { beforeEach, describe, expect, it, vi } from 'vitest';

// The page with its server dependencies replaced: what is tested is its gate on demo access (the
// demo.outbox procedure checks it again: packages/api/test/demo.test.ts).
const access = vi.hoisted(() => ({ granted: false }));
const fetchQuery = vi.hoisted(() => vi.fn(async () => []));
const outboxQuery = vi.hoisted(() => vi.fn((input: unknown) => ({ queryKey: ['demo.outbox', input] })));
vi.mock('~/server/demo-access', () => ({ hasDemoAccess: async () => access.granted }));
vi.mock('~/trpc/server', () => ({ fetchQuery, trpc: { demo: { outbox: { queryOptions: outboxQuery } } } }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => (key: string) => key,
  getFormatter: async () => ({ dateTime: () => '' }),
}));

const { default: DemoOutboxPage } = await import('./page');
const searchParams = Promise.resolve({});

describe('/demo/outbox', { tags: ['security'] }, () => {
  beforeEach(() => {
    fetchQuery.mockClear();
    outboxQuery.mockClear();
  });

  it('is a 404 without demo access (not in demo mode, or without the banner link), and reads nothing', async () => {
    access.granted = false;
    await expect(DemoOutboxPage({ searchParams })).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    expect(fetchQuery).not.toHaveBeenCalled();
  });

  it('lists the outbox to whoever opened the demo access link', async () => {
    access.granted = true;
    await expect(
      DemoOutboxPage({ searchParams: Promise.resolve({ to: 'sam.taylor@acme.example' }) }),
    ).resolves.toBeTruthy();
    expect(outboxQuery).toHaveBeenCalledWith({ to: 'sam.taylor@acme.example' });
    expect(fetchQuery).toHaveBeenCalledWith({ queryKey: ['demo.outbox', { to: 'sam.taylor@acme.example' }] });
  });
});
