/**
 * Which part of an employee's vouchers of one calendar year is exempt from social contributions,
 * and which is to declare on the payslip, by URSSAF's rules (`rule-table.ts`):
 *
 * 1. The yearly total of everything granted to the employee, their children's vouchers included,
 *    at most the year's threshold (5 % of the PMSS): all of it is exempt, whatever the event or use (D6).
 * 2. Above it, each voucher is judged on its own — a voucher being one share of a grant: the
 *    employee's, or one child's (D2). It stays exempt when all of these hold: the event is listed
 *    (not OTHER); the beneficiary is concerned (the employee for an employee event; a child within
 *    the age limit for a child event); every category the grant can be spent in is tied to the
 *    event; and everything given for that event to that beneficiary in the year stays within the
 *    threshold.
 * 3. A voucher that fails is to declare in full, not only above the threshold: URSSAF's tolerance
 *    exempts a voucher that meets the conditions, and one that does not is subject to contributions
 *    for its whole amount, from the first euro (D3). When the per-event cap is exceeded, every voucher
 *    for that event and beneficiary is to declare.
 *
 * Amounts are what is granted, not what is spent (D5); the grants are one employee's of one year
 * (D13). The D numbers are the decisions of docs/URSSAF-RULES.md. Pure: the same grants, in any
 * order, give the same answer.
 */
import { ageInYear, isCategoryAllowedForEvent, isChildEligible } from './event-eligibility';
import { assertCents, assertYear } from './money';
import { EVENT_RULES, yearFigures, type BenefitEvent } from './rule-table';

export interface YearGrant {
  /** The caller's id of the grant (a campaign wallet), echoed in the answer. */
  id: string;
  event: BenefitEvent;
  /** The store categories the grant can be spent in, or ANY when it is not restricted (D7). */
  categories: readonly string[] | 'ANY';
  /** The employee's own share (0 when the grant is only for children). */
  employeeAmountCents: number;
  /** One share per child the grant is for. */
  children: readonly { childId: string; birthYear: number; amountCents: number }[];
}

export type Beneficiary = { kind: 'EMPLOYEE' } | { kind: 'CHILD'; childId: string; birthYear: number };

/** Why a voucher is not exempt (all the reasons that apply, in this order). */
export type NotExemptReason =
  | 'NO_LISTED_EVENT'
  | 'BENEFICIARY_NOT_CONCERNED'
  | 'CHILD_OVER_AGE_LIMIT'
  | 'USE_NOT_TIED_TO_EVENT'
  | 'EVENT_CAP_EXCEEDED';

export type ShareVerdict =
  { exempt: true; basis: 'YEARLY_TOLERANCE' | 'LISTED_EVENT' } | { exempt: false; reasons: NotExemptReason[] };

export interface ShareExemption {
  beneficiary: Beneficiary;
  amountCents: number;
  exemptCents: number;
  toDeclareCents: number;
  verdict: ShareVerdict;
}

export interface GrantExemption {
  grantId: string;
  grantedCents: number;
  exemptCents: number;
  toDeclareCents: number;
  shares: ShareExemption[];
}

export interface YearExemption {
  year: number;
  thresholdCents: number;
  grantedCents: number;
  exemptCents: number;
  toDeclareCents: number;
  /** True when the yearly total stays within the threshold: everything is exempt. */
  withinYearlyTolerance: boolean;
  grants: GrantExemption[];
  /** Per event and beneficiary, what was given in the year, for the "why" of a preview. */
  eventTotals: EventTotal[];
}

export interface EventTotal {
  event: BenefitEvent;
  beneficiary: Beneficiary;
  grantedCents: number;
  capCents: number;
  capExceeded: boolean;
}

interface Share {
  grantIndex: number;
  beneficiary: Beneficiary;
  amountCents: number;
}

const beneficiaryKey = (beneficiary: Beneficiary) =>
  beneficiary.kind === 'EMPLOYEE' ? 'employee' : `child:${beneficiary.childId}`;
const eventKey = (event: BenefitEvent, beneficiary: Beneficiary) => `${event}|${beneficiaryKey(beneficiary)}`;

function sharesOf(grants: readonly YearGrant[], year: number): Share[] {
  const birthYears = new Map<string, number>();
  const shares: Share[] = [];
  grants.forEach((grant, grantIndex) => {
    assertCents(grant.employeeAmountCents, `The employee amount of grant ${grant.id}`);
    if (grant.employeeAmountCents > 0 || grant.children.length === 0) {
      shares.push({ grantIndex, beneficiary: { kind: 'EMPLOYEE' }, amountCents: grant.employeeAmountCents });
    }
    for (const child of grant.children) {
      assertCents(child.amountCents, `The amount for child ${child.childId} of grant ${grant.id}`);
      assertYear(child.birthYear, `The birth year of child ${child.childId}`);
      if (ageInYear(child.birthYear, year) < 0) {
        throw new RangeError(`Child ${child.childId}, born in ${child.birthYear}, cannot receive a ${year} grant`);
      }
      const known = birthYears.get(child.childId);
      if (known !== undefined && known !== child.birthYear) {
        throw new RangeError(`Child ${child.childId} is given two birth years: ${known} and ${child.birthYear}`);
      }
      birthYears.set(child.childId, child.birthYear);
      shares.push({
        grantIndex,
        beneficiary: { kind: 'CHILD', childId: child.childId, birthYear: child.birthYear },
        amountCents: child.amountCents,
      });
    }
  });
  return shares;
}

function reasonsAgainst(grant: YearGrant, beneficiary: Beneficiary, year: number, capExceeded: boolean) {
  const { event } = grant;
  if (event === 'OTHER') return ['NO_LISTED_EVENT'] satisfies NotExemptReason[];
  const rule = EVENT_RULES[event];
  const reasons: NotExemptReason[] = [];
  if (beneficiary.kind === 'EMPLOYEE' ? !rule.employee : rule.children === null) {
    reasons.push('BENEFICIARY_NOT_CONCERNED');
  } else if (beneficiary.kind === 'CHILD' && !isChildEligible(event, beneficiary.birthYear, year)) {
    reasons.push('CHILD_OVER_AGE_LIMIT');
  }
  if (grant.categories === 'ANY' || grant.categories.some((category) => !isCategoryAllowedForEvent(event, category))) {
    reasons.push('USE_NOT_TIED_TO_EVENT');
  }
  if (capExceeded) reasons.push('EVENT_CAP_EXCEEDED');
  return reasons;
}

/** The exempt and to-declare amounts of one employee's grants of one calendar year. */
export function computeYearExemption(year: number, grants: readonly YearGrant[]): YearExemption {
  const { thresholdCents } = yearFigures(year);
  const shares = sharesOf(grants, year);
  const grantedCents = shares.reduce((sum, share) => sum + share.amountCents, 0);
  const withinYearlyTolerance = grantedCents <= thresholdCents;

  // Everything given for one event to one beneficiary in the year, whatever else is wrong with it (D2).
  const eventTotals = new Map<string, EventTotal>();
  for (const share of shares) {
    const { event } = grants[share.grantIndex]!;
    const key = eventKey(event, share.beneficiary);
    const total = eventTotals.get(key) ?? {
      event,
      beneficiary: share.beneficiary,
      grantedCents: 0,
      capCents: thresholdCents,
      capExceeded: false,
    };
    total.grantedCents += share.amountCents;
    total.capExceeded = total.grantedCents > thresholdCents;
    eventTotals.set(key, total);
  }

  const judged: GrantExemption[] = grants.map((grant) => ({
    grantId: grant.id,
    grantedCents: 0,
    exemptCents: 0,
    toDeclareCents: 0,
    shares: [],
  }));
  for (const share of shares) {
    const grant = grants[share.grantIndex]!;
    let verdict: ShareVerdict;
    if (withinYearlyTolerance) {
      verdict = { exempt: true, basis: 'YEARLY_TOLERANCE' };
    } else {
      const capExceeded = eventTotals.get(eventKey(grant.event, share.beneficiary))!.capExceeded;
      const reasons = reasonsAgainst(grant, share.beneficiary, year, capExceeded);
      verdict = reasons.length === 0 ? { exempt: true, basis: 'LISTED_EVENT' } : { exempt: false, reasons };
    }
    const exemptCents = verdict.exempt ? share.amountCents : 0;
    const result = judged[share.grantIndex]!;
    result.shares.push({
      beneficiary: share.beneficiary,
      amountCents: share.amountCents,
      exemptCents,
      toDeclareCents: share.amountCents - exemptCents,
      verdict,
    });
    result.grantedCents += share.amountCents;
    result.exemptCents += exemptCents;
    result.toDeclareCents += share.amountCents - exemptCents;
  }

  const exemptCents = judged.reduce((sum, grant) => sum + grant.exemptCents, 0);
  return {
    year,
    thresholdCents,
    grantedCents,
    exemptCents,
    toDeclareCents: grantedCents - exemptCents,
    withinYearlyTolerance,
    grants: judged,
    eventTotals: [...eventTotals.values()],
  };
}
