import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { computeYearExemption, type YearExemption, type YearGrant } from './compute-year-exemption';
import { BENEFIT_EVENTS } from './rule-table';
import { STORE_CATEGORIES } from './store-categories';

const C = STORE_CATEGORIES;
const TOYS_AND_BOOKS = [C.toysAndChildren, C.cultureAndLeisure];
const GIFTS = [C.beautyAndWellbeing, C.homeAndDiy];

function grant(overrides: Partial<YearGrant> & Pick<YearGrant, 'id' | 'event'>): YearGrant {
  return { categories: GIFTS, employeeAmountCents: 0, children: [], ...overrides };
}

const christmas2026 = grant({
  id: 'noel',
  event: 'CHRISTMAS',
  categories: TOYS_AND_BOOKS,
  employeeAmountCents: 12_000,
  children: [{ childId: 'five', birthYear: 2021, amountCents: 6_000 }],
});

const toDeclareOf = (result: YearExemption, grantId: string) =>
  result.grants.find((g) => g.grantId === grantId)!.toDeclareCents;

describe('worked examples', () => {
  it('Christmas 2026: 120 € for the employee and 60 € for the child aged 5 (180 €) is all exempt within the 200 € tolerance', () => {
    const result = computeYearExemption(2026, [christmas2026]);
    expect(result).toMatchObject({
      thresholdCents: 20_000,
      grantedCents: 18_000,
      exemptCents: 18_000,
      toDeclareCents: 0,
      withinYearlyTolerance: true,
    });
    expect(result.grants[0]!.shares.map((share) => share.verdict)).toEqual([
      { exempt: true, basis: 'YEARLY_TOLERANCE' },
      { exempt: true, basis: 'YEARLY_TOLERANCE' },
    ]);
  });

  it('Christmas 2026 plus a 150 € birth (330 €, above 200 €): every voucher is a listed event within its cap, all exempt', () => {
    const birth = grant({ id: 'birth', event: 'BIRTH', categories: [C.toysAndChildren], employeeAmountCents: 15_000 });
    const result = computeYearExemption(2026, [christmas2026, birth]);
    expect(result).toMatchObject({ grantedCents: 33_000, exemptCents: 33_000, withinYearlyTolerance: false });
    for (const share of result.grants.flatMap((g) => g.shares)) {
      expect(share.verdict).toEqual({ exempt: true, basis: 'LISTED_EVENT' });
    }
  });

  it('docs/URSSAF-RULES.md’s example: with a 250 € Christmas for Claire herself, those 250 € are to declare, the rest stays exempt', () => {
    const claire = { ...christmas2026, employeeAmountCents: 25_000 };
    const birth = grant({ id: 'birth', event: 'BIRTH', categories: [C.toysAndChildren], employeeAmountCents: 15_000 });
    const result = computeYearExemption(2026, [claire, birth]);
    expect(result).toMatchObject({ grantedCents: 46_000, exemptCents: 21_000, toDeclareCents: 25_000 });
    expect(result.grants[0]!.shares.map((share) => share.toDeclareCents)).toEqual([25_000, 0]);
  });

  it('a 60 € Christmas voucher for a child of 17 is to declare once the year is above 200 €, the others stay exempt', () => {
    const withSeventeen = {
      ...christmas2026,
      children: [...christmas2026.children, { childId: 'seventeen', birthYear: 2009, amountCents: 6_000 }],
    };
    const result = computeYearExemption(2026, [withSeventeen]);
    expect(result).toMatchObject({ grantedCents: 24_000, exemptCents: 18_000, toDeclareCents: 6_000 });
    expect(result.grants[0]!.shares[2]).toMatchObject({
      beneficiary: { kind: 'CHILD', childId: 'seventeen', birthYear: 2009 },
      toDeclareCents: 6_000,
      verdict: { exempt: false, reasons: ['CHILD_OVER_AGE_LIMIT'] },
    });
  });

  it('a 250 € Christmas voucher breaks the 200 € cap: all 250 € are to declare, not the 50 € above it', () => {
    const big = grant({ id: 'big', event: 'CHRISTMAS', categories: TOYS_AND_BOOKS, employeeAmountCents: 25_000 });
    const result = computeYearExemption(2026, [big]);
    expect(result).toMatchObject({ exemptCents: 0, toDeclareCents: 25_000 });
    expect(result.grants[0]!.shares[0]!.verdict).toEqual({ exempt: false, reasons: ['EVENT_CAP_EXCEEDED'] });
  });

  it('two Christmas grants of 150 € and 100 € to the same employee break the cap together: both are to declare', () => {
    const first = grant({ id: 'first', event: 'CHRISTMAS', categories: TOYS_AND_BOOKS, employeeAmountCents: 15_000 });
    const second = grant({ id: 'second', event: 'CHRISTMAS', categories: TOYS_AND_BOOKS, employeeAmountCents: 10_000 });
    const result = computeYearExemption(2026, [first, second]);
    expect(toDeclareOf(result, 'first')).toBe(15_000);
    expect(toDeclareOf(result, 'second')).toBe(10_000);
    expect(result.eventTotals).toEqual([
      {
        event: 'CHRISTMAS',
        beneficiary: { kind: 'EMPLOYEE' },
        grantedCents: 25_000,
        capCents: 20_000,
        capExceeded: true,
      },
    ]);
  });

  it('caps Christmas per child: 200 € for the employee and 200 € for each of two children is all exempt', () => {
    const generous = grant({
      id: 'generous',
      event: 'CHRISTMAS',
      categories: TOYS_AND_BOOKS,
      employeeAmountCents: 20_000,
      children: [
        { childId: 'a', birthYear: 2015, amountCents: 20_000 },
        { childId: 'b', birthYear: 2018, amountCents: 20_000 },
      ],
    });
    expect(computeYearExemption(2026, [generous])).toMatchObject({ exemptCents: 60_000, toDeclareCents: 0 });
  });

  it('caps back to school per child: 150 € for each of two children (300 €) is exempt, 201 € for one is not', () => {
    const school = grant({
      id: 'school',
      event: 'BACK_TO_SCHOOL',
      categories: [C.fashion, C.cultureAndLeisure],
      children: [
        { childId: 'a', birthYear: 2008, amountCents: 15_000 },
        { childId: 'b', birthYear: 2001, amountCents: 15_000 },
      ],
    });
    expect(computeYearExemption(2026, [school])).toMatchObject({ exemptCents: 30_000, toDeclareCents: 0 });
    const tooMuch = { ...school, children: [{ childId: 'a', birthYear: 2008, amountCents: 20_100 }] };
    expect(computeYearExemption(2026, [tooMuch])).toMatchObject({ exemptCents: 0, toDeclareCents: 20_100 });
  });

  it('a grant that can be spent on food or anywhere is not tied to its event', () => {
    const food = grant({
      id: 'food',
      event: 'CHRISTMAS',
      categories: [C.toysAndChildren, C.food],
      employeeAmountCents: 15_000,
    });
    const anywhere = grant({ id: 'anywhere', event: 'MOTHERS_DAY', categories: 'ANY', employeeAmountCents: 10_000 });
    const result = computeYearExemption(2026, [food, anywhere]);
    expect(result.toDeclareCents).toBe(25_000);
    for (const share of result.grants.flatMap((g) => g.shares)) {
      expect(share.verdict).toEqual({ exempt: false, reasons: ['USE_NOT_TIED_TO_EVENT'] });
    }
  });

  it('an OTHER grant is exempt only within the yearly tolerance', () => {
    const bonus = grant({ id: 'bonus', event: 'OTHER', categories: 'ANY', employeeAmountCents: 20_000 });
    expect(computeYearExemption(2026, [bonus]).toDeclareCents).toBe(0);
    const withBirth = [bonus, grant({ id: 'birth', event: 'BIRTH', categories: [C.fashion], employeeAmountCents: 1 })];
    const result = computeYearExemption(2026, withBirth);
    expect(toDeclareOf(result, 'bonus')).toBe(20_000);
    expect(toDeclareOf(result, 'birth')).toBe(0);
    expect(result.grants[0]!.shares[0]!.verdict).toEqual({ exempt: false, reasons: ['NO_LISTED_EVENT'] });
  });

  it('an employee’s own share of a back-to-school grant, or a child’s share of a marriage grant, concerns no one', () => {
    const school = grant({
      id: 'school',
      event: 'BACK_TO_SCHOOL',
      categories: [C.fashion],
      employeeAmountCents: 10_000,
      children: [{ childId: 'a', birthYear: 2015, amountCents: 10_000 }],
    });
    const marriage = grant({
      id: 'marriage',
      event: 'MARRIAGE',
      employeeAmountCents: 10_000,
      children: [{ childId: 'a', birthYear: 2015, amountCents: 5_000 }],
    });
    const result = computeYearExemption(2026, [school, marriage]);
    const verdicts = result.grants.flatMap((g) =>
      g.shares.map((share) => [g.grantId, share.beneficiary.kind, share.verdict]),
    );
    expect(verdicts).toEqual([
      ['school', 'EMPLOYEE', { exempt: false, reasons: ['BENEFICIARY_NOT_CONCERNED'] }],
      ['school', 'CHILD', { exempt: true, basis: 'LISTED_EVENT' }],
      ['marriage', 'EMPLOYEE', { exempt: true, basis: 'LISTED_EVENT' }],
      ['marriage', 'CHILD', { exempt: false, reasons: ['BENEFICIARY_NOT_CONCERNED'] }],
    ]);
  });

  it('lists every reason a voucher fails', () => {
    const bad = grant({
      id: 'bad',
      event: 'CHRISTMAS',
      categories: [C.food],
      children: [{ childId: 'old', birthYear: 2000, amountCents: 30_000 }],
    });
    expect(computeYearExemption(2026, [bad]).grants[0]!.shares[0]!.verdict).toEqual({
      exempt: false,
      reasons: ['CHILD_OVER_AGE_LIMIT', 'USE_NOT_TIED_TO_EVENT', 'EVENT_CAP_EXCEEDED'],
    });
  });
});

describe('2025 and 2026 values', () => {
  const other = (cents: number) =>
    grant({ id: 'other', event: 'OTHER', categories: 'ANY', employeeAmountCents: cents });

  it('uses 196 € in 2025 and 200 € in 2026 as the yearly tolerance, both inclusive', () => {
    expect(computeYearExemption(2025, [other(19_600)]).toDeclareCents).toBe(0);
    expect(computeYearExemption(2025, [other(19_601)]).toDeclareCents).toBe(19_601);
    expect(computeYearExemption(2026, [other(20_000)]).toDeclareCents).toBe(0);
    expect(computeYearExemption(2026, [other(20_001)]).toDeclareCents).toBe(20_001);
  });

  it('uses the same figure as the per-event cap: 200 € at Christmas is within it in 2026, not in 2025', () => {
    const grants = [
      grant({ id: 'noel', event: 'CHRISTMAS', categories: TOYS_AND_BOOKS, employeeAmountCents: 20_000 }),
      grant({ id: 'mothers', event: 'MOTHERS_DAY', employeeAmountCents: 15_000 }),
    ];
    expect(computeYearExemption(2026, grants)).toMatchObject({ exemptCents: 35_000, toDeclareCents: 0 });
    const in2025 = computeYearExemption(2025, grants);
    expect(toDeclareOf(in2025, 'noel')).toBe(20_000);
    expect(toDeclareOf(in2025, 'mothers')).toBe(0);
  });

  it('refuses a year without figures', () => {
    expect(() => computeYearExemption(2027, [])).toThrow(/No URSSAF figures for 2027/);
  });
});

describe('bad input', () => {
  it('refuses a child born after the year, one child with two birth years, and amounts that are not whole cents', () => {
    const child = (birthYear: number, amountCents = 1_000) => ({ childId: 'a', birthYear, amountCents });
    const christmas = (children: YearGrant['children'], employeeAmountCents = 0) =>
      grant({ id: 'g', event: 'CHRISTMAS', categories: TOYS_AND_BOOKS, employeeAmountCents, children });
    expect(() => computeYearExemption(2026, [christmas([child(2027)])])).toThrow(/born in 2027/);
    expect(() => computeYearExemption(2026, [christmas([child(2015)]), christmas([child(2016)])])).toThrow(
      /two birth years/,
    );
    expect(() => computeYearExemption(2026, [christmas([], -1)])).toThrow(RangeError);
    expect(() => computeYearExemption(2026, [christmas([child(2015, 0.5)])])).toThrow(RangeError);
  });
});

// A family of three children, born by 2025 (the earliest year in the table), with fixed birth years
// per run; grants draw their children from it.
const family = fc.tuple(
  fc.integer({ min: 1998, max: 2025 }),
  fc.integer({ min: 1998, max: 2025 }),
  fc.integer({ min: 1998, max: 2025 }),
);
const categoriesArb = fc.oneof(
  fc.constant('ANY' as const),
  fc.subarray([...Object.values(STORE_CATEGORIES), 'Carburant'], { minLength: 1 }),
);
const grantArb = (birthYears: readonly number[]) =>
  fc.record({
    id: fc.uuid(),
    event: fc.constantFrom(...BENEFIT_EVENTS),
    categories: categoriesArb,
    employeeAmountCents: fc.oneof(fc.constant(0), fc.nat(30_000)),
    children: fc.subarray([0, 1, 2]).chain((indexes) =>
      fc.tuple(...indexes.map(() => fc.nat(25_000))).map((amounts) =>
        indexes.map((index, i) => ({
          childId: `child${index}`,
          birthYear: birthYears[index]!,
          amountCents: amounts[i]!,
        })),
      ),
    ),
  });
const yearArb = fc.constantFrom(2025, 2026);
const scenario = fc.tuple(yearArb, family).chain(([year, birthYears]) =>
  fc.record({
    year: fc.constant(year),
    grants: fc.array(grantArb(birthYears), { maxLength: 6 }),
    extra: grantArb(birthYears),
  }),
);

describe('properties', () => {
  it('splits every amount into exempt and to declare, each voucher wholly one or the other', () => {
    fc.assert(
      fc.property(scenario, ({ year, grants }) => {
        const result = computeYearExemption(year, grants);
        expect(result.exemptCents + result.toDeclareCents).toBe(result.grantedCents);
        expect(result.grants.reduce((sum, g) => sum + g.grantedCents, 0)).toBe(result.grantedCents);
        for (const g of result.grants) {
          expect(g.exemptCents + g.toDeclareCents).toBe(g.grantedCents);
          for (const share of g.shares) {
            expect(share.exemptCents + share.toDeclareCents).toBe(share.amountCents);
            expect(share.exemptCents).toBe(share.verdict.exempt ? share.amountCents : 0);
          }
        }
      }),
    );
  });

  it('declares nothing while the yearly total stays within the threshold', () => {
    fc.assert(
      fc.property(scenario, ({ year, grants }) => {
        const result = computeYearExemption(year, grants);
        if (result.grantedCents <= result.thresholdCents) expect(result.toDeclareCents).toBe(0);
        else expect(result.withinYearlyTolerance).toBe(false);
      }),
    );
  });

  it('never lowers what is to declare when a grant is added, nor makes a declared voucher exempt', () => {
    fc.assert(
      fc.property(scenario, ({ year, grants, extra }) => {
        const before = computeYearExemption(year, grants);
        const after = computeYearExemption(year, [...grants, extra]);
        expect(after.toDeclareCents).toBeGreaterThanOrEqual(before.toDeclareCents);
        before.grants.forEach((g, i) => {
          expect(after.grants[i]!.toDeclareCents).toBeGreaterThanOrEqual(g.toDeclareCents);
        });
      }),
    );
  });

  it('does not depend on the order of the grants', () => {
    fc.assert(
      fc.property(scenario, ({ year, grants }) => {
        const forward = computeYearExemption(year, grants);
        const backward = computeYearExemption(year, [...grants].reverse());
        expect(backward.toDeclareCents).toBe(forward.toDeclareCents);
        expect([...backward.grants].reverse()).toEqual(forward.grants);
      }),
    );
  });

  it('exempts a child’s Christmas voucher above the tolerance exactly when the child is 16 or less that year', () => {
    fc.assert(
      fc.property(
        yearArb,
        fc.integer({ min: 1990, max: 2025 }),
        fc.integer({ min: 1, max: 19_600 }),
        (year, birthYear, cents) => {
          const result = computeYearExemption(year, [
            grant({ id: 'bonus', event: 'OTHER', categories: 'ANY', employeeAmountCents: 30_000 }),
            grant({
              id: 'noel',
              event: 'CHRISTMAS',
              categories: TOYS_AND_BOOKS,
              children: [{ childId: 'c', birthYear, amountCents: cents }],
            }),
          ]);
          expect(result.grants[1]!.shares[0]!.verdict.exempt).toBe(year - birthYear <= 16);
        },
      ),
    );
  });
});
