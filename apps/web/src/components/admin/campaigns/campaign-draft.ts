/**
 * The campaign form's draft — what the admin types: euros, Paris days — and the input the server
 * takes from it (cents, instants). Plain functions, for use-campaign-form.ts and their test.
 */
import type { RouterInputs, RouterOutputs } from '@jackpot-portal/api';
import type { BenefitEvent } from '@jackpot-portal/benefits-rules';

import { eurosToCents } from '~/lib/euros-to-cents';
import { parisDay, parisDayStart } from '~/lib/paris-day';

export type Rules = RouterOutputs['admin']['campaignRules'];
type Campaign = Pick<
  RouterOutputs['admin']['campaignDetails'],
  | 'name'
  | 'event'
  | 'year'
  | 'employeeAmountCents'
  | 'perChildAmountCents'
  | 'eligibility'
  | 'opensAt'
  | 'closesAt'
  | 'allowedCategories'
>;
export type CampaignInput = RouterInputs['admin']['createCampaign'];
export type Eligibility = CampaignInput['eligibility'];

export interface CampaignDraft {
  name: string;
  event: BenefitEvent;
  year: number;
  employeeEuros: string;
  perChildEuros: string;
  eligibility: Eligibility;
  /** The first and the last day the wallets can be spent, in Paris (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
  categories: string[];
}

const euros = (cents: number) => (cents === 0 ? '' : String(cents / 100).replace('.', ','));

/** A new campaign: Christmas, open from today until the end of January, everyone eligible. */
export function blankDraft(rules: Rules, now: Date): CampaignDraft {
  const today = parisDay(now);
  // The year of the Paris day: on 31 December at 23:30 UTC it is already next year in France.
  const year = Number(today.slice(0, 4));
  return {
    name: '',
    event: 'CHRISTMAS',
    year,
    employeeEuros: '',
    perChildEuros: '',
    eligibility: { kind: 'ALL' },
    firstDay: today,
    lastDay: `${year + 1}-01-31`,
    categories: eventCategories(rules, 'CHRISTMAS'),
  };
}

/** A saved draft as the form shows it: euros, and the Paris days it is open. */
export function draftOf(campaign: Campaign): CampaignDraft {
  return {
    name: campaign.name,
    event: campaign.event as BenefitEvent,
    year: campaign.year,
    employeeEuros: euros(campaign.employeeAmountCents),
    perChildEuros: euros(campaign.perChildAmountCents),
    eligibility: campaign.eligibility,
    firstDay: parisDay(campaign.opensAt),
    lastDay: parisDay(new Date(new Date(campaign.closesAt).getTime() - 1)),
    categories: campaign.allowedCategories,
  };
}

export function eventRule(rules: Rules, event: BenefitEvent) {
  return rules.events.find((candidate) => candidate.event === event)?.rule ?? null;
}

export function eventCategories(rules: Rules, event: BenefitEvent): string[] {
  return [...(eventRule(rules, event)?.allowedCategories ?? [])];
}

/** The input createCampaign / updateCampaign take, or null while something is missing. */
export function campaignInput(draft: CampaignDraft): CampaignInput | null {
  const opensAt = parisDayStart(draft.firstDay);
  const closesAt = parisDayStart(draft.lastDay, 1);
  if (draft.name.trim().length < 3 || !opensAt || !closesAt || draft.categories.length === 0) return null;
  return {
    name: draft.name.trim(),
    event: draft.event,
    year: draft.year,
    employeeAmountCents: eurosToCents(draft.employeeEuros),
    perChildAmountCents: eurosToCents(draft.perChildEuros),
    eligibility: draft.eligibility,
    opensAt,
    closesAt,
    allowedCategories: draft.categories,
  };
}
