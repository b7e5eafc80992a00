import { describe, expect, it } from 'vitest';

import { blankDraft, campaignInput, draftOf, type Rules } from './campaign-draft';

const rules = {
  events: [{ event: 'CHRISTMAS', rule: { allowedCategories: ['Jouets & Enfants', 'Culture & Loisirs'] } }],
} as unknown as Rules;

// As the server keeps them: cents, and instants at the start of a day in Paris.
const saved = {
  name: 'Noël 2026',
  event: 'CHRISTMAS',
  year: 2026,
  employeeAmountCents: 12_050,
  perChildAmountCents: 6_000,
  eligibility: { kind: 'ALL' as const },
  opensAt: new Date('2026-11-30T23:00:00.000Z'), // 1 December, winter time (UTC+1)
  closesAt: new Date('2027-01-31T23:00:00.000Z'), // the day after 31 January
  allowedCategories: ['Jouets & Enfants'],
};

describe('the campaign form’s draft', () => {
  it('shows a saved campaign in euros and Paris days, and gives back exactly what was saved', () => {
    const draft = draftOf(saved);
    expect(draft).toMatchObject({
      employeeEuros: '120,5',
      perChildEuros: '60',
      firstDay: '2026-12-01',
      lastDay: '2027-01-31',
    });
    expect(campaignInput(draft)).toEqual(saved);
  });

  it('keeps "until 31 August" the whole Paris day in summer time (UTC+2)', () => {
    const draft = { ...draftOf(saved), firstDay: '2026-08-01', lastDay: '2026-08-31' };
    expect(campaignInput(draft)).toMatchObject({
      opensAt: new Date('2026-07-31T22:00:00.000Z'),
      closesAt: new Date('2026-08-31T22:00:00.000Z'),
    });
  });

  it('gives no input while the name, a day or the categories are missing; an empty amount is 0', () => {
    const draft = draftOf(saved);
    expect(campaignInput({ ...draft, name: ' ab ' })).toBeNull();
    expect(campaignInput({ ...draft, lastDay: '31/01/2027' })).toBeNull();
    expect(campaignInput({ ...draft, categories: [] })).toBeNull();
    expect(campaignInput({ ...draft, perChildEuros: '' })?.perChildAmountCents).toBe(0);
  });

  it('starts a new campaign at Christmas with the event’s categories, open today until 31 January', () => {
    const draft = blankDraft(rules, new Date('2026-11-30T23:30:00.000Z'));
    expect(draft).toMatchObject({
      event: 'CHRISTMAS',
      year: 2026,
      firstDay: '2026-12-01',
      lastDay: '2027-01-31',
      categories: ['Jouets & Enfants', 'Culture & Loisirs'],
    });
    expect(campaignInput(draft)).toBeNull();
    expect(blankDraft(rules, new Date('2026-12-31T23:30:00.000Z'))).toMatchObject({
      year: 2027,
      firstDay: '2027-01-01',
      lastDay: '2028-01-31',
    });
  });
});
