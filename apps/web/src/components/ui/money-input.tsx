'use client';

import { type ReactNode, useId } from 'react';

import { parseWholeEuros, type WholeEurosRange } from '~/lib/whole-euros';

import { cn } from './cn';
import { fieldClasses, labelClasses } from './field';

/**
 * A whole-euro amount box (no cents: vouchers and settings are in whole euros) with its label,
 * a hint, and the message shown while the typed value is refused (`parseWholeEuros` decides;
 * the form reads the cents with it too). The hint and the message are tied to the box.
 */
export function MoneyInput({
  label,
  value,
  onValueChange,
  range,
  hint,
  invalidMessage,
  placeholder,
  className,
  inputClassName,
}: {
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  range: WholeEurosRange;
  hint?: ReactNode;
  invalidMessage: ReactNode;
  placeholder?: string;
  className?: string;
  inputClassName?: string;
}) {
  const ids = { input: useId(), hint: useId(), error: useId() };
  const invalid = !parseWholeEuros(value, range).valid;
  const describedBy = [hint ? ids.hint : null, invalid ? ids.error : null].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={ids.input} className={labelClasses}>
        {label}
      </label>
      <input
        id={ids.input}
        type="number"
        inputMode="numeric"
        min={range.min}
        max={range.max}
        step={1}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={describedBy || undefined}
        className={fieldClasses({ invalid, className: cn('font-semibold', inputClassName) })}
      />
      {hint && (
        <p id={ids.hint} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={ids.error} className="mt-1 text-sm font-medium text-rose-700">
          {invalidMessage}
        </p>
      )}
    </div>
  );
}
