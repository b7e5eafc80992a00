'use client';

import type { RouterInputs, RouterOutputs } from '@jackpot-portal/api';
import { type BenefitEvent, categoriesOutsideEvent } from '@jackpot-portal/benefits-rules';
import { useState } from 'react';

import { eurosToCents } from '~/lib/euros-to-cents';
import { parisDay, parisDayStart } from '~/lib/paris-day';

type Rules = RouterOutputs['admin']['campaignRules'];
type Campaign = RouterOutputs['admin']['campaignDetails'];
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

function blankDraft(rules: Rules, now: Date): CampaignDraft {
  const year = now.getFullYear();
  return {
    name: '',
    event: 'CHRISTMAS',
    year,
    employeeEuros: '',
    perChildEuros: '',
    eligibility: { kind: 'ALL' },
    firstDay: parisDay(now),
    lastDay: `${year + 1}-01-31`,
    categories: eventCategories(rules, 'CHRISTMAS'),
  };
}

function draftOf(campaign: Campaign): CampaignDraft {
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

function eventCategories(rules: Rules, event: BenefitEvent): string[] {
  return [...(eventRule(rules, event)?.allowedCategories ?? [])];
}

/**
 * The campaign form's state: what the admin typed (euros, Paris days), the event's categories
 * pre-filled when the event changes, the categories that break the event's rule (a warning, not
 * a refusal), and the input the server takes (cents, instants) — null while something is missing.
 */
export function useCampaignForm(rules: Rules, campaign?: Campaign) {
  const [draft, setDraft] = useState<CampaignDraft>(() =>
    campaign ? draftOf(campaign) : blankDraft(rules, new Date()),
  );
  const change = (patch: Partial<CampaignDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const changeEvent = (event: BenefitEvent) => {
    const rule = eventRule(rules, event);
    change({
      event,
      categories: eventCategories(rules, event),
      employeeEuros: rule && !rule.employee ? '' : draft.employeeEuros,
      perChildEuros: rule && !rule.children ? '' : draft.perChildEuros,
    });
  };
  // OTHER has no rule to break: the form says instead that only the yearly tolerance applies.
  const outside = draft.event === 'OTHER' ? [] : categoriesOutsideEvent(draft.event, draft.categories);
  const opensAt = parisDayStart(draft.firstDay);
  const closesAt = parisDayStart(draft.lastDay, 1);
  const input: CampaignInput | null =
    draft.name.trim().length >= 3 && opensAt && closesAt && draft.categories.length > 0
      ? {
          name: draft.name.trim(),
          event: draft.event,
          year: draft.year,
          employeeAmountCents: eurosToCents(draft.employeeEuros),
          perChildAmountCents: eurosToCents(draft.perChildEuros),
          eligibility: draft.eligibility,
          opensAt,
          closesAt,
          allowedCategories: draft.categories,
        }
      : null;
  return { draft, change, changeEvent, outside, rule: eventRule(rules, draft.event), input };
}
