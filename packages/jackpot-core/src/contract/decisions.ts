// Every [decision] of the Jackpot v2 contract (docs/jackpot-contract.md, whose sections the "§"
// numbers are) that is a value lives here, each next to the contract section it comes from, so
// that checking the real API and correcting the project is one edit; the contract names each
// one. Route paths live in routes.ts, error codes in error-codes.ts, the voucher life cycle in
// voucher-lifecycle.ts.

const SECOND_MS = 1000;
const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;

// §1 Money: at most two decimals of euros on the wire; cents everywhere inside.
export const WIRE_EURO_DECIMALS = 2;

// §2 Authentication: the API key travels in this header.
export const API_KEY_HEADER = 'apikey';

// §2.2 The session token travels as `Authorization: Bearer <access_token>`.
export const AUTHORIZATION_HEADER = 'authorization';
export const TOKEN_TYPE = 'Bearer';

// §2.2 Grant types of POST /v2/token [doc].
export const GRANT_TYPE_JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const GRANT_TYPE_CLIENT_CREDENTIALS = 'client_credentials';

// §2.2 `expires_in` of both kinds of token, and the lifetime of a client session [doc: one hour].
export const SESSION_TOKEN_LIFETIME_S = HOUR_S;

// §2.1 The session JWT: HS256 [doc]; `exp` at most 5 minutes after `iat`; `iat` at most
// 10 minutes old and at most 60 s in the future.
export const SESSION_JWT_ALGORITHM = 'HS256';
export const SESSION_JWT_MAX_LIFETIME_S = 5 * MINUTE_S;
export const SESSION_JWT_IAT_MAX_AGE_S = 10 * MINUTE_S;
export const SESSION_JWT_IAT_MAX_FUTURE_S = 60;
// §2.1 Legacy claims accepted and ignored.
export const SESSION_JWT_LEGACY_CLAIMS = ['cp', 'age', 'gender'] as const;

// §4 The session amount caps the price paid (not the voucher value) — open question in §8.
export const SESSION_AMOUNT_CAPS: 'price' | 'value' = 'price';

// §2.2 A failed reservation does not consume the client session.
export const FAILED_RESERVATION_CONSUMES_SESSION = false;

// §3 Rounding of derived amounts, always to the cent, in Jackpot's favour.
export const ROUNDING = {
  bonusValueFromPrice: 'down',
  discountPriceFromValue: 'up',
  discountValueFromPrice: 'down',
  bonusPriceFromValue: 'up',
} as const satisfies Record<string, 'up' | 'down'>;

// §3 An empty `voucherPossibleDiscreteValues` allows any whole-euro value between min and max.
export const FREE_VALUE_STEP_CENTS = 100;

// §3 `couponId`: 10 upper-case letters [doc].
export const COUPON_ID_PATTERN = /^[A-Z]{10}$/;

// §5 `resaExpireDate` = `reservationDate` + 48 h (sandbox setting SANDBOX_RESERVATION_TTL_S).
export const RESERVATION_TTL_S = 48 * HOUR_S;

// §5 READY follows CONFIRMED after this delay (sandbox setting SANDBOX_READY_DELAY_MS).
export const READY_DELAY_MS = 2 * SECOND_MS;

// §3 and §4: the signed URL of a READY voucher's PDF is valid one hour [doc].
export const SIGNED_URL_LIFETIME_S = HOUR_S;

// §4 The attachment route answers the PDF with this content type.
export const ATTACHMENT_CONTENT_TYPE = 'application/pdf';

// §6 Webhook delivery: first retry after 1 s, doubling, no attempt later than five minutes
// after the first one, each attempt times out after 10 s; a retry carries the same event id.
export const WEBHOOK_RETRY = {
  firstRetryDelayMs: SECOND_MS,
  backoffFactor: 2,
  giveUpAfterMs: 5 * MINUTE_S * SECOND_MS,
  attemptTimeoutMs: 10 * SECOND_MS,
} as const;

// §9 Names shared by the portal, the sandbox, the tests and the docs.
export const SANDBOX_DEFAULT_PORT = 4010;
export const SANDBOX_DEFAULT_URL = `http://localhost:${SANDBOX_DEFAULT_PORT}`;
export const SANDBOX_CONTROL_HEADER = 'x-sandbox-token';
export const SANDBOX_CONTROL_PATH_PREFIX = '/_sandbox/';
export const SANDBOX_HEALTH_PATH = '/health';
export const PORTAL_WEBHOOK_PATH_PREFIX = '/api/webhooks/jackpot/';
export const ENV_NAMES = {
  apiUrl: 'JACKPOT_API_URL',
  apiKey: 'JACKPOT_API_KEY',
  apiSignature: 'JACKPOT_API_SIGNATURE',
  clientSecret: 'JACKPOT_CLIENT_SECRET',
  webhookSecret: 'JACKPOT_WEBHOOK_SECRET',
  webhookUrl: 'JACKPOT_WEBHOOK_URL',
  sandboxPort: 'SANDBOX_PORT',
  sandboxControlToken: 'SANDBOX_CONTROL_TOKEN',
  sandboxAutoConfirm: 'SANDBOX_AUTO_CONFIRM',
  sandboxReadyDelayMs: 'SANDBOX_READY_DELAY_MS',
  sandboxReservationTtlS: 'SANDBOX_RESERVATION_TTL_S',
} as const;
