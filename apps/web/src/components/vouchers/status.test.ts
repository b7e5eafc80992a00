import { describe, expect, it } from 'vitest';

import { timelineOf } from './status';

const event = (status: string, minute: number) => ({
  status,
  source: 'PORTAL',
  note: null,
  createdAt: new Date(Date.UTC(2026, 10, 28, 10, minute)),
});

describe('timelineOf', () => {
  it('shows the steps reached, the current one, and those still to come', () => {
    const steps = timelineOf({
      status: 'CONFIRMED',
      needsApproval: false,
      events: [event('PENDING', 0), event('RESERVED', 1), event('CONFIRMED', 2)] as never,
    });
    expect(steps.map((step) => [step.status, step.state])).toEqual([
      ['PENDING', 'done'],
      ['RESERVED', 'done'],
      ['CONFIRMED', 'current'],
      ['READY', 'upcoming'],
    ]);
  });

  it('ends with the last step done once READY', () => {
    const steps = timelineOf({
      status: 'READY',
      needsApproval: false,
      events: [event('PENDING', 0), event('RESERVED', 1), event('CONFIRMED', 2), event('READY', 3)] as never,
    });
    expect(steps.every((step) => step.state === 'done')).toBe(true);
  });

  it('shows no future after a cancellation, and merges repeated events', () => {
    const steps = timelineOf({
      status: 'CANCELED',
      needsApproval: true,
      events: [event('PENDING', 0), event('PENDING', 1), event('AWAITING_APPROVAL', 2), event('CANCELED', 3)] as never,
    });
    expect(steps.map((step) => step.status)).toEqual(['PENDING', 'AWAITING_APPROVAL', 'CANCELED']);
  });

  it('waits at the approval step with confirmation and ready still to come', () => {
    const steps = timelineOf({
      status: 'AWAITING_APPROVAL',
      needsApproval: true,
      events: [event('PENDING', 0), event('AWAITING_APPROVAL', 1)] as never,
    });
    expect(steps.map((step) => [step.status, step.state])).toEqual([
      ['PENDING', 'done'],
      ['AWAITING_APPROVAL', 'current'],
      ['CONFIRMED', 'upcoming'],
      ['READY', 'upcoming'],
    ]);
  });
});
