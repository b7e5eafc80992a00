import { AppError } from '../../errors';

// The ledger trigger raises SQLSTATE P0002 with this message when a hold would overdraw.
const INSUFFICIENT_BUDGET = 'insufficient_budget';

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return `${error.message} ${cause instanceof Error ? cause.message : ''}`;
}

/** True when PostgreSQL refused a hold because it would take the balance below zero. */
export function isInsufficientBudget(error: unknown): boolean {
  return messageOf(error).includes(INSUFFICIENT_BUDGET);
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
