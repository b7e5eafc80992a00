import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  ageInYear,
  categoriesOutsideEvent,
  isCategoryAllowedForEvent,
  isChildEligible,
  isEmployeeConcerned,
} from './event-eligibility';
import { BENEFIT_EVENTS } from './rule-table';
import { STORE_CATEGORIES } from './store-categories';

const C = STORE_CATEGORIES;

describe('children’s age limits', () => {
  it('counts the age a child reaches in the calendar year', () => {
    expect(ageInYear(2010, 2026)).toBe(16);
    expect(ageInYear(2026, 2026)).toBe(0);
  });

  it('gives Christmas to children up to 16 in the year', () => {
    expect(isChildEligible('CHRISTMAS', 2010, 2026)).toBe(true); // turns 16 in 2026
    expect(isChildEligible('CHRISTMAS', 2009, 2026)).toBe(false); // turns 17
    expect(isChildEligible('CHRISTMAS', 2026, 2026)).toBe(true); // born in the year
    expect(isChildEligible('CHRISTMAS', 2009, 2025)).toBe(true); // 16 in 2025, 17 in 2026
  });

  it('gives back to school to children under 26 in the year', () => {
    expect(isChildEligible('BACK_TO_SCHOOL', 2001, 2026)).toBe(true); // turns 25
    expect(isChildEligible('BACK_TO_SCHOOL', 2000, 2026)).toBe(false); // turns 26
    expect(isChildEligible('BACK_TO_SCHOOL', 2000, 2025)).toBe(true);
  });

  it('gives nothing to a child not born yet, for any event', () => {
    for (const event of BENEFIT_EVENTS) expect(isChildEligible(event, 2027, 2026)).toBe(false);
  });

  it('gives an event without per-child vouchers to no child, and OTHER to every child born by then', () => {
    expect(isChildEligible('MARRIAGE', 2020, 2026)).toBe(false);
    expect(isChildEligible('MOTHERS_DAY', 2020, 2026)).toBe(false);
    expect(isChildEligible('OTHER', 1950, 2026)).toBe(true);
  });

  it('admits exactly the ages 0 to 16 at Christmas and 0 to 25 for back to school', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 2000, max: 2100 }), (birthYear, year) => {
        const age = year - birthYear;
        expect(isChildEligible('CHRISTMAS', birthYear, year)).toBe(age >= 0 && age <= 16);
        expect(isChildEligible('BACK_TO_SCHOOL', birthYear, year)).toBe(age >= 0 && age <= 25);
      }),
    );
  });

  it('does not concern the employee for back to school only', () => {
    expect(BENEFIT_EVENTS.filter((event) => !isEmployeeConcerned(event))).toEqual(['BACK_TO_SCHOOL']);
  });
});

describe('store categories per event', () => {
  it('allows toys and culture at Christmas, not food, a department store, or a category it does not know', () => {
    expect(isCategoryAllowedForEvent('CHRISTMAS', C.toysAndChildren)).toBe(true);
    expect(isCategoryAllowedForEvent('CHRISTMAS', C.cultureAndLeisure)).toBe(true);
    expect(isCategoryAllowedForEvent('CHRISTMAS', C.food)).toBe(false);
    expect(isCategoryAllowedForEvent('CHRISTMAS', C.departmentStores)).toBe(false);
    expect(isCategoryAllowedForEvent('CHRISTMAS', 'Carburant')).toBe(false);
  });

  it('allows clothing and computing for back to school, not toys', () => {
    expect(isCategoryAllowedForEvent('BACK_TO_SCHOOL', C.fashion)).toBe(true);
    expect(isCategoryAllowedForEvent('BACK_TO_SCHOOL', C.techAndAppliances)).toBe(true);
    expect(isCategoryAllowedForEvent('BACK_TO_SCHOOL', C.toysAndChildren)).toBe(false);
  });

  it('never allows food for a listed event, and allows anything for OTHER', () => {
    for (const event of BENEFIT_EVENTS) {
      expect(isCategoryAllowedForEvent(event, C.food)).toBe(event === 'OTHER');
    }
    expect(isCategoryAllowedForEvent('OTHER', 'Carburant')).toBe(true);
  });

  it('names the categories of a campaign that break its event’s rule', () => {
    expect(categoriesOutsideEvent('CHRISTMAS', [C.toysAndChildren, C.food, C.beautyAndWellbeing])).toEqual([
      C.food,
      C.beautyAndWellbeing,
    ]);
    expect(categoriesOutsideEvent('CHRISTMAS', [C.toysAndChildren, C.sport])).toEqual([]);
    expect(categoriesOutsideEvent('OTHER', [C.food])).toEqual([]);
  });
});
