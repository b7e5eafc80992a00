import { z } from 'zod';

import {
  API_KEY_HEADER,
  ATTACHMENT_CONTENT_TYPE,
  AUTHORIZATION_HEADER,
  GRANT_TYPE_CLIENT_CREDENTIALS,
  GRANT_TYPE_JWT_BEARER,
  SESSION_TOKEN_LIFETIME_S,
  TOKEN_TYPE,
} from '../contract/decisions';
import { ROUTES, routes, type RouteName } from '../contract/routes';
import { proposedVoucherListSchema, type ProposedVoucher } from '../contract/schemas/proposed-voucher';
import {
  offerDetailsSchema,
  storeListSchema,
  storeSchema,
  type OfferDetails,
  type Store,
  type StoreListFilters,
} from '../contract/schemas/store';
import { tokenResponseSchema, type TokenResponse } from '../contract/schemas/token';
import {
  reserveByPriceBodySchema,
  reserveByValueBodySchema,
  voucherSchema,
  voucherUrlSchema,
  type Voucher,
  type VoucherUrl,
} from '../contract/schemas/voucher';
import { centsToEuros } from '../money/euros';
import { mintSessionJwt } from '../session-jwt/mint-session-jwt';
import { ClientSession } from './client-session';
import { send, type Transport, type ResponseReader } from './http-transport';
import { isJackpotError } from './jackpot-error';
import { createM2mTokenCache } from './m2m-token-cache';
import { attachmentReader, jsonReader, type Attachment } from './response-readers';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

export interface JackpotClientOptions {
  baseUrl: string;
  apiKey: string;
  apiSignature: string;
  clientSecret: string;
  // Per attempt, answer body included.
  timeoutMs?: number;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  // How long before its expiry the cached m2m token is renewed.
  m2mRenewMarginMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

// Which credential a call presents; by default the API key for catalogue reads and the cached
// m2m token for voucher routes. Tests use it to present the wrong one.
export type RequestAuth = { apiKey: string } | { bearer: string } | { none: true };

export interface RequestOptions {
  auth?: RequestAuth;
}

export interface ProposedVouchersQuery {
  amountCents?: number;
  strict?: boolean;
}

export interface OpenClientSessionInput {
  amountCents: number;
  notificationKey: string;
  userId?: string;
  forceManualConfirm?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_M2M_RENEW_MARGIN_MS = 60_000;

export interface JackpotClient {
  exchangeSessionJwt(jwt: string, options?: RequestOptions): Promise<TokenResponse>;
  requestM2mToken(options?: RequestOptions): Promise<TokenResponse>;
  m2mAccessToken(): Promise<string>;
  openClientSession(input: OpenClientSessionInput): Promise<ClientSession>;
  listStores(filters?: StoreListFilters, options?: RequestOptions): Promise<Store[]>;
  getStore(storeId: string, options?: RequestOptions): Promise<Store>;
  getOffer(storeId: string, offerId: string, options?: RequestOptions): Promise<OfferDetails>;
  proposedVouchers(
    sessionToken: string,
    query?: ProposedVouchersQuery,
    options?: RequestOptions,
  ): Promise<ProposedVoucher[]>;
  storeProposedVouchers(
    sessionToken: string,
    storeId: string,
    query?: { strict?: boolean },
    options?: RequestOptions,
  ): Promise<ProposedVoucher[]>;
  reserveByPrice(
    sessionToken: string,
    storeId: string,
    offerId: string,
    priceCents: number,
    options?: RequestOptions,
  ): Promise<Voucher>;
  reserveByValue(
    sessionToken: string,
    storeId: string,
    offerId: string,
    valueCents: number,
    options?: RequestOptions,
  ): Promise<Voucher>;
  getVoucher(voucherId: string, options?: RequestOptions): Promise<Voucher>;
  confirmVoucher(voucherId: string, options?: RequestOptions): Promise<Voucher>;
  cancelVoucher(voucherId: string, options?: RequestOptions): Promise<Voucher>;
  refundVoucher(voucherId: string, options?: RequestOptions): Promise<Voucher>;
  getVoucherUrl(voucherId: string, options?: RequestOptions): Promise<VoucherUrl>;
  getVoucherAttachment(voucherId: string, options?: RequestOptions): Promise<Attachment>;
}

function authHeaders(auth: RequestAuth): Record<string, string> {
  if ('apiKey' in auth) return { [API_KEY_HEADER]: auth.apiKey };
  if ('bearer' in auth) return { [AUTHORIZATION_HEADER]: `${TOKEN_TYPE} ${auth.bearer}` };
  return {};
}

function flag(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// A typed client for every route of contract §4.
export function createJackpotClient(options: JackpotClientOptions): JackpotClient {
  if (!URL.canParse(options.baseUrl) || !/^https?:$/.test(new URL(options.baseUrl).protocol)) {
    throw new TypeError(`The Jackpot base URL must be an http(s) URL, not "${options.baseUrl}"`);
  }
  const now = options.now ?? Date.now;
  const transport: Transport = {
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch ?? globalThis.fetch,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
  };

  interface Call<T> {
    route: RouteName;
    path: string;
    auth: RequestAuth;
    read: ResponseReader<T>;
    query?: Record<string, string | undefined>;
    body?: unknown;
    // Reads and the m2m token grant have no side effect; everything else is never repeated.
    retrySafe?: boolean;
    accept?: string;
  }

  function call<T>({ route, path, auth, read, query, body, retrySafe, accept }: Call<T>): Promise<T> {
    const { method } = ROUTES[route];
    const headers = { ...authHeaders(auth), ...(accept && { accept }) };
    const request = { method, path, headers, retrySafe: retrySafe ?? method === 'GET' };
    return send(transport, { ...request, ...(query && { query }), ...(body !== undefined && { body }) }, read);
  }

  const m2mTokens = createM2mTokenCache(() => client.requestM2mToken(), {
    now,
    renewMarginMs: options.m2mRenewMarginMs ?? DEFAULT_M2M_RENEW_MARGIN_MS,
  });

  // Voucher routes use the cached m2m token unless told otherwise; a token the server refuses
  // (401, so nothing happened) is renewed once.
  async function withM2m<T>(
    requestOptions: RequestOptions | undefined,
    run: (auth: RequestAuth) => Promise<T>,
  ): Promise<T> {
    if (requestOptions?.auth) return run(requestOptions.auth);
    const token = await m2mTokens.get();
    try {
      return await run({ bearer: token });
    } catch (error) {
      if (!isJackpotError(error) || error.status !== 401) throw error;
      m2mTokens.invalidate(token);
      return run({ bearer: await m2mTokens.get() });
    }
  }

  const apiKeyAuth = (requestOptions?: RequestOptions): RequestAuth =>
    requestOptions?.auth ?? { apiKey: options.apiKey };
  const sessionAuth = (sessionToken: string, requestOptions?: RequestOptions): RequestAuth =>
    requestOptions?.auth ?? { bearer: sessionToken };
  const voucherCall = (
    route: 'getVoucher' | 'confirmVoucher' | 'cancelVoucher' | 'refundVoucher',
    voucherId: string,
    requestOptions?: RequestOptions,
  ) =>
    withM2m(requestOptions, (auth) =>
      call({ route, path: routes[route](voucherId), auth, read: jsonReader(voucherSchema) }),
    );

  const client: JackpotClient = {
    exchangeSessionJwt: (jwt, requestOptions) =>
      call({
        route: 'token',
        path: routes.token(),
        auth: requestOptions?.auth ?? { none: true },
        body: { grant_type: GRANT_TYPE_JWT_BEARER, client_id: options.apiKey, assertion: jwt },
        read: jsonReader(tokenResponseSchema),
      }),

    requestM2mToken: (requestOptions) =>
      call({
        route: 'token',
        path: routes.token(),
        auth: requestOptions?.auth ?? { none: true },
        body: {
          grant_type: GRANT_TYPE_CLIENT_CREDENTIALS,
          client_id: options.apiKey,
          client_secret: options.clientSecret,
        },
        read: jsonReader(tokenResponseSchema),
        retrySafe: true,
      }),

    m2mAccessToken: () => m2mTokens.get(),

    async openClientSession(input) {
      const jwt = await mintSessionJwt({ apiSignature: options.apiSignature, ...input });
      const openedAt = now();
      const token = await client.exchangeSessionJwt(jwt);
      const lifetimeS = Math.min(token.expires_in, SESSION_TOKEN_LIFETIME_S);
      return new ClientSession({
        client,
        accessToken: token.access_token,
        expiresAtMs: openedAt + lifetimeS * 1000,
        amountCents: input.amountCents,
        notificationKey: input.notificationKey,
        now,
      });
    },

    listStores: async (filters = {}, requestOptions) => {
      const query = { enabled: flag(filters.enabled), category: filters.category, q: filters.q };
      const list = await call({
        route: 'listStores',
        path: routes.listStores(),
        auth: apiKeyAuth(requestOptions),
        query,
        read: jsonReader(storeListSchema),
      });
      return list.stores;
    },

    getStore: (storeId, requestOptions) =>
      call({
        route: 'getStore',
        path: routes.getStore(storeId),
        auth: apiKeyAuth(requestOptions),
        read: jsonReader(storeSchema),
      }),

    getOffer: (storeId, offerId, requestOptions) =>
      call({
        route: 'getOffer',
        path: routes.getOffer(storeId, offerId),
        auth: apiKeyAuth(requestOptions),
        read: jsonReader(offerDetailsSchema),
      }),

    proposedVouchers: async (sessionToken, query = {}, requestOptions) => {
      const wireQuery = {
        amount: query.amountCents === undefined ? undefined : String(centsToEuros(query.amountCents)),
        strict: flag(query.strict),
      };
      const list = await call({
        route: 'proposedVouchers',
        path: routes.proposedVouchers(),
        auth: sessionAuth(sessionToken, requestOptions),
        query: wireQuery,
        read: jsonReader(proposedVoucherListSchema),
      });
      return list.vouchers;
    },

    storeProposedVouchers: async (sessionToken, storeId, query = {}, requestOptions) => {
      const path = routes.storeProposedVouchers(storeId);
      const list = await call({
        route: 'storeProposedVouchers',
        path,
        auth: sessionAuth(sessionToken, requestOptions),
        query: { strict: flag(query.strict) },
        read: jsonReader(proposedVoucherListSchema),
      });
      return list.vouchers;
    },

    reserveByPrice: (sessionToken, storeId, offerId, priceCents, requestOptions) =>
      call({
        route: 'reserveByPrice',
        path: routes.reserveByPrice(storeId, offerId),
        auth: sessionAuth(sessionToken, requestOptions),
        body: z.encode(reserveByPriceBodySchema, { price: priceCents }),
        read: jsonReader(voucherSchema),
      }),

    reserveByValue: (sessionToken, storeId, offerId, valueCents, requestOptions) =>
      call({
        route: 'reserveByValue',
        path: routes.reserveByValue(storeId, offerId),
        auth: sessionAuth(sessionToken, requestOptions),
        body: z.encode(reserveByValueBodySchema, { value: valueCents }),
        read: jsonReader(voucherSchema),
      }),

    getVoucher: (voucherId, requestOptions) => voucherCall('getVoucher', voucherId, requestOptions),
    confirmVoucher: (voucherId, requestOptions) => voucherCall('confirmVoucher', voucherId, requestOptions),
    cancelVoucher: (voucherId, requestOptions) => voucherCall('cancelVoucher', voucherId, requestOptions),
    refundVoucher: (voucherId, requestOptions) => voucherCall('refundVoucher', voucherId, requestOptions),

    getVoucherUrl: (voucherId, requestOptions) =>
      withM2m(requestOptions, (auth) =>
        call({
          route: 'getVoucherUrl',
          path: routes.getVoucherUrl(voucherId),
          auth,
          read: jsonReader(voucherUrlSchema),
        }),
      ),

    getVoucherAttachment: (voucherId, requestOptions) =>
      withM2m(requestOptions, (auth) =>
        call({
          route: 'getVoucherAttachment',
          path: routes.getVoucherAttachment(voucherId),
          auth,
          accept: ATTACHMENT_CONTENT_TYPE,
          read: attachmentReader,
        }),
      ),
  };
  return client;
}
