'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import clsx from 'clsx';
import { useLocale, useTranslations } from 'next-intl';

import { formatEuros } from '~/lib/money';
import { useWalletText } from '~/lib/use-wallet-text';

type Wallet = RouterOutputs['me']['wallets'][number];

/**
 * "What can this budget buy?": all stores, or only those a campaign wallet allows (its categories
 * go to catalogue.list). Shown only to an employee who has a campaign wallet.
 */
export function WalletScope({
  wallets,
  selected,
  onSelect,
}: {
  wallets: Wallet[];
  selected: string;
  onSelect: (walletId: string) => void;
}) {
  const t = useTranslations('catalogue.wallet');
  const locale = useLocale();
  const text = useWalletText();
  const scoped = wallets.filter((wallet) => wallet.allowedCategories);
  if (scoped.length === 0) return null;
  const choices = [
    { id: '', label: t('all') },
    ...scoped.map((wallet) => ({
      id: wallet.id,
      label: t('option', { name: text.name(wallet), amount: formatEuros(wallet.availableCents, locale) }),
    })),
  ];
  const current = scoped.find((wallet) => wallet.id === selected);
  return (
    <fieldset className="mt-4">
      <legend className="mb-1 text-sm font-semibold text-slate-700">{t('legend')}</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((choice) => (
          <label
            key={choice.id || 'all'}
            className={clsx(
              'cursor-pointer rounded-full px-3 py-1.5 text-sm font-semibold ring-1 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500',
              selected === choice.id
                ? 'bg-brand-700 text-white ring-brand-700'
                : 'bg-white text-slate-700 ring-brand-100 hover:text-ink',
            )}
          >
            <input
              type="radio"
              name="wallet"
              className="sr-only"
              checked={selected === choice.id}
              onChange={() => onSelect(choice.id)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {current && (
        <p className="mt-2 text-sm text-slate-600" data-testid="wallet-scope-note">
          {t('note', {
            name: text.name(current),
            categories: text.categories(current),
            date: text.until(current) ?? '',
          })}
        </p>
      )}
    </fieldset>
  );
}
