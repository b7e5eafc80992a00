import { z } from 'zod';

import { type ErrorCode } from '../error-codes';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §7 Error body [decision]. The code is kept as sent, known or not.
export const errorBodySchema = z.looseObject({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
  }),
});
export type ErrorBody = z.output<typeof errorBodySchema>;

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}
