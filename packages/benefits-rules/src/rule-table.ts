/**
 * URSSAF's rules for gift vouchers (bons d'achat et cadeaux) given by a works council (CSE) or,
 * in a company without one, by the employer — as data, in one place. The computation
 * (`compute-year-exemption.ts`) reads nothing else. Where URSSAF's wording leaves a choice open,
 * the choice and its reason are in docs/URSSAF-RULES.md ("Decisions", D1…); an entry here cites
 * the decision it applies. To add a year, add its row to `YEAR_FIGURES` (docs/URSSAF-RULES.md,
 * "Updating for a new year").
 */
import { STORE_CATEGORIES, type StoreCategory } from './store-categories';

export const BENEFIT_EVENTS = [
  'MARRIAGE',
  'BIRTH',
  'RETIREMENT',
  'MOTHERS_DAY',
  'FATHERS_DAY',
  'SAINT_CATHERINE',
  'SAINT_NICHOLAS',
  'CHRISTMAS',
  'BACK_TO_SCHOOL',
  'OTHER',
] as const;

/** A campaign's event: one of URSSAF's listed events, or OTHER (exempt only within the yearly tolerance). */
export type BenefitEvent = (typeof BENEFIT_EVENTS)[number];
export type ListedEvent = Exclude<BenefitEvent, 'OTHER'>;

/** Where a rule comes from, as text: the publication, what it says, and the year it was checked for. */
export interface RuleSource {
  title: string;
  reference: string;
  year: number;
}

/** One calendar year's figures: the monthly social-security ceiling and URSSAF's 5 % threshold. */
export interface YearFigures {
  year: number;
  /** Plafond mensuel de la Sécurité sociale (PMSS). */
  pmssCents: number;
  /** 5 % of the PMSS as URSSAF publishes it, rounded to the nearest euro (D1). */
  thresholdCents: number;
  source: RuleSource;
}

const VOUCHERS_PAGE = 'urssaf.fr — « Bons d’achat et cadeaux » (avantages accordés par le CSE ou l’employeur)';

export const YEAR_FIGURES: readonly YearFigures[] = [
  {
    year: 2025,
    pmssCents: 392_500,
    thresholdCents: 19_600,
    source: {
      title: VOUCHERS_PAGE,
      reference: 'PMSS 2025: 3 925 €; 5 % = 196,25 €, published as 196 € per employee and per calendar year',
      year: 2025,
    },
  },
  {
    year: 2026,
    pmssCents: 400_500,
    thresholdCents: 20_000,
    source: {
      title: VOUCHERS_PAGE,
      reference: 'PMSS 2026: 4 005 €; 5 % = 200,25 €, published as 200 € per employee and per calendar year',
      year: 2026,
    },
  },
];

/** Who, besides the employee, an event's voucher can be for, and until what age. */
export interface ChildRule {
  /** The oldest age a child may reach during the calendar year (year − birth year) and still count (D4). */
  maxAgeInYear: number;
  /** URSSAF's wording of the age rule. */
  wording: string;
}

export interface EventRule {
  event: ListedEvent;
  /** Whether a voucher for the employee themself can be exempt for this event. */
  employee: boolean;
  /** The rule for a voucher per child, or null when the event has no per-child vouchers. */
  children: ChildRule | null;
  /** The store categories whose use URSSAF ties to the event (D7–D10). Never food nor fuel. */
  allowedCategories: readonly StoreCategory[];
  source: RuleSource;
}

const C = STORE_CATEGORIES;

// Personal occasions: any gift for the person, but never food nor fuel (D10).
const GIFT_CATEGORIES: readonly StoreCategory[] = [
  C.cultureAndLeisure,
  C.techAndAppliances,
  C.sport,
  C.beautyAndWellbeing,
  C.homeAndDiy,
  C.fashion,
];

const EVENT_LIST_SOURCE = {
  title: VOUCHERS_PAGE,
  reference:
    'The listed events (lettre-circulaire Acoss of 3 December 1996) and the three conditions above the yearly ' +
    'tolerance: an event, a use tied to it, an amount within 5 % of the PMSS per event and per beneficiary ' +
    '(instruction ministérielle of 17 April 1985)',
  year: 2026,
} as const;

function listedEvent(
  event: ListedEvent,
  rule: Omit<EventRule, 'event' | 'source'>,
  reference: string = EVENT_LIST_SOURCE.reference,
): EventRule {
  return { event, ...rule, source: { ...EVENT_LIST_SOURCE, reference } };
}

export const EVENT_RULES: Readonly<Record<ListedEvent, EventRule>> = {
  MARRIAGE: listedEvent('MARRIAGE', { employee: true, children: null, allowedCategories: GIFT_CATEGORIES }),
  BIRTH: listedEvent(
    'BIRTH',
    {
      employee: true,
      children: null,
      allowedCategories: [C.toysAndChildren, C.fashion, C.homeAndDiy, C.cultureAndLeisure],
    },
    'Birth or adoption: a voucher for the employee concerned; its use tied to the baby (childcare, clothing, nursery, books)',
  ),
  RETIREMENT: listedEvent('RETIREMENT', { employee: true, children: null, allowedCategories: GIFT_CATEGORIES }),
  MOTHERS_DAY: listedEvent('MOTHERS_DAY', { employee: true, children: null, allowedCategories: GIFT_CATEGORIES }),
  FATHERS_DAY: listedEvent('FATHERS_DAY', { employee: true, children: null, allowedCategories: GIFT_CATEGORIES }),
  SAINT_CATHERINE: listedEvent('SAINT_CATHERINE', {
    employee: true,
    children: null,
    allowedCategories: GIFT_CATEGORIES,
  }),
  SAINT_NICHOLAS: listedEvent('SAINT_NICHOLAS', {
    employee: true,
    children: null,
    allowedCategories: GIFT_CATEGORIES,
  }),
  CHRISTMAS: listedEvent(
    'CHRISTMAS',
    {
      employee: true,
      children: { maxAgeInYear: 16, wording: 'enfants jusqu’à 16 ans révolus dans l’année civile' },
      allowedCategories: [C.toysAndChildren, C.cultureAndLeisure, C.sport],
    },
    'Christmas for employees and for their children up to 16 in the calendar year, 5 % of the PMSS per ' +
      'employee and per child; toys, books, records, leisure; food only if festive luxury food',
  ),
  BACK_TO_SCHOOL: listedEvent(
    'BACK_TO_SCHOOL',
    {
      employee: false,
      children: { maxAgeInYear: 25, wording: 'enfants âgés de moins de 26 ans dans l’année d’attribution' },
      allowedCategories: [C.cultureAndLeisure, C.fashion, C.techAndAppliances],
    },
    'Back to school for employees with children under 26 in the year of the voucher, schooling to be proven; ' +
      '5 % of the PMSS per child; school supplies, books, clothing, computers',
  ),
};

/** The figures of a calendar year; a year the table does not hold is an error that says where to add it. */
export function yearFigures(year: number): YearFigures {
  const figures = YEAR_FIGURES.find((row) => row.year === year);
  if (!figures) {
    throw new RangeError(
      `No URSSAF figures for ${year}: add the year's PMSS to YEAR_FIGURES in packages/benefits-rules/src/rule-table.ts`,
    );
  }
  return figures;
}

/** 5 % of a PMSS, rounded to the nearest euro as URSSAF publishes it (D1): 4 005 € → 200 €, 3 377 € → 169 €. */
export function fivePercentRoundedToEuro(pmssCents: number): number {
  if (!Number.isSafeInteger(pmssCents) || pmssCents <= 0) {
    throw new RangeError(`The PMSS must be a positive number of cents: ${pmssCents}`);
  }
  // 5 % in cents is pmssCents / 20; to the nearest euro, halves up: floor((pmssCents / 20 + 50) / 100) × 100.
  return Math.floor((pmssCents + 1_000) / 2_000) * 100;
}
