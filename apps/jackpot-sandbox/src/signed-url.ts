import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-signed download links for voucher PDFs, like a cloud storage pre-signed URL: the query
 * carries the expiry (unix seconds) and a signature over the path and expiry, so nothing is
 * stored server-side and a link keeps working across restarts as long as the key is the same.
 */
export function signedFilePath(voucherId: string): string {
  return `/files/vouchers/${voucherId}.pdf`;
}

export function signFileUrl(key: string, voucherId: string, expiresAtMs: number): { query: string; expiresS: number } {
  const expiresS = Math.floor(expiresAtMs / 1000);
  return { query: `expires=${expiresS}&signature=${signature(key, voucherId, expiresS)}`, expiresS };
}

export type SignedUrlCheck = 'valid' | 'expired' | 'bad-signature';

export function checkFileUrl(
  key: string,
  voucherId: string,
  expires: string | undefined,
  provided: string | undefined,
  nowMs: number,
): SignedUrlCheck {
  if (!expires || !/^\d{1,12}$/.test(expires) || !provided) return 'bad-signature';
  const expected = Buffer.from(signature(key, voucherId, Number(expires)));
  const given = Buffer.from(provided);
  // The signature is checked before the expiry, so a tampered expiry never reads as "expired".
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad-signature';
  return Number(expires) * 1000 <= nowMs ? 'expired' : 'valid';
}

function signature(key: string, voucherId: string, expiresS: number): string {
  return createHmac('sha256', key)
    .update(`${signedFilePath(voucherId)}\n${expiresS}`)
    .digest('base64url');
}
