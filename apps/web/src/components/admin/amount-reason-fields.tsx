'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { fieldClasses, labelClasses } from '~/components/ui/field';
import { eurosToCents } from '~/lib/euros-to-cents';

const REASON_MIN = 3;

/**
 * The state of an amount (in euros, cents allowed) and a reason that an admin types before
 * money moves or a decision is taken. Without `amount`, only the reason.
 */
export function useAmountReason({ amount }: { amount: boolean }) {
  const [euros, setEuros] = useState('');
  const [reason, setReason] = useState('');
  const cents = amount ? eurosToCents(euros) : 0;
  const reasonText = reason.trim();
  const amountValid = !amount || cents > 0;
  const reasonValid = reasonText.length >= REASON_MIN;
  return {
    amount,
    euros,
    setEuros,
    reason,
    setReason,
    /** The typed amount in integer cents; 0 while it is not a positive amount. */
    cents,
    /** The reason as it is sent (trimmed). */
    reasonText,
    amountValid,
    reasonValid,
    valid: amountValid && reasonValid,
  };
}

export type AmountReason = ReturnType<typeof useAmountReason>;

/**
 * The amount box (when the state has one) and the reason box, each with its label and the
 * message shown while what is typed is refused. Two elements side by side, so that the
 * caller's grid places them.
 */
export function AmountReasonFields({
  fields,
  amountLabel,
  reasonLabel,
  reasonMaxLength,
}: {
  fields: AmountReason;
  amountLabel?: string;
  reasonLabel: string;
  /** The server's limit for this reason (200 for a budget entry, 500 for a decision). */
  reasonMaxLength: number;
}) {
  const t = useTranslations('admin.amountReason');
  const id = useId();
  const amountRefused = fields.euros.trim() !== '' && !fields.amountValid;
  const reasonRefused = fields.reason.trim() !== '' && !fields.reasonValid;
  return (
    <>
      {fields.amount && (
        <div>
          <label htmlFor={`${id}-amount`} className={labelClasses}>
            {amountLabel}
          </label>
          <input
            id={`${id}-amount`}
            inputMode="decimal"
            required
            value={fields.euros}
            onChange={(event) => fields.setEuros(event.target.value)}
            aria-invalid={amountRefused}
            aria-describedby={amountRefused ? `${id}-amount-error` : undefined}
            className={fieldClasses({ invalid: amountRefused, className: 'w-full' })}
          />
          {amountRefused && (
            <p id={`${id}-amount-error`} className="mt-1 text-sm font-medium text-rose-700">
              {t('amountInvalid')}
            </p>
          )}
        </div>
      )}
      <div>
        <label htmlFor={`${id}-reason`} className={labelClasses}>
          {reasonLabel}
        </label>
        <input
          id={`${id}-reason`}
          required
          minLength={REASON_MIN}
          maxLength={reasonMaxLength}
          value={fields.reason}
          onChange={(event) => fields.setReason(event.target.value)}
          aria-invalid={reasonRefused}
          aria-describedby={reasonRefused ? `${id}-reason-error` : undefined}
          className={fieldClasses({ invalid: reasonRefused, className: 'w-full' })}
        />
        {reasonRefused && (
          <p id={`${id}-reason-error`} className="mt-1 text-sm font-medium text-rose-700">
            {t('reasonTooShort', { min: REASON_MIN })}
          </p>
        )}
      </div>
    </>
  );
}
