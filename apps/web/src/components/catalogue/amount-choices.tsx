import { Choice } from './choice';

/** The amounts a store sells in fixed values, as one group of choices. */
export function AmountChoices({
  values,
  checked,
  label,
  format,
  onChange,
}: {
  values: number[];
  checked: number;
  label: string;
  format: (cents: number) => string;
  onChange: (valueCents: number) => void;
}) {
  return (
    <fieldset className="mt-3">
      <legend className="text-sm font-semibold text-slate-700">{label}</legend>
      <div className="mt-1.5 flex flex-wrap gap-2">
        {values.map((value) => (
          <Choice key={value} name="amount" checked={value === checked} onChange={() => onChange(value)}>
            {format(value)}
          </Choice>
        ))}
      </div>
    </fieldset>
  );
}
