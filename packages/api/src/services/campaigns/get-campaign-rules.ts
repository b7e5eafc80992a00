import { BENEFIT_EVENTS, EVENT_RULES, STORE_CATEGORIES, YEAR_FIGURES } from '@jackpot-portal/benefits-rules';

/**
 * The URSSAF rule table as the campaign form and an admin read it: each year's figures, each
 * event's beneficiaries, age limit, categories and source, the catalogue's categories.
 */
export function getCampaignRules() {
  return {
    years: YEAR_FIGURES,
    events: BENEFIT_EVENTS.map((event) =>
      event === 'OTHER' ? { event, rule: null } : { event, rule: EVENT_RULES[event] },
    ),
    categories: Object.values(STORE_CATEGORIES),
  };
}
