'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useLocale, useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent } from '~/components/ui/dialog';
import type { Locale } from '~/i18n/locales';
import { formatEuros } from '~/lib/money';
import { formatOfferRate } from '~/lib/offer-badge';
import { useWalletText } from '~/lib/use-wallet-text';
import { useErrorMessage } from '~/lib/use-error-message';

import type { OfferVouchers } from './offer-vouchers';
import type { useReserveVoucher } from './use-reserve-voucher';

type Store = RouterOutputs['catalogue']['store'];
type StoreWallet = RouterOutputs['catalogue']['storeVouchers']['wallets'][number];

/**
 * The step before money moves: the voucher's value, its price, the advantage, the wallet that
 * pays and what will be left in it, and the store's refund rule in plain words. Only "Confirm" reserves.
 */
export function ConfirmReservation({
  open,
  onOpenChange,
  store,
  chosen,
  offer,
  balanceCents,
  wallet,
  reservation,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  store: Store;
  chosen: { valueCents: number; priceCents: number };
  offer: OfferVouchers;
  balanceCents: number;
  wallet: StoreWallet | undefined;
  reservation: ReturnType<typeof useReserveVoucher>;
  onConfirm: () => void;
}) {
  const t = useTranslations('purchase.confirm');
  const tUi = useTranslations('ui');
  const tMode = useTranslations('catalogue.filters');
  const errorText = useErrorMessage();
  const locale = useLocale() as Locale;
  const walletText = useWalletText();
  const euros = (cents: number) => formatEuros(cents, locale);
  const gain = chosen.valueCents - chosen.priceCents;
  const rows: Array<{ key: string; label: string; value: string; strong?: boolean }> = [
    { key: 'value', label: t('value'), value: euros(chosen.valueCents) },
    { key: 'price', label: t('price'), value: euros(chosen.priceCents), strong: true },
    {
      key: 'advantage',
      label: t('advantage'),
      value:
        gain > 0 && offer.rateBasisPoints
          ? t('advantageAmount', {
              gain: euros(gain),
              offer: `${tMode(offer.mode)} ${formatOfferRate(offer.mode, offer.rateBasisPoints, locale)}`,
            })
          : t('noAdvantage'),
    },
    ...(wallet ? [{ key: 'wallet', label: t('wallet'), value: walletText.name(wallet), strong: true }] : []),
    { key: 'left', label: t('left'), value: euros(balanceCents - chosen.priceCents), strong: true },
  ];
  return (
    <Dialog open={open} onOpenChange={(next) => !reservation.isPending && onOpenChange(next)}>
      <DialogContent title={t('title', { store: store.name })} description={t('description')} closeLabel={tUi('close')}>
        <dl className="mt-4 divide-y divide-brand-50 rounded-xl bg-brand-50/60 px-4 text-sm">
          {rows.map((row) => (
            <div key={row.key} data-testid={`confirm-${row.key}`} className="flex justify-between gap-4 py-2.5">
              <dt className="text-slate-600">{row.label}</dt>
              <dd className={`text-right tabular-nums ${row.strong ? 'font-bold text-ink' : 'font-medium text-ink'}`}>
                {row.value}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-slate-700" data-testid="confirm-refund">
          <span className="font-semibold text-ink">{t('refundTitle')} </span>
          {store.refundable ? t('refundable') : t('notRefundable')}
        </p>
        {reservation.error && <Alert className="mt-4">{errorText(reservation.error)}</Alert>}
        <div className="mt-6 flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button variant="quiet" disabled={reservation.isPending}>
              {t('back')}
            </Button>
          </DialogClose>
          <Button disabled={reservation.isPending} onClick={onConfirm}>
            {reservation.isPending ? t('confirming') : t('confirm', { price: euros(chosen.priceCents) })}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
