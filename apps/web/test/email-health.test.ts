import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';

import { describe, expect, it } from 'vitest';

import { cachedProbe } from '~/server/cached-probe';
import { createEmailHealth } from '~/server/email-health';

// The sign-in form asks this before answering: with the SMTP server unreachable, everyone is
// told "we cannot send emails right now" at once instead of waiting for a link that never comes.

describe('the email health probe', () => {
  it('finds a closed SMTP port unreachable', async () => {
    const health = createEmailHealth({ url: 'smtp://127.0.0.1:9', from: 'portal@example.test' });
    expect(await health.reachable()).toBe(false);
  });

  // nodemailer's default greeting timeout (30 s) would outlast this test.
  it('finds a server that accepts the connection and never speaks unreachable, within the SMTP timeouts', async () => {
    const blackHole = createServer(() => {});
    blackHole.listen(0, '127.0.0.1');
    await once(blackHole, 'listening');
    try {
      const port = (blackHole.address() as AddressInfo).port;
      const health = createEmailHealth({ url: `smtp://127.0.0.1:${port}`, from: 'portal@example.test' });
      expect(await health.reachable()).toBe(false);
    } finally {
      blackHole.close();
    }
  }, 15_000);

  it('is always reachable without SMTP (the outbox table takes the emails)', async () => {
    expect(await createEmailHealth(undefined).reachable()).toBe(true);
  });
});

describe('cachedProbe', () => {
  it('shares the probe in flight and keeps its answer while fresh', async () => {
    let probes = 0;
    const reachable = cachedProbe(async () => {
      probes += 1;
      return probes === 1;
    }, 60_000);
    expect(await Promise.all([reachable(), reachable(), reachable()])).toEqual([true, true, true]);
    expect(await reachable()).toBe(true);
    expect(probes).toBe(1);
  });

  it('probes again once its answer is stale', async () => {
    let probes = 0;
    const reachable = cachedProbe(async () => {
      probes += 1;
      return probes === 1;
    }, 0);
    expect(await reachable()).toBe(true);
    expect(await reachable()).toBe(false);
    expect(probes).toBe(2);
  });
});
