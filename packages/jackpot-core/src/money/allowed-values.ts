import { FREE_VALUE_STEP_CENTS } from '../contract/decisions';

export interface ValueRules {
  voucherValueMin: number;
  voucherValueMax: number;
  voucherPossibleDiscreteValues: readonly number[];
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §3 A non-empty discrete list is the whole rule; an empty one allows any whole-euro value
// between min and max. All amounts in cents.
export function isAllowedValue(rules: ValueRules, valueCents: number): boolean {
  if (rules.voucherPossibleDiscreteValues.length > 0) return rules.voucherPossibleDiscreteValues.includes(valueCents);
  return (
    valueCents >= rules.voucherValueMin &&
    valueCents <= rules.voucherValueMax &&
    valueCents % FREE_VALUE_STEP_CENTS === 0
  );
}

// Every allowed value, ascending.
export function allowedValues(rules: ValueRules): number[] {
  if (rules.voucherPossibleDiscreteValues.length > 0)
    return [...new Set(rules.voucherPossibleDiscreteValues)].sort((a, b) => a - b);
  const first = Math.ceil(rules.voucherValueMin / FREE_VALUE_STEP_CENTS) * FREE_VALUE_STEP_CENTS;
  const values: number[] = [];
  for (let value = first; value <= rules.voucherValueMax; value += FREE_VALUE_STEP_CENTS) values.push(value);
  return values;
}

// The largest allowed value at or below a ceiling, if any.
export function largestAllowedValueAtMost(rules: ValueRules, ceilingCents: number): number | undefined {
  if (rules.voucherPossibleDiscreteValues.length > 0) {
    const fitting = rules.voucherPossibleDiscreteValues.filter((value) => value <= ceilingCents);
    return fitting.length > 0 ? Math.max(...fitting) : undefined;
  }
  const capped = Math.min(ceilingCents, rules.voucherValueMax);
  const value = Math.floor(capped / FREE_VALUE_STEP_CENTS) * FREE_VALUE_STEP_CENTS;
  return value >= rules.voucherValueMin ? value : undefined;
}
