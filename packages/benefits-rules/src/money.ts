/** Throws unless the amount is a whole, non-negative number of cents. */
export function assertCents(amountCents: number, what: string): void {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) {
    throw new RangeError(`${what} must be a whole, non-negative number of cents: ${amountCents}`);
  }
}

export function assertYear(year: number, what: string): void {
  if (!Number.isSafeInteger(year) || year < 1900 || year > 9999) {
    throw new RangeError(`${what} must be a calendar year: ${year}`);
  }
}
