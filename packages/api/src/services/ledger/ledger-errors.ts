import { AppError } from '../../errors';

// The ledger trigger raises SQLSTATE P0002 with this message when a hold would overdraw.
const INSUFFICIENT_BUDGET = 'insufficient_budget';
// …and SQLSTATE P0003 with this one when a hold is taken from a campaign wallet that is not open.
const WALLET_NOT_OPEN = 'wallet_not_open';

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return `${error.message} ${cause instanceof Error ? cause.message : ''}`;
}

/** True when PostgreSQL refused a hold because it would take the balance below zero. */
export function isInsufficientBudget(error: unknown): boolean {
  return messageOf(error).includes(INSUFFICIENT_BUDGET);
}

/** True when PostgreSQL refused a hold from a campaign wallet before its opening or after its closing date. */
export function isWalletNotOpen(error: unknown): boolean {
  return messageOf(error).includes(WALLET_NOT_OPEN);
}

export function walletNotOpen(cause?: unknown): AppError {
  return new AppError('WALLET_CLOSED', 'This wallet cannot be spent now: its campaign is not open.', { cause });
}

/** True when a unique index refused the row: for settlements, "already settled". */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'P2002' || /unique constraint/i.test(messageOf(error));
}

export function insufficientBudget(balanceCents: number, neededCents: number): AppError {
  return new AppError('INSUFFICIENT_BUDGET', 'Your balance is too low for this voucher.', {
    cause: { balanceCents, neededCents },
  });
}
