'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { Wallet } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';

import { OfferPriceTable } from './offer-price-table';
import { bestPerValue, groupByOffer } from './offer-vouchers';
import { VoucherPicker } from './voucher-picker';
import { WalletChoice } from './wallet-choice';

type Store = RouterOutputs['catalogue']['store'];
type StoreVouchers = RouterOutputs['catalogue']['storeVouchers'];

/** What the balance buys in a store right now (asked of Jackpot), and the form to reserve one. */
export function AffordableVouchers({
  store,
  query,
  walletId,
  onWalletChange,
}: {
  store: Store;
  query: { data?: StoreVouchers; isPending: boolean; isError: boolean };
  /** The wallet that pays (the best one until the employee picks another). */
  walletId: string | undefined;
  onWalletChange: (walletId: string) => void;
}) {
  const t = useTranslations('store.affordable');
  const tCatalogue = useTranslations('catalogue');
  const tErrors = useTranslations('errors');
  const locale = useLocale();

  if (query.isPending) return <Skeleton className="mt-4 h-48" />;
  if (query.isError || !query.data) {
    return <Alert className="mt-4">{tErrors('unknown')}</Alert>;
  }
  const { balanceCents, vouchers, source, wallets } = query.data;
  const balance = formatEuros(balanceCents, locale);
  const wallet = wallets.find((candidate) => candidate.id === walletId);
  const choice = <WalletChoice wallets={wallets} selected={walletId} onSelect={onWalletChange} />;
  if (balanceCents <= 0) {
    return (
      <div className="mt-4">
        {choice}
        <div className="rounded-xl bg-brand-50 p-5 text-center">
          <Wallet aria-hidden="true" className="mx-auto h-8 w-8 text-brand-500" />
          <p className="mt-2 font-semibold">{t('noBalance.title')}</p>
          <p className="mt-1 text-sm text-slate-600">{t('noBalance.body')}</p>
        </div>
      </div>
    );
  }

  const offers = groupByOffer(vouchers);
  return (
    <div className="mt-1">
      {choice}
      <p className="text-sm text-slate-600">{t('balance', { balance })}</p>
      {source === 'computed-locally' && (
        <Alert tone="info" className="mt-3 rounded-xl border-0 p-3">
          {tCatalogue('computedLocally')}
        </Alert>
      )}
      {vouchers.length === 0 ? (
        <p className="mt-4 rounded-xl bg-brand-50 p-4 text-sm text-slate-700">{t('none', { balance })}</p>
      ) : (
        <>
          {/* One table: for each amount, the best offer's price (and which offer, when there are several). */}
          <div className="mt-4">
            <OfferPriceTable entries={bestPerValue(offers)} showOffer={offers.length > 1} caption={t('title')} />
          </div>
          <VoucherPicker key={wallet?.id} store={store} offers={offers} balanceCents={balanceCents} wallet={wallet} />
        </>
      )}
    </div>
  );
}
