import { WIRE_EURO_DECIMALS } from '../contract/decisions';

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

// True when the number is exactly what a JSON amount written with at most two decimals parses to.
export function hasWireEuroPrecision(euros: number): boolean {
  return Number.isFinite(euros) && Number(euros.toFixed(WIRE_EURO_DECIMALS)) === euros;
}
