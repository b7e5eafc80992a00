import { randomInt } from 'node:crypto';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/** §3 couponId: 10 upper-case letters. */
export function newCouponId(): string {
  return Array.from({ length: 10 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
}

/** The gift card number and PIN printed on the PDF. */
export function newCardCode(): { code: string; pin: string } {
  const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join('');
  return { code: `${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)}`, pin: digits(4) };
}
