import type { CatalogueStore, Db } from '@jackpot-portal/db';
import type { JackpotClient, ProposingStore } from '@jackpot-portal/jackpot-core';

// Browsing must not wait on a slow Jackpot: past this, the page shows what the mirror computes.
export const JACKPOT_BROWSE_DEADLINE_MS = 4_000;

/** What browsing with Jackpot's proposals needs; the deadline defaults to JACKPOT_BROWSE_DEADLINE_MS. */
export interface BrowseDeps {
  db: Db;
  jackpot: JackpotClient;
  browseDeadlineMs?: number;
}

// 'none': nothing to propose (no balance, or a disabled store), so nobody was asked.
export type ProposalSource = 'jackpot' | 'computed-locally' | 'none';

/**
 * Jackpot's answer when it comes within the deadline; otherwise (slow, down, refusing) the same
 * answer computed from the mirror, flagged as such.
 */
export async function fromJackpotOrMirror<T>(
  askJackpot: () => Promise<T>,
  computeLocally: () => Promise<T>,
  deadlineMs: number = JACKPOT_BROWSE_DEADLINE_MS,
): Promise<{ result: T; source: Exclude<ProposalSource, 'none'> }> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Jackpot did not answer within ${deadlineMs} ms`)), deadlineMs);
  });
  const answer = askJackpot();
  // A late answer or failure after the deadline has nobody waiting for it.
  answer.catch(() => {});
  try {
    return { result: await Promise.race([answer, deadline]), source: 'jackpot' };
  } catch {
    return { result: await computeLocally(), source: 'computed-locally' };
  } finally {
    clearTimeout(timer);
  }
}

/** A mirror store in the shape jackpot-core's proposal rules take (rates back in percent). */
export function toProposingStore(
  store: Pick<CatalogueStore, 'id' | 'enabled' | 'valueMinCents' | 'valueMaxCents' | 'discreteValuesCents' | 'offers'>,
): ProposingStore {
  return {
    id: store.id,
    enabled: store.enabled,
    voucherValueMin: store.valueMinCents,
    voucherValueMax: store.valueMaxCents,
    voucherPossibleDiscreteValues: store.discreteValuesCents,
    offers: store.offers.map((offer) => ({ id: offer.id, mode: offer.mode, rate: offer.rateBasisPoints / 100 })),
  };
}
