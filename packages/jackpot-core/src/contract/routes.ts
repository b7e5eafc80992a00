// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §4 Every route of the contract: method, path template (`:param` segments, the syntax Hono
// routes with) and the kinds of authentication it accepts. Paths marked [decision] in §4 are
// fixed here and nowhere else; the client and the sandbox both build on this table.

export type AuthKind = 'apikey' | 'client' | 'm2m';

interface RouteDefinition {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly auth: readonly AuthKind[];
}

const ANY_AUTH = ['apikey', 'client', 'm2m'] as const;

export const ROUTES = {
  token: { method: 'POST', path: '/v2/token', auth: [] },
  listStores: { method: 'GET', path: '/v2/stores', auth: ANY_AUTH },
  // Declared before getStore: a router that matches in order must not read it as a store id.
  proposedVouchers: { method: 'GET', path: '/v2/stores/proposed-vouchers', auth: ['client'] },
  getStore: { method: 'GET', path: '/v2/stores/:storeId', auth: ANY_AUTH },
  storeProposedVouchers: { method: 'GET', path: '/v2/stores/:storeId/proposed-vouchers', auth: ['client'] },
  getOffer: { method: 'GET', path: '/v2/stores/:storeId/offers/:offerId', auth: ANY_AUTH },
  reserveByPrice: {
    method: 'POST',
    path: '/v2/stores/:storeId/offers/:offerId/reserve-voucher-by-price',
    auth: ['client'],
  },
  reserveByValue: {
    method: 'POST',
    path: '/v2/stores/:storeId/offers/:offerId/reserve-voucher-by-value',
    auth: ['client'],
  },
  getVoucher: { method: 'GET', path: '/v2/voucher/:voucherId', auth: ['m2m'] },
  confirmVoucher: { method: 'PUT', path: '/v2/voucher/:voucherId/confirm', auth: ['m2m'] },
  cancelVoucher: { method: 'PUT', path: '/v2/voucher/:voucherId/cancel', auth: ['m2m'] },
  refundVoucher: { method: 'PUT', path: '/v2/voucher/:voucherId/refund', auth: ['m2m'] },
  getVoucherUrl: { method: 'GET', path: '/v2/voucher/:voucherId/url', auth: ['m2m'] },
  getVoucherAttachment: { method: 'GET', path: '/v2/voucher/:voucherId/attachment', auth: ['m2m'] },
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof ROUTES;

function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
}

// Concrete paths, with every id URL-encoded.
export const routes = {
  token: () => ROUTES.token.path,
  listStores: () => ROUTES.listStores.path,
  getStore: (storeId: string) => fillPath(ROUTES.getStore.path, { storeId }),
  proposedVouchers: () => ROUTES.proposedVouchers.path,
  storeProposedVouchers: (storeId: string) => fillPath(ROUTES.storeProposedVouchers.path, { storeId }),
  getOffer: (storeId: string, offerId: string) => fillPath(ROUTES.getOffer.path, { storeId, offerId }),
  reserveByPrice: (storeId: string, offerId: string) => fillPath(ROUTES.reserveByPrice.path, { storeId, offerId }),
  reserveByValue: (storeId: string, offerId: string) => fillPath(ROUTES.reserveByValue.path, { storeId, offerId }),
  getVoucher: (voucherId: string) => fillPath(ROUTES.getVoucher.path, { voucherId }),
  confirmVoucher: (voucherId: string) => fillPath(ROUTES.confirmVoucher.path, { voucherId }),
  cancelVoucher: (voucherId: string) => fillPath(ROUTES.cancelVoucher.path, { voucherId }),
  refundVoucher: (voucherId: string) => fillPath(ROUTES.refundVoucher.path, { voucherId }),
  getVoucherUrl: (voucherId: string) => fillPath(ROUTES.getVoucherUrl.path, { voucherId }),
  getVoucherAttachment: (voucherId: string) => fillPath(ROUTES.getVoucherAttachment.path, { voucherId }),
} as const satisfies Record<RouteName, (...ids: string[]) => string>;
