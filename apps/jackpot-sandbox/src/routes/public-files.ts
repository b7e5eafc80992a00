import { Hono } from 'hono';

import { isLogoSize, renderLogoSvg } from '../catalogue/logos';
import { ApiError } from '../errors';
import { type Sandbox } from '../sandbox';
import { checkFileUrl } from '../signed-url';
import { voucherPdf } from '../vouchers/pdf';
import { signingKey } from '../vouchers/lifecycle';
import { readyVoucher } from './api';

/** Public, unauthenticated files: store logos, and voucher PDFs behind signed URLs. */
export function publicFileRoutes(sandbox: Sandbox): Hono {
  const files = new Hono();
  const logos = new Map<string, string>();

  files.get('/logos/:file', (c) => {
    const match = /^(.+)-(small|medium|large)\.svg$/.exec(c.req.param('file'));
    const entry = match ? sandbox.catalogue.get(match[1]!) : undefined;
    if (!match || !entry || !isLogoSize(match[2]!)) throw new ApiError('NOT_FOUND', 'No such logo');
    const key = `${entry.store.name}|${entry.store.baseColor}|${match[2]}`;
    let svg = logos.get(key);
    if (!svg) logos.set(key, (svg = renderLogoSvg(entry.store.name, entry.store.baseColor ?? '#333333', match[2])));
    return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' });
  });

  files.get('/files/vouchers/:file', async (c) => {
    const voucherId = /^(.+)\.pdf$/.exec(c.req.param('file'))?.[1];
    if (!voucherId) throw new ApiError('NOT_FOUND', 'No such file');
    const check = checkFileUrl(
      signingKey(sandbox),
      voucherId,
      c.req.query('expires'),
      c.req.query('signature'),
      sandbox.clock.now(),
    );
    if (check === 'bad-signature')
      throw new ApiError('FORBIDDEN', 'Signature does not match: the URL was altered or is incomplete');
    if (check === 'expired')
      throw new ApiError('FORBIDDEN', 'This signed URL has expired; ask GET /v2/voucher/{id}/url for a fresh one');
    const record = readyVoucher(sandbox, voucherId);
    const pdf = await voucherPdf(sandbox, record);
    return c.body(pdf, 200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="voucher-${record.voucher.couponId}.pdf"`,
      'cache-control': 'private, no-store',
    });
  });

  return files;
}
