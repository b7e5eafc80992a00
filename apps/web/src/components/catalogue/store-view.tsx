'use client';

import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Panel } from '~/components/ui/panel';
import { useTRPC } from '~/trpc/react';

import { AffordableVouchers } from './affordable-vouchers';
import { BackLink } from './back-link';
import { FavouriteSaveError } from './favourite-save-error';
import { StoreDetails } from './store-details';
import { StoreHeader } from './store-header';
import { StoreSkeleton } from './store-skeleton';

/** A store page: what the mirror knows, and what the employee can afford there right now. */
export function StoreView({ storeId }: { storeId: string }) {
  const t = useTranslations('store');
  const trpc = useTRPC();
  const store = useQuery(trpc.catalogue.store.queryOptions({ storeId }));
  const [walletId, setWalletId] = useState<string>();
  const vouchers = useQuery(trpc.catalogue.storeVouchers.queryOptions({ storeId, walletId }));
  // Pre-selected: the wallet the catalogue was filtered by (?wallet=), when it can pay here, else the
  // best one. Once known, its own balance is asked for when it is not the one shown.
  const linkedWallet = useSearchParams().get('wallet');
  const wallets = vouchers.data?.wallets ?? [];
  const preselected = wallets.find((wallet) => wallet.id === linkedWallet) ?? wallets[0];
  if (!walletId && preselected && preselected.availableCents !== vouchers.data?.balanceCents) {
    setWalletId(preselected.id);
  }

  if (store.isPending) return <StoreSkeleton label={t('loading')} />;
  if (store.isError) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-16 text-center sm:px-6">
        <h1 className="text-2xl font-bold">{t('notFound.title')}</h1>
        <p className="mt-2 text-slate-600">{t('notFound.body')}</p>
        <BackLink />
      </div>
    );
  }
  const data = store.data;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10">
      <BackLink />
      <StoreHeader store={data} />
      <FavouriteSaveError className="mt-6" />
      {!data.enabled && (
        <Alert tone="warning" className="mt-6 text-base">
          {t('unavailable')}
        </Alert>
      )}
      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)] lg:items-start">
        <StoreDetails store={data} />
        {data.enabled && (
          // On a phone the choice comes first, before the details and the conditions.
          <Panel title={t('affordable.title')} className="order-first sm:p-6 lg:sticky lg:top-24 lg:order-none">
            <AffordableVouchers
              store={data}
              query={vouchers}
              walletId={walletId ?? preselected?.id}
              onWalletChange={setWalletId}
            />
          </Panel>
        )}
      </div>
    </div>
  );
}
