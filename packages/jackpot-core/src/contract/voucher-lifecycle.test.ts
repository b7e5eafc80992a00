import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  VOUCHER_STATES,
  classifyTransition,
  decideVoucherAction,
  isTerminalState,
  nextStates,
  reachableStates,
} from './voucher-lifecycle';

const anyState = fc.constantFrom(...VOUCHER_STATES);

describe('voucher life cycle', () => {
  // "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
  it('allows exactly the single steps of §5', () => {
    expect(nextStates('RESERVED')).toEqual(['CONFIRMED', 'CANCELED']);
    expect(nextStates('CONFIRMED')).toEqual(['READY', 'REFUNDING']);
    expect(nextStates('READY')).toEqual(['REFUNDING']);
    expect(nextStates('REFUNDING')).toEqual(['REFUNDED', 'REFUND_REJECTED']);
  });

  it('knows the terminal states', () => {
    expect(VOUCHER_STATES.filter(isTerminalState)).toEqual(['CANCELED', 'REFUNDED', 'REFUND_REJECTED']);
  });

  it('classifies skipped steps as forward and going back as illegal', () => {
    expect(classifyTransition('RESERVED', 'READY')).toBe('forward');
    expect(classifyTransition('RESERVED', 'REFUNDED')).toBe('forward');
    expect(classifyTransition('READY', 'CONFIRMED')).toBe('illegal');
    expect(classifyTransition('CANCELED', 'CONFIRMED')).toBe('illegal');
    expect(classifyTransition('READY', 'READY')).toBe('noop');
  });

  it('never leaves a terminal state and never goes both ways', () => {
    fc.assert(
      fc.property(anyState, anyState, (from, to) => {
        if (isTerminalState(from) && from !== to) expect(classifyTransition(from, to)).toBe('illegal');
        if (from !== to && classifyTransition(from, to) === 'forward')
          expect(classifyTransition(to, from)).toBe('illegal');
      }),
    );
  });

  it('reaches every state from RESERVED', () => {
    expect([...reachableStates('RESERVED')].sort()).toEqual(VOUCHER_STATES.filter((s) => s !== 'RESERVED').sort());
  });

  it('applies, repeats or refuses partner actions', () => {
    const refundable = { storeRefundable: true };
    expect(decideVoucherAction('confirm', 'RESERVED', refundable)).toEqual({ outcome: 'apply', to: 'CONFIRMED' });
    expect(decideVoucherAction('confirm', 'CONFIRMED', refundable)).toEqual({ outcome: 'already-done' });
    expect(decideVoucherAction('confirm', 'READY', refundable)).toEqual({ outcome: 'already-done' });
    expect(decideVoucherAction('confirm', 'CANCELED', refundable)).toEqual({
      outcome: 'refused',
      code: 'INVALID_STATE',
    });
    expect(decideVoucherAction('cancel', 'CONFIRMED', refundable)).toEqual({
      outcome: 'refused',
      code: 'INVALID_STATE',
    });
    expect(decideVoucherAction('cancel', 'CANCELED', refundable)).toEqual({ outcome: 'already-done' });
    expect(decideVoucherAction('refund', 'READY', refundable)).toEqual({ outcome: 'apply', to: 'REFUNDING' });
    expect(decideVoucherAction('refund', 'RESERVED', refundable)).toEqual({
      outcome: 'refused',
      code: 'INVALID_STATE',
    });
    expect(decideVoucherAction('refund', 'REFUNDED', refundable)).toEqual({ outcome: 'already-done' });
    expect(decideVoucherAction('refund', 'READY', { storeRefundable: false })).toEqual({
      outcome: 'refused',
      code: 'NOT_REFUNDABLE',
    });
  });

  it('only ever applies an action along a legal single step', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('confirm', 'cancel', 'refund' as const),
        anyState,
        fc.boolean(),
        (action, state, storeRefundable) => {
          const decision = decideVoucherAction(action, state, { storeRefundable });
          if (decision.outcome === 'apply') expect(nextStates(state)).toContain(decision.to);
        },
      ),
    );
  });
});
