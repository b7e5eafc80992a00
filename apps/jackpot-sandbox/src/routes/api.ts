import {
  ATTACHMENT_CONTENT_TYPE,
  type AuthKind,
  NOT_READY_ERROR_CODE,
  offerDetailsSchema,
  proposedVoucherListSchema,
  proposedVouchersQuerySchema,
  proposeStoreVouchers,
  proposeVouchersAcrossStores,
  reserveByPriceBodySchema,
  reserveByValueBodySchema,
  ROUTES,
  storeListQuerySchema,
  storeProposedVouchersQuerySchema,
  tokenRequestSchema,
  type VoucherAction,
} from '@jackpot-portal/jackpot-core';
import { type Context, Hono } from 'hono';
import { z } from 'zod';

import { type CatalogueEntry } from '../catalogue/types';
import { ApiError } from '../errors';
import { type Sandbox } from '../sandbox';
import { authenticate, exchangeToken } from '../sessions/sessions';
import { type Session } from '../state/state';
import { voucherPdf } from '../vouchers/pdf';
import { applyVoucherAction, findVoucher, freshSignedUrl, reserveVoucher, voucherWire } from '../vouchers/lifecycle';
import { cachedJson, readJson, readQuery } from './http';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/** The contract's §4 routes, each a thin wrapper over a plain function. */
export function apiRoutes(sandbox: Sandbox): Hono {
  const api = new Hono();
  const auth = (c: Context, accepted: readonly AuthKind[]) =>
    authenticate(sandbox, { authorization: c.req.header('authorization'), apikey: c.req.header('apikey') }, accepted);
  const clientSession = (c: Context, accepted: readonly AuthKind[]) =>
    auth(c, accepted) as Extract<Session, { kind: 'client' }>;
  // §2.2 [doc] a client session dies once a voucher is reserved with it: browsing with it is
  // refused like a second reservation (decideUnknownReservation relies on telling the two apart).
  const openClientSession = (c: Context, accepted: readonly AuthKind[]) => {
    const session = clientSession(c, accepted);
    if (session.consumedBy)
      throw new ApiError('SESSION_CONSUMED', `This session already reserved voucher ${session.consumedBy}`);
    return session;
  };
  const store = (storeId: string): CatalogueEntry => {
    const entry = sandbox.catalogue.get(storeId);
    if (!entry) throw new ApiError('NOT_FOUND', `No store ${storeId}`);
    return entry;
  };

  api.post(ROUTES.token.path, async (c) => c.json(await exchangeToken(sandbox, await readJson(c, tokenRequestSchema))));

  api.get(ROUTES.listStores.path, (c) => {
    auth(c, ROUTES.listStores.auth);
    if (Object.keys(c.req.query()).length === 0) return cachedJson(c, sandbox.catalogue.listingBody());
    return c.json({ stores: sandbox.catalogue.filtered(readQuery(c, storeListQuerySchema)) });
  });

  api.get(ROUTES.proposedVouchers.path, (c) => {
    const session = openClientSession(c, ROUTES.proposedVouchers.auth);
    const query = readQuery(c, proposedVouchersQuerySchema);
    const amount = Math.min(query.amount ?? session.amountCents, session.amountCents);
    const vouchers = proposeVouchersAcrossStores(
      sandbox.catalogue.all().map((entry) => entry.store),
      amount,
      query.strict ?? false,
    );
    return c.json(z.encode(proposedVoucherListSchema, { vouchers }));
  });

  api.get(ROUTES.getStore.path, (c) => {
    auth(c, ROUTES.getStore.auth);
    return c.json(sandbox.catalogue.wire(store(c.req.param('storeId'))) as object);
  });

  api.get(ROUTES.storeProposedVouchers.path, (c) => {
    const session = openClientSession(c, ROUTES.storeProposedVouchers.auth);
    const query = readQuery(c, storeProposedVouchersQuerySchema);
    const vouchers = proposeStoreVouchers(
      store(c.req.param('storeId')).store,
      session.amountCents,
      query.strict ?? false,
    );
    return c.json(z.encode(proposedVoucherListSchema, { vouchers }));
  });

  api.get(ROUTES.getOffer.path, (c) => {
    auth(c, ROUTES.getOffer.auth);
    const entry = store(c.req.param('storeId'));
    const offer = entry.store.offers.find((candidate) => candidate.id === c.req.param('offerId'));
    if (!offer) throw new ApiError('NOT_FOUND', `Store ${entry.store.id} has no offer ${c.req.param('offerId')}`);
    return c.json(z.encode(offerDetailsSchema, { ...offer, store: entry.store }));
  });

  api.post(ROUTES.reserveByPrice.path, async (c) => {
    const session = clientSession(c, ROUTES.reserveByPrice.auth);
    const { price } = await readJson(c, reserveByPriceBodySchema);
    const record = reserveVoucher(sandbox, session, c.req.param('storeId'), c.req.param('offerId'), {
      by: 'price',
      priceCents: price,
    });
    return c.json(voucherWire(sandbox, record), 201);
  });

  api.post(ROUTES.reserveByValue.path, async (c) => {
    const session = clientSession(c, ROUTES.reserveByValue.auth);
    const { value } = await readJson(c, reserveByValueBodySchema);
    const record = reserveVoucher(sandbox, session, c.req.param('storeId'), c.req.param('offerId'), {
      by: 'value',
      valueCents: value,
    });
    return c.json(voucherWire(sandbox, record), 201);
  });

  api.get(ROUTES.getVoucher.path, (c) => {
    auth(c, ROUTES.getVoucher.auth);
    const record = findVoucher(sandbox, c.req.param('voucherId'));
    sandbox.voucherReads += 1;
    return c.json(voucherWire(sandbox, record));
  });

  const action = (name: VoucherAction, route: { path: string; auth: readonly AuthKind[] }) =>
    api.put(route.path, (c) => {
      auth(c, route.auth);
      const record = applyVoucherAction(sandbox, c.req.param('voucherId') ?? '', name);
      return c.json(voucherWire(sandbox, record));
    });
  action('confirm', ROUTES.confirmVoucher);
  action('cancel', ROUTES.cancelVoucher);
  action('refund', ROUTES.refundVoucher);

  api.get(ROUTES.getVoucherUrl.path, (c) => {
    auth(c, ROUTES.getVoucherUrl.auth);
    const record = readyVoucher(sandbox, c.req.param('voucherId'));
    return c.json(freshSignedUrl(sandbox, record.voucher.id));
  });

  api.get(ROUTES.getVoucherAttachment.path, async (c) => {
    auth(c, ROUTES.getVoucherAttachment.auth);
    const record = readyVoucher(sandbox, c.req.param('voucherId'));
    const pdf = await voucherPdf(sandbox, record);
    return c.body(pdf, 200, {
      'content-type': ATTACHMENT_CONTENT_TYPE,
      'content-disposition': `attachment; filename="voucher-${record.voucher.couponId}.pdf"`,
    });
  });

  return api;
}

export function readyVoucher(sandbox: Sandbox, voucherId: string) {
  const record = findVoucher(sandbox, voucherId);
  if (record.voucher.state !== 'READY')
    throw new ApiError(
      NOT_READY_ERROR_CODE,
      `Voucher ${voucherId} is ${record.voucher.state}; its PDF exists only when READY`,
    );
  return record;
}
