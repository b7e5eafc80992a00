import { isChildEligible, isEmployeeConcerned } from './event-eligibility';
import { assertCents, assertYear } from './money';
import { EVENT_RULES, type BenefitEvent } from './rule-table';

export interface DeclaredChild {
  /** Any stable id of the child (no name is needed). */
  childId: string;
  birthYear: number;
}

export interface CampaignTerms {
  event: BenefitEvent;
  year: number;
  employeeAmountCents: number;
  perChildAmountCents: number;
}

export interface ChildShare extends DeclaredChild {
  amountCents: number;
}

/** What one employee receives from a campaign: their own share and one share per eligible child. */
export interface EmployeeCampaignAmount {
  employeeAmountCents: number;
  children: ChildShare[];
  totalCents: number;
}

/**
 * The amount of a campaign for one employee, from the children they declared: only the children
 * the event's age rule admits in the campaign's year get the per-child amount (Christmas: up to 16
 * in the year; back to school: under 26; OTHER: every child born by then). A campaign cannot give
 * an amount its event has no beneficiary for (an employee amount for back to school, a per-child
 * amount for a marriage): that is a RangeError, for the campaign form to prevent.
 */
export function campaignAmountForEmployee(
  terms: CampaignTerms,
  children: readonly DeclaredChild[],
): EmployeeCampaignAmount {
  assertYear(terms.year, 'The campaign year');
  assertCents(terms.employeeAmountCents, 'The amount per employee');
  assertCents(terms.perChildAmountCents, 'The amount per child');
  if (terms.employeeAmountCents > 0 && !isEmployeeConcerned(terms.event)) {
    throw new RangeError(`A ${terms.event} campaign gives nothing to the employee: only an amount per child`);
  }
  if (terms.perChildAmountCents > 0 && terms.event !== 'OTHER' && EVENT_RULES[terms.event].children === null) {
    throw new RangeError(`A ${terms.event} campaign has no amount per child`);
  }
  for (const child of children) assertYear(child.birthYear, `The birth year of child ${child.childId}`);
  const shares =
    terms.perChildAmountCents === 0
      ? []
      : children
          .filter((child) => isChildEligible(terms.event, child.birthYear, terms.year))
          .map((child) => ({ ...child, amountCents: terms.perChildAmountCents }));
  const childrenCents = shares.reduce((sum, share) => sum + share.amountCents, 0);
  return {
    employeeAmountCents: terms.employeeAmountCents,
    children: shares,
    totalCents: terms.employeeAmountCents + childrenCents,
  };
}
