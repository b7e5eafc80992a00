// Money is integer cents everywhere in the project; euros exist only on Jackpot's wire.
export function eurosToCents(euros: number): number {
  const cents = Math.round(euros * 100);
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a representable amount: ${euros}`);
  return cents;
}

export function centsToEuros(cents: number): number {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Cents must be an integer: ${cents}`);
  return cents / 100;
}
