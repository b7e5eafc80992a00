'use client';

import { Wallet } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

import { Button } from '~/components/ui/button';
import { MoneyInput } from '~/components/ui/money-input';
import { Card } from '~/components/ui/panel';
import { formatEuros } from '~/lib/money';
import { parseWholeEuros, wholeEurosText } from '~/lib/whole-euros';

/**
 * The balance, and the amount to spend: whole euros up to the balance, or empty for all of it.
 * `onShow` receives the amount in whole euros (undefined: the whole balance).
 */
export function BalanceAmountForm({
  balanceCents,
  largestWalletCents,
  amountEuros,
  onShow,
}: {
  balanceCents: number | undefined;
  /** The most one voucher can cost (one wallet pays for it): the amount's upper bound. */
  largestWalletCents: number | undefined;
  amountEuros: number | undefined;
  onShow: (euros: number | undefined) => void;
}) {
  const t = useTranslations('catalogue.forMyBalance');
  const locale = useLocale();
  const maxEuros = largestWalletCents === undefined ? undefined : Number(wholeEurosText(largestWalletCents));
  const range = { min: 1, max: maxEuros, optional: true };

  // The box follows the URL's amount (Back, a shared link) and keeps what is typed in between.
  const [typed, setTyped] = useState(amountEuros === undefined ? '' : String(amountEuros));
  const [seenAmount, setSeenAmount] = useState(amountEuros);
  if (amountEuros !== seenAmount) {
    setSeenAmount(amountEuros);
    setTyped(amountEuros === undefined ? '' : String(amountEuros));
  }
  const amount = parseWholeEuros(typed, range);
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });

  return (
    <Card asChild className="flex flex-col gap-4 p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (amount.valid) onShow(amount.cents === null ? undefined : amount.cents / 100);
        }}
      >
        {balanceCents !== undefined && (
          <p className="flex items-center gap-2 text-base font-bold text-brand-900">
            <Wallet aria-hidden="true" className="h-6 w-6 text-brand-500" />
            {t('balance', { balance: formatEuros(balanceCents, locale) })}
          </p>
        )}
        {largestWalletCents !== undefined && balanceCents !== undefined && largestWalletCents < balanceCents && (
          <p className="text-sm text-slate-600">{t('oneWallet', { max: euros(largestWalletCents) })}</p>
        )}
        <div className="flex flex-wrap items-start gap-2 sm:max-w-sm">
          <MoneyInput
            className="flex-1 [&_label]:whitespace-nowrap"
            inputClassName="w-full"
            label={t('amount')}
            value={typed}
            onValueChange={setTyped}
            range={range}
            placeholder={maxEuros === undefined ? undefined : String(maxEuros)}
            hint={largestWalletCents !== undefined ? t('amountHint', { max: euros(largestWalletCents) }) : undefined}
            invalidMessage={t('invalid', { max: euros((maxEuros ?? 0) * 100) })}
          />
          <div className="flex gap-2 pt-6">
            <Button type="submit" disabled={!amount.valid} className="shadow-sm">
              {t('apply')}
            </Button>
            {amountEuros !== undefined && (
              <Button variant="secondary" onClick={() => onShow(undefined)}>
                {t('useBalance')}
              </Button>
            )}
          </div>
        </div>
      </form>
    </Card>
  );
}
