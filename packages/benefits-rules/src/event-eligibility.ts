import { EVENT_RULES, type BenefitEvent } from './rule-table';

/** The age a child reaches during the calendar year: all we know is the birth year (D4). */
export function ageInYear(birthYear: number, year: number): number {
  return year - birthYear;
}

/**
 * Whether a child can have a voucher of their own for the event in that year: born by then, and
 * within the event's age limit. OTHER has no age limit (every child born by then); an event without
 * per-child vouchers (a marriage) has none.
 */
export function isChildEligible(event: BenefitEvent, birthYear: number, year: number): boolean {
  const age = ageInYear(birthYear, year);
  if (age < 0) return false;
  if (event === 'OTHER') return true;
  const children = EVENT_RULES[event].children;
  return children !== null && age <= children.maxAgeInYear;
}

/** Whether a voucher for the employee themself can be exempt for the event (OTHER: only within the tolerance). */
export function isEmployeeConcerned(event: BenefitEvent): boolean {
  return event === 'OTHER' || EVENT_RULES[event].employee;
}

/**
 * Whether spending in a store of this category keeps the voucher's use tied to the event. OTHER
 * has no rule to break (and no exemption beyond the yearly tolerance): every category is allowed.
 */
export function isCategoryAllowedForEvent(event: BenefitEvent, category: string): boolean {
  if (event === 'OTHER') return true;
  return (EVENT_RULES[event].allowedCategories as readonly string[]).includes(category);
}

/** The categories of a campaign that break its event's rule (empty when the choice keeps the exemption). */
export function categoriesOutsideEvent(event: BenefitEvent, categories: readonly string[]): string[] {
  return categories.filter((category) => !isCategoryAllowedForEvent(event, category));
}
