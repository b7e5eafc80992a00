import {
  BENEFIT_EVENTS,
  type BenefitEvent,
  categoriesOutsideEvent,
  EVENT_RULES,
  isEmployeeConcerned,
  yearFigures,
} from '@jackpot-portal/benefits-rules';
import { z } from 'zod';

import { AppError } from '../../errors';
import { budgetTargetsInput } from '../budgets/grant-budget-to-many';

/** Who gets a wallet at launch: every enabled employee, the employees table's filters, or a list (from a CSV). */
export const campaignEligibility = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ALL') }),
  z.object({ kind: z.literal('FILTER'), filters: budgetTargetsInput }),
  z.object({ kind: z.literal('LIST'), userIds: z.array(z.uuid()).min(1).max(100_000) }),
]);
export type CampaignEligibility = z.infer<typeof campaignEligibility>;

const cents = z.number().int().min(0).max(1_000_000);

/** A campaign as the admin writes it (create, and update of a draft). */
export const campaignFields = z.object({
  name: z.string().trim().min(3).max(120),
  event: z.enum(BENEFIT_EVENTS),
  year: z.number().int().min(2000).max(2100),
  employeeAmountCents: cents,
  perChildAmountCents: cents,
  eligibility: campaignEligibility,
  opensAt: z.coerce.date(),
  closesAt: z.coerce.date(),
  /** The store categories it can be spent in; omitted: the event's (benefits-rules). */
  allowedCategories: z.array(z.string().trim().min(1).max(100)).min(1).max(50).optional(),
});
export type CampaignFields = z.infer<typeof campaignFields>;

/** A choice the admin may make but should know about: a category that breaks the event's rule. */
export interface CampaignWarning {
  code: 'CATEGORY_OUTSIDE_EVENT';
  categories: string[];
}

/** The event's own categories: what a new campaign starts with. OTHER has no rule: no category is preset. */
export function defaultCategories(event: BenefitEvent): string[] {
  return event === 'OTHER' ? [] : [...EVENT_RULES[event].allowedCategories];
}

export function campaignWarnings(campaign: { event: string; allowedCategories: readonly string[] }): CampaignWarning[] {
  const outside = categoriesOutsideEvent(campaign.event as BenefitEvent, campaign.allowedCategories);
  return outside.length > 0 ? [{ code: 'CATEGORY_OUTSIDE_EVENT', categories: outside }] : [];
}

/**
 * Checks what the schema cannot: dates in order, something to give, amounts the event has a
 * beneficiary for (no employee amount for back to school, no per-child amount for a marriage),
 * URSSAF figures for the year, at least one category. Returns the campaign's columns to store
 * (only those: the procedure's input also carries the actor and, on update, the campaign id).
 */
export function checkCampaignFields(fields: CampaignFields) {
  if (fields.closesAt <= fields.opensAt)
    throw new AppError('VALIDATION', 'The closing date must come after the opening date.');
  if (fields.employeeAmountCents + fields.perChildAmountCents === 0)
    throw new AppError('VALIDATION', 'Give an amount per employee, per child, or both.');
  if (fields.employeeAmountCents > 0 && !isEmployeeConcerned(fields.event))
    throw new AppError('VALIDATION', 'This event is for children only: give an amount per child, not per employee.');
  if (fields.perChildAmountCents > 0 && fields.event !== 'OTHER' && EVENT_RULES[fields.event].children === null)
    throw new AppError('VALIDATION', 'This event has no per-child amount: give an amount per employee only.');
  requireYearFigures(fields.year);
  const allowedCategories = [...new Set(fields.allowedCategories ?? defaultCategories(fields.event))];
  if (allowedCategories.length === 0)
    throw new AppError('VALIDATION', 'Choose at least one store category the campaign can be spent in.');
  const { name, event, year, employeeAmountCents, perChildAmountCents, eligibility, opensAt, closesAt } = fields;
  return {
    name,
    event,
    year,
    employeeAmountCents,
    perChildAmountCents,
    eligibility,
    opensAt,
    closesAt,
    allowedCategories,
  };
}

/** Refuses plainly a year whose URSSAF figures the rule table does not hold. */
export function requireYearFigures(year: number) {
  try {
    return yearFigures(year);
  } catch (error) {
    throw new AppError('RULES_YEAR_UNKNOWN', `The URSSAF figures for ${year} are not in the rule table yet.`, {
      cause: error,
      params: { year: String(year) },
    });
  }
}
