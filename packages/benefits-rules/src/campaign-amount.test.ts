import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { campaignAmountForEmployee, type CampaignTerms } from './campaign-amount';

const christmas2026: CampaignTerms = {
  event: 'CHRISTMAS',
  year: 2026,
  employeeAmountCents: 12_000,
  perChildAmountCents: 6_000,
};

describe('a campaign’s amount for one employee', () => {
  it('Christmas 2026, 120 € + 60 € per child, children aged 5 and 17: 180 € (the 17-year-old is over 16)', () => {
    const amount = campaignAmountForEmployee(christmas2026, [
      { childId: 'a', birthYear: 2021 },
      { childId: 'b', birthYear: 2009 },
    ]);
    expect(amount).toEqual({
      employeeAmountCents: 12_000,
      children: [{ childId: 'a', birthYear: 2021, amountCents: 6_000 }],
      totalCents: 18_000,
    });
  });

  it('back to school 2026, 80 € per child: children aged 25 and 6 get it, the one aged 26 does not', () => {
    const amount = campaignAmountForEmployee(
      { event: 'BACK_TO_SCHOOL', year: 2026, employeeAmountCents: 0, perChildAmountCents: 8_000 },
      [
        { childId: 'a', birthYear: 2001 },
        { childId: 'b', birthYear: 2000 },
        { childId: 'c', birthYear: 2020 },
      ],
    );
    expect(amount.children.map((child) => child.childId)).toEqual(['a', 'c']);
    expect(amount.totalCents).toBe(16_000);
  });

  it('gives an employee without children their own amount only', () => {
    expect(campaignAmountForEmployee(christmas2026, [])).toEqual({
      employeeAmountCents: 12_000,
      children: [],
      totalCents: 12_000,
    });
  });

  it('gives a child not born in the campaign’s year nothing', () => {
    expect(campaignAmountForEmployee(christmas2026, [{ childId: 'a', birthYear: 2027 }]).totalCents).toBe(12_000);
  });

  it('refuses an amount the event has no beneficiary for', () => {
    expect(() =>
      campaignAmountForEmployee(
        { event: 'BACK_TO_SCHOOL', year: 2026, employeeAmountCents: 5_000, perChildAmountCents: 8_000 },
        [],
      ),
    ).toThrow(/nothing to the employee/);
    expect(() =>
      campaignAmountForEmployee(
        { event: 'MARRIAGE', year: 2026, employeeAmountCents: 15_000, perChildAmountCents: 1_000 },
        [],
      ),
    ).toThrow(/no amount per child/);
  });

  it('refuses amounts that are not whole cents and birth years that are not years', () => {
    expect(() => campaignAmountForEmployee({ ...christmas2026, employeeAmountCents: 12.5 }, [])).toThrow(RangeError);
    expect(() => campaignAmountForEmployee({ ...christmas2026, perChildAmountCents: -1 }, [])).toThrow(RangeError);
    expect(() => campaignAmountForEmployee(christmas2026, [{ childId: 'a', birthYear: 20.5 }])).toThrow(RangeError);
  });

  it('is the employee amount plus the per-child amount for each child aged 16 or less at Christmas', () => {
    fc.assert(
      fc.property(
        fc.nat(50_000),
        fc.nat(50_000),
        fc.array(fc.integer({ min: 1990, max: 2030 }), { maxLength: 6 }),
        (employeeAmountCents, perChildAmountCents, birthYears) => {
          const children = birthYears.map((birthYear, i) => ({ childId: String(i), birthYear }));
          const amount = campaignAmountForEmployee(
            { event: 'CHRISTMAS', year: 2026, employeeAmountCents, perChildAmountCents },
            children,
          );
          const eligible = perChildAmountCents === 0 ? 0 : birthYears.filter((y) => y <= 2026 && y >= 2010).length;
          expect(amount.children).toHaveLength(eligible);
          expect(amount.totalCents).toBe(employeeAmountCents + eligible * perChildAmountCents);
        },
      ),
    );
  });
});
