'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { type BenefitEvent, categoriesOutsideEvent } from '@jackpot-portal/benefits-rules';
import { useState } from 'react';

import {
  blankDraft,
  campaignInput,
  type CampaignDraft,
  draftOf,
  eventCategories,
  eventRule,
  type Rules,
} from './campaign-draft';

type Campaign = RouterOutputs['admin']['campaignDetails'];

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
  return { draft, change, changeEvent, outside, rule: eventRule(rules, draft.event), input: campaignInput(draft) };
}
