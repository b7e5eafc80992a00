// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §5 The voucher life cycle: the one definition used by the webhook processor, the sandbox and
// admin actions.

export const VOUCHER_STATES = [
  'RESERVED',
  'CONFIRMED',
  'READY',
  'CANCELED',
  'REFUNDING',
  'REFUNDED',
  'REFUND_REJECTED',
] as const;

export type VoucherState = (typeof VOUCHER_STATES)[number];

// §5 Single-step transitions [doc].
const NEXT_STATES: Readonly<Record<VoucherState, readonly VoucherState[]>> = {
  RESERVED: ['CONFIRMED', 'CANCELED'],
  CONFIRMED: ['READY', 'REFUNDING'],
  READY: ['REFUNDING'],
  CANCELED: [],
  REFUNDING: ['REFUNDED', 'REFUND_REJECTED'],
  REFUNDED: [],
  REFUND_REJECTED: [],
};

export function isVoucherState(value: string): value is VoucherState {
  return (VOUCHER_STATES as readonly string[]).includes(value);
}

export function nextStates(state: VoucherState): readonly VoucherState[] {
  return NEXT_STATES[state];
}

export function isTerminalState(state: VoucherState): boolean {
  return NEXT_STATES[state].length === 0;
}

// States reachable from `from` in one or more steps (the graph has no cycles).
export function reachableStates(from: VoucherState): ReadonlySet<VoucherState> {
  const reached = new Set<VoucherState>();
  const pending = [...NEXT_STATES[from]];
  for (let state = pending.pop(); state !== undefined; state = pending.pop()) {
    if (reached.has(state)) continue;
    reached.add(state);
    pending.push(...NEXT_STATES[state]);
  }
  return reached;
}

export type TransitionKind = 'forward' | 'noop' | 'illegal';

// Jackpot's real state may skip steps when webhooks were missed (RESERVED → READY), so any
// state reachable through the graph is a forward move.
export function classifyTransition(from: VoucherState, to: VoucherState): TransitionKind {
  if (from === to) return 'noop';
  return reachableStates(from).has(to) ? 'forward' : 'illegal';
}

// §4 The three partner actions on a voucher.
export type VoucherAction = 'confirm' | 'cancel' | 'refund';

const ACTIONS: Readonly<Record<VoucherAction, { from: readonly VoucherState[]; to: VoucherState }>> = {
  confirm: { from: ['RESERVED'], to: 'CONFIRMED' },
  cancel: { from: ['RESERVED'], to: 'CANCELED' },
  refund: { from: ['CONFIRMED', 'READY'], to: 'REFUNDING' },
};

export type ActionDecision =
  | { outcome: 'apply'; to: VoucherState }
  | { outcome: 'already-done' }
  | { outcome: 'refused'; code: 'INVALID_STATE' | 'NOT_REFUNDABLE' };

// §4 [decision] Repeating an action that already happened answers 200 and changes nothing: the
// action "already happened" when the voucher is in the action's target state or any state
// reachable from it (confirming a READY voucher is a repeat). Any other state is INVALID_STATE.
// A refund on a store that refuses refunds is NOT_REFUNDABLE whatever the voucher's state.
export function decideVoucherAction(
  action: VoucherAction,
  state: VoucherState,
  options: { storeRefundable: boolean },
): ActionDecision {
  const rule = ACTIONS[action];
  if (action === 'refund' && !options.storeRefundable) return { outcome: 'refused', code: 'NOT_REFUNDABLE' };
  if (rule.from.includes(state)) return { outcome: 'apply', to: rule.to };
  if (state === rule.to || reachableStates(rule.to).has(state)) return { outcome: 'already-done' };
  return { outcome: 'refused', code: 'INVALID_STATE' };
}
