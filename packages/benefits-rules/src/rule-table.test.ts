import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { BENEFIT_EVENTS, EVENT_RULES, fivePercentRoundedToEuro, YEAR_FIGURES, yearFigures } from './rule-table';
import { STORE_CATEGORIES } from './store-categories';

describe('the yearly figures', () => {
  it('holds 2025: PMSS 3 925 €, threshold 196 €', () => {
    expect(yearFigures(2025)).toMatchObject({ pmssCents: 392_500, thresholdCents: 19_600 });
  });

  it('holds 2026: PMSS 4 005 €, threshold 200 € (200,25 € rounded)', () => {
    expect(yearFigures(2026)).toMatchObject({ pmssCents: 400_500, thresholdCents: 20_000 });
  });

  it('publishes for every year the 5 % of its PMSS rounded to the euro', () => {
    for (const row of YEAR_FIGURES) expect(row.thresholdCents).toBe(fivePercentRoundedToEuro(row.pmssCents));
  });

  it('cites a source for every year', () => {
    for (const row of YEAR_FIGURES) {
      expect(row.source.title).toMatch(/urssaf\.fr/);
      expect(row.source.reference).toContain(`PMSS ${row.year}`);
      expect(row.source.year).toBe(row.year);
    }
  });

  it('refuses a year the table does not hold, saying where to add it', () => {
    expect(() => yearFigures(2027)).toThrow(/No URSSAF figures for 2027: add .*rule-table\.ts/);
  });
});

describe('rounding 5 % of the PMSS to the euro', () => {
  it('matches what URSSAF published in earlier years, up and down', () => {
    expect(fivePercentRoundedToEuro(337_700)).toBe(16_900); // 2019: 168,85 € → 169 €
    expect(fivePercentRoundedToEuro(342_800)).toBe(17_100); // 2022: 171,40 € → 171 €
    expect(fivePercentRoundedToEuro(366_600)).toBe(18_300); // 2023: 183,30 € → 183 €
    expect(fivePercentRoundedToEuro(386_400)).toBe(19_300); // 2024: 193,20 € → 193 €
    expect(fivePercentRoundedToEuro(392_500)).toBe(19_600); // 2025: 196,25 € → 196 €
    expect(fivePercentRoundedToEuro(400_500)).toBe(20_000); // 2026: 200,25 € → 200 €
  });

  it('rounds a half euro up', () => {
    expect(fivePercentRoundedToEuro(301_000)).toBe(15_100); // 150,50 € → 151 €
  });

  it('is always a whole euro within 50 cents of 5 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (pmssCents) => {
        const threshold = fivePercentRoundedToEuro(pmssCents);
        expect(threshold % 100).toBe(0);
        // |threshold − pmss / 20| ≤ 50, in whole numbers: |20 × threshold − pmss| ≤ 1 000.
        expect(Math.abs(threshold * 20 - pmssCents)).toBeLessThanOrEqual(1_000);
      }),
    );
  });

  it('never decreases when the PMSS rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.nat(1_000_000), (pmss, rise) => {
        expect(fivePercentRoundedToEuro(pmss + rise)).toBeGreaterThanOrEqual(fivePercentRoundedToEuro(pmss));
      }),
    );
  });

  it('refuses a PMSS that is not a positive number of cents', () => {
    expect(() => fivePercentRoundedToEuro(0)).toThrow(RangeError);
    expect(() => fivePercentRoundedToEuro(4005.5)).toThrow(RangeError);
  });
});

describe('the events', () => {
  const listed = BENEFIT_EVENTS.filter((event) => event !== 'OTHER');
  const catalogue: readonly string[] = Object.values(STORE_CATEGORIES);

  it('lists URSSAF’s nine events, each with its rule, plus OTHER', () => {
    expect([...listed].sort()).toEqual(Object.keys(EVENT_RULES).sort());
    expect(listed).toHaveLength(9);
  });

  it('allows only categories of the catalogue, never food (no luxury-food category exists)', () => {
    for (const event of listed) {
      const allowed = EVENT_RULES[event].allowedCategories;
      expect(allowed.length).toBeGreaterThan(0);
      for (const category of allowed) expect(catalogue).toContain(category);
      expect(allowed).not.toContain(STORE_CATEGORIES.food);
    }
  });

  it('never ties a department store or travel to an event (their use is not determined)', () => {
    for (const event of listed) {
      expect(EVENT_RULES[event].allowedCategories).not.toContain(STORE_CATEGORIES.departmentStores);
      expect(EVENT_RULES[event].allowedCategories).not.toContain(STORE_CATEGORIES.travelAndOutings);
    }
  });

  it('ties Christmas to toys, books and culture, leisure and sport', () => {
    expect([...EVENT_RULES.CHRISTMAS.allowedCategories].sort()).toEqual(
      [STORE_CATEGORIES.toysAndChildren, STORE_CATEGORIES.cultureAndLeisure, STORE_CATEGORIES.sport].sort(),
    );
  });

  it('ties back to school to supplies and books, clothing and computing', () => {
    expect([...EVENT_RULES.BACK_TO_SCHOOL.allowedCategories].sort()).toEqual(
      [STORE_CATEGORIES.cultureAndLeisure, STORE_CATEGORIES.fashion, STORE_CATEGORIES.techAndAppliances].sort(),
    );
  });

  it('gives per-child vouchers to Christmas (up to 16) and back to school (under 26) only', () => {
    expect(EVENT_RULES.CHRISTMAS.children?.maxAgeInYear).toBe(16);
    expect(EVENT_RULES.BACK_TO_SCHOOL.children?.maxAgeInYear).toBe(25);
    expect(listed.filter((event) => EVENT_RULES[event].children !== null).sort()).toEqual([
      'BACK_TO_SCHOOL',
      'CHRISTMAS',
    ]);
  });

  it('concerns the employee for every event but back to school', () => {
    expect(listed.filter((event) => !EVENT_RULES[event].employee)).toEqual(['BACK_TO_SCHOOL']);
  });

  it('cites a source and the year it was checked for, for every event', () => {
    for (const event of listed) {
      const { source } = EVENT_RULES[event];
      expect(source.title).toMatch(/urssaf\.fr/);
      expect(source.reference.length).toBeGreaterThan(20);
      expect(YEAR_FIGURES.map((row) => row.year)).toContain(source.year);
    }
  });
});
