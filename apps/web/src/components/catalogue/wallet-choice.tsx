'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useQuery } from '@tanstack/react-query';
import clsx from 'clsx';
import { useLocale, useTranslations } from 'next-intl';

import { formatEuros } from '~/lib/money';
import { useWalletText } from '~/lib/use-wallet-text';
import { useTRPC } from '~/trpc/react';

type StoreWallet = RouterOutputs['catalogue']['storeVouchers']['wallets'][number];

/**
 * Which wallet pays at this store: the ones that can (best first, the first one pre-selected), as
 * a choice when there are several; and, in plain words, each campaign wallet that cannot pay here.
 */
export function WalletChoice({
  wallets,
  selected,
  onSelect,
}: {
  wallets: StoreWallet[];
  selected: string | undefined;
  onSelect: (walletId: string) => void;
}) {
  const t = useTranslations('store.wallet');
  const locale = useLocale();
  const text = useWalletText();
  const trpc = useTRPC();
  const mine = useQuery(trpc.me.wallets.queryOptions());
  const here = new Set(wallets.map((wallet) => wallet.id));
  const notHere = (mine.data ?? []).filter(
    (wallet) => wallet.state === 'OPEN' && wallet.availableCents > 0 && !here.has(wallet.id),
  );
  const label = (wallet: StoreWallet) => `${text.name(wallet)} · ${formatEuros(wallet.availableCents, locale)}`;
  return (
    <div className="mb-4 grid gap-2" data-testid="wallet-choice">
      {wallets.length > 1 ? (
        <fieldset>
          <legend className="mb-1 text-sm font-semibold text-slate-700">{t('legend')}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {wallets.map((wallet) => (
              <label
                key={wallet.id}
                className={clsx(
                  'flex cursor-pointer flex-col rounded-xl px-3 py-2 text-sm ring-1 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500',
                  selected === wallet.id ? 'bg-brand-50 ring-2 ring-brand-600' : 'bg-white ring-brand-100',
                )}
              >
                <input
                  type="radio"
                  name="paying-wallet"
                  className="sr-only"
                  checked={selected === wallet.id}
                  onChange={() => onSelect(wallet.id)}
                />
                <span className="font-semibold text-ink">{label(wallet)}</span>
                <span className="text-slate-600">
                  {text.until(wallet) ? t('until', { date: text.until(wallet)! }) : t('noEnd')}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        wallets[0] && <p className="text-sm text-slate-700">{t('paidBy', { wallet: label(wallets[0]) })}</p>
      )}
      {notHere.map((wallet) => (
        <p key={wallet.id} className="rounded-xl bg-amber-50 p-3 text-sm text-amber-900" data-testid="wallet-not-here">
          {t('notHere', { name: text.name(wallet), categories: text.categories(wallet) })}
        </p>
      ))}
    </div>
  );
}
