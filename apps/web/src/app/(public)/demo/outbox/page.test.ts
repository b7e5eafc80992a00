import { beforeEach, describe, expect, it, vi } from 'vitest';

// The page with its server dependencies replaced: what is tested is its gate on DEMO_MODE.
const env = vi.hoisted(() => ({ DEMO_MODE: false }));
const listOutboxEmails = vi.hoisted(() => vi.fn(async () => []));
vi.mock('~/env', () => ({ env }));
vi.mock('~/server/db', () => ({ db: {} }));
vi.mock('@jackpot-portal/api', () => ({ listOutboxEmails }));
vi.mock('next-intl/server', () => ({
  getTranslations: async () => (key: string) => key,
  getFormatter: async () => ({ dateTime: () => '' }),
}));

const { default: DemoOutboxPage } = await import('./page');
const searchParams = Promise.resolve({});

describe('/demo/outbox', () => {
  beforeEach(() => listOutboxEmails.mockClear());

  it('is a 404 when DEMO_MODE is false, without reading the outbox', async () => {
    env.DEMO_MODE = false;
    await expect(DemoOutboxPage({ searchParams })).rejects.toMatchObject({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' });
    expect(listOutboxEmails).not.toHaveBeenCalled();
  });

  it('lists the outbox in demo mode', async () => {
    env.DEMO_MODE = true;
    await expect(
      DemoOutboxPage({ searchParams: Promise.resolve({ to: 'sam.taylor@acme.example' }) }),
    ).resolves.toBeTruthy();
    expect(listOutboxEmails).toHaveBeenCalledWith({}, { to: 'sam.taylor@acme.example', limit: 50 });
  });
});
