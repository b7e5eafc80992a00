import { type Sandbox } from '../sandbox';
import { renderVoucherPdf } from '../pdf/voucher-pdf';
import { type VoucherRecord } from '../state/state';

const MAX_CACHED = 256;
const cache = new WeakMap<Sandbox, Map<string, Promise<Uint8Array<ArrayBuffer>>>>();

/** The PDF of a READY voucher; rendered once, then served from a small per-sandbox cache. */
export function voucherPdf(sandbox: Sandbox, record: VoucherRecord): Promise<Uint8Array<ArrayBuffer>> {
  let pdfs = cache.get(sandbox);
  if (!pdfs) cache.set(sandbox, (pdfs = new Map()));
  const { voucher } = record;
  let pdf = pdfs.get(voucher.id);
  if (!pdf) {
    const entry = sandbox.catalogue.get(voucher.storeId);
    const issued = record.issued ?? { code: '—', pin: '—' };
    pdf = renderVoucherPdf({
      storeName: entry?.store.name ?? voucher.storeId,
      baseColor: entry?.store.baseColor ?? '#333333',
      valueCents: voucher.value,
      couponId: voucher.couponId,
      code: issued.code,
      pin: issued.pin,
      validityDate: voucher.validityDate ?? voucher.reservationDate,
      mentions: entry?.store.mentions ?? '',
      voucherId: voucher.id,
    });
    pdfs.set(voucher.id, pdf);
    // A failed rendering is not cached: the next request tries again.
    pdf.catch(() => pdfs.delete(voucher.id));
    if (pdfs.size > MAX_CACHED) pdfs.delete(pdfs.keys().next().value!);
  }
  return pdf;
}
