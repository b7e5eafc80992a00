import { describe, expect, it } from 'vitest';

import { loadEmbeddedPostgres } from './embedded';

const events = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const listenerCounts = () => events.map((event) => process.listeners(event as NodeJS.Signals).length);

describe('loadEmbeddedPostgres', () => {
  // Without this, a test run with failures exits 0 and Ctrl-C exits before our own shutdown.
  it('leaves no exit or signal handler of its own behind', async () => {
    const before = listenerCounts();
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe('function');
    expect(listenerCounts()).toEqual(before);
  });
});
