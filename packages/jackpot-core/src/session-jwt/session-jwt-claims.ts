import { z } from 'zod';

import { eurosAsCents } from '../contract/schemas/euros';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §2.1 Claims of the session JWT. `amount` decodes to cents; legacy claims (`cp`, `age`,
// `gender`) and any other claim are kept and ignored.
export const sessionJwtClaimsSchema = z.looseObject({
  amount: eurosAsCents.refine((cents) => cents > 0, { message: 'The session amount must be positive' }),
  iat: z.number().int(),
  exp: z.number().int(),
  jti: z.string().min(1).optional(),
  notificationKey: z.string().min(1),
  userId: z.string().min(1).optional(),
  forceManualConfirm: z.boolean().optional(),
});

export type SessionJwtClaims = z.output<typeof sessionJwtClaimsSchema>;
