import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Jackpot does not sign webhooks; the secret path segment of the URL we registered is the only
 * proof a call comes from Jackpot. Comparing SHA-256 digests makes both sides the same length,
 * so the comparison time says nothing about the secret, not even its length.
 */
export function webhookSecretMatches(expected: string, presented: string | undefined): boolean {
  if (!expected || !presented) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(presented));
}
