import { afterEach, describe, expect, it } from 'vitest';

import { SandboxClock } from '../src/clock/clock';
import { Scheduler } from '../src/clock/scheduler';

const schedulers: Scheduler[] = [];
afterEach(() => schedulers.splice(0).forEach((scheduler) => scheduler.stop()));

function setup() {
  const clock = new SandboxClock({ startAt: new Date('2030-01-01T00:00:00.000Z') });
  const scheduler = new Scheduler(clock);
  schedulers.push(scheduler);
  return { clock, scheduler, start: clock.now() };
}

describe('sandbox clock and scheduler', () => {
  it('runs due tasks in time order when the clock advances, and only those', () => {
    const { clock, scheduler, start } = setup();
    const ran: string[] = [];
    scheduler.schedule('c', start + 3_000, () => ran.push('c'));
    scheduler.schedule('a', start + 1_000, () => ran.push('a'));
    scheduler.schedule('b', start + 2_000, () => ran.push('b'));
    clock.advance(2_500);
    expect(ran).toEqual(['a', 'b']);
    expect(scheduler.size).toBe(1);
  });

  it('replaces a task scheduled again under the same key, and forgets cancelled ones', () => {
    const { clock, scheduler, start } = setup();
    const ran: string[] = [];
    scheduler.schedule('x', start + 1_000, () => ran.push('first'));
    scheduler.schedule('x', start + 5_000, () => ran.push('second'));
    scheduler.schedule('y', start + 1_000, () => ran.push('y'));
    scheduler.cancel('y');
    clock.advance(1_000);
    expect(ran).toEqual([]);
    clock.advance(4_000);
    expect(ran).toEqual(['second']);
  });

  it('also runs tasks in real time, and survives a failing task', async () => {
    const { scheduler, clock } = setup();
    const ran: string[] = [];
    scheduler.schedule('boom', clock.now() + 10, () => {
      throw new Error('expected in this test');
    });
    scheduler.schedule('ok', clock.now() + 20, () => ran.push('ok'));
    const originalError = console.error;
    console.error = () => {};
    try {
      await new Promise((resolve) => setTimeout(resolve, 60));
    } finally {
      console.error = originalError;
    }
    expect(ran).toEqual(['ok']);
  });

  it('never goes backwards', () => {
    const { clock } = setup();
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(clock.nowIso().startsWith('2030-01-01')).toBe(true);
  });
});
