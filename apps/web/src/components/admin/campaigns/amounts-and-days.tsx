'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';

import { fieldClasses, LabelledField } from '~/components/ui/field';

import type { CampaignDraft } from './campaign-draft';
import type { useCampaignForm } from './use-campaign-form';

type Form = ReturnType<typeof useCampaignForm>;

// Euros as eurosToCents reads them (12, 12.5, 12,50): the browser refuses anything else on submit.
const EUROS_PATTERN = String.raw`\d{1,6}([.,]\d{1,2})?`;

/**
 * The amounts (in euros, per employee and per eligible child; a beneficiary the event does not
 * have is disabled) and the first and last days the wallets can be spent.
 */
export function AmountsAndDays({
  draft,
  change,
  rule,
}: {
  draft: CampaignDraft;
  change: Form['change'];
  rule: Form['rule'];
}) {
  const t = useTranslations('admin.campaigns.form');
  const id = useId();
  const field = fieldClasses({ className: 'w-full' });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {(
        [
          ['employeeEuros', t('employeeAmount'), rule === null || rule.employee],
          ['perChildEuros', t('perChildAmount'), rule === null || rule.children !== null],
        ] as const
      ).map(([key, label, allowed]) => (
        <LabelledField key={key} id={`${id}-${key}`} label={label}>
          <input
            id={`${id}-${key}`}
            className={field}
            inputMode="decimal"
            pattern={EUROS_PATTERN}
            placeholder="0"
            value={draft[key]}
            disabled={!allowed}
            onChange={(event) => change({ [key]: event.target.value })}
          />
        </LabelledField>
      ))}
      <LabelledField id={`${id}-first`} label={t('firstDay')}>
        <input
          id={`${id}-first`}
          type="date"
          className={field}
          value={draft.firstDay}
          required
          onChange={(event) => change({ firstDay: event.target.value })}
        />
      </LabelledField>
      <LabelledField id={`${id}-last`} label={t('lastDay')}>
        <input
          id={`${id}-last`}
          type="date"
          className={field}
          value={draft.lastDay}
          required
          onChange={(event) => change({ lastDay: event.target.value })}
        />
      </LabelledField>
    </div>
  );
}
