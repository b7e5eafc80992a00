import { ROUNDING } from '../contract/decisions';
import { type OfferMode } from '../contract/schemas/offer';

export interface PricedOffer {
  mode: OfferMode;
  // Percentage with at most two decimals, as on the wire.
  rate: number;
}

export interface Quote {
  priceCents: number;
  valueCents: number;
}

const WHOLE = 10_000n;

// Rates become integer hundredths of a percent so that every formula stays in integers.
function rateInBasisPoints(rate: number): bigint {
  const basisPoints = Math.round(rate * 100);
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0) throw new RangeError(`Not a valid rate: ${rate}`);
  return BigInt(basisPoints);
}

function divide(numerator: bigint, denominator: bigint, rounding: 'up' | 'down'): number {
  const quotient = numerator / denominator;
  const roundedUp = rounding === 'up' && quotient * denominator !== numerator;
  return Number(roundedUp ? quotient + 1n : quotient);
}

function checkCents(cents: number): bigint {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Cents must be a non-negative integer: ${cents}`);
  return BigInt(cents);
}

function checkDiscount(basisPoints: bigint): void {
  if (basisPoints >= WHOLE) throw new RangeError('A discount rate must be below 100 %');
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §3 Reserve by price: the value the price buys.
export function quoteByPrice(offer: PricedOffer, priceCents: number): Quote {
  const price = checkCents(priceCents);
  const basisPoints = rateInBasisPoints(offer.rate);
  if (offer.mode === 'BONUS') {
    return { priceCents, valueCents: divide(price * (WHOLE + basisPoints), WHOLE, ROUNDING.bonusValueFromPrice) };
  }
  checkDiscount(basisPoints);
  return { priceCents, valueCents: divide(price * WHOLE, WHOLE - basisPoints, ROUNDING.discountValueFromPrice) };
}

// §3 Reserve by value: the price of the value.
export function quoteByValue(offer: PricedOffer, valueCents: number): Quote {
  const value = checkCents(valueCents);
  const basisPoints = rateInBasisPoints(offer.rate);
  if (offer.mode === 'DISCOUNT') {
    checkDiscount(basisPoints);
    return { valueCents, priceCents: divide(value * (WHOLE - basisPoints), WHOLE, ROUNDING.discountPriceFromValue) };
  }
  return { valueCents, priceCents: divide(value * WHOLE, WHOLE + basisPoints, ROUNDING.bonusPriceFromValue) };
}

// §3 `strict=true`: an offer whose quote gives nothing more than the price is no real advantage.
export function givesRealAdvantage(quote: Quote): boolean {
  return quote.valueCents > quote.priceCents;
}
