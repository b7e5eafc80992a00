import { z } from 'zod';

import { centsToEuros, eurosToCents, hasWireEuroPrecision } from '../../money/euros';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §1 A wire amount: euros with at most two decimals. Decoding (parse) gives integer cents;
// encoding (z.encode) turns cents back into the wire's euros. Field names stay the wire's.
export const eurosAsCents = z.codec(
  z.number().refine(hasWireEuroPrecision, { message: 'Expected an amount in euros with at most two decimals' }),
  z.number().int(),
  { decode: eurosToCents, encode: centsToEuros },
);

export const nonNegativeEurosAsCents = eurosAsCents.refine((cents) => cents >= 0, {
  message: 'Expected a non-negative amount',
});

// §4 Dates are ISO-8601 UTC with milliseconds; any ISO date-time with an offset is accepted.
export const isoDateTime = z.iso.datetime({ offset: true });

export const entityId = z.guid();
