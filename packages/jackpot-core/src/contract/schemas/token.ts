import { z } from 'zod';

import {
  GRANT_TYPE_CLIENT_CREDENTIALS,
  GRANT_TYPE_JWT_BEARER,
  SESSION_TOKEN_LIFETIME_S,
  TOKEN_TYPE,
} from '../decisions';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §2.2 POST /v2/token bodies [doc].
export const jwtBearerTokenRequestSchema = z.looseObject({
  grant_type: z.literal(GRANT_TYPE_JWT_BEARER),
  client_id: z.string().min(1),
  assertion: z.string().min(1),
});

export const clientCredentialsTokenRequestSchema = z.looseObject({
  grant_type: z.literal(GRANT_TYPE_CLIENT_CREDENTIALS),
  client_id: z.string().min(1),
  client_secret: z.string().min(1),
});

export const tokenRequestSchema = z.discriminatedUnion('grant_type', [
  jwtBearerTokenRequestSchema,
  clientCredentialsTokenRequestSchema,
]);
export type TokenRequest = z.output<typeof tokenRequestSchema>;

// §2.2 Token response [decision]; the token type is compared without regard to case (RFC 6749).
export const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().refine((type) => type.toLowerCase() === TOKEN_TYPE.toLowerCase(), {
    message: `Expected token_type ${TOKEN_TYPE}`,
  }),
  expires_in: z.number().int().positive(),
});
export type TokenResponse = z.output<typeof tokenResponseSchema>;

export function tokenResponse(accessToken: string): TokenResponse {
  return { access_token: accessToken, token_type: TOKEN_TYPE, expires_in: SESSION_TOKEN_LIFETIME_S };
}
