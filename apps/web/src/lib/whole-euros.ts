const CENTS_PER_EURO = 100;

export interface WholeEurosRange {
  /** The smallest whole number of euros accepted. */
  min: number;
  /** The largest, if any. */
  max?: number;
  /** Whether an empty box is an answer (e.g. "my whole balance"). */
  optional?: boolean;
}

export type WholeEuros = { valid: true; cents: number | null } | { valid: false };

/**
 * What the user typed in a whole-euro amount box: cents when it is a whole number of euros
 * within the range, `null` cents for an empty optional box, else invalid.
 */
export function parseWholeEuros(typed: string, range: WholeEurosRange): WholeEuros {
  const text = typed.trim();
  if (text === '') return range.optional ? { valid: true, cents: null } : { valid: false };
  const euros = Number(text);
  if (!Number.isInteger(euros) || euros < range.min || (range.max !== undefined && euros > range.max))
    return { valid: false };
  return { valid: true, cents: euros * CENTS_PER_EURO };
}

/** Whole euros to show in the box for an amount in cents (rounded down). */
export function wholeEurosText(cents: number): string {
  return String(Math.floor(cents / CENTS_PER_EURO));
}

/** The whole-euro bounds of an amount range in cents: the first euro at or above min, the last at or below max. */
export function wholeEuroBounds(minCents: number, maxCents: number): { min: number; max: number } {
  return { min: Math.ceil(minCents / CENTS_PER_EURO), max: Math.floor(maxCents / CENTS_PER_EURO) };
}
