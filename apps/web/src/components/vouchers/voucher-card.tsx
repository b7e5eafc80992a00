'use client';

import { CANCELABLE_STATUSES, isProgressing } from '@jackpot-portal/api/order-status';
import { CalendarClock, Download, Loader2 } from 'lucide-react';
import { useSearchParams } from 'next/navigation';
import { useFormatter, useLocale, useNow, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

import { StoreLogo } from '~/components/catalogue/store-logo';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { formatEuros } from '~/lib/money';

import { CancelVoucher } from './cancel-voucher';
import { MarkUsed } from './mark-used';
import { type OrderView, STATUS_TONE } from './status';
import { TillView } from './till-view';
import { daysBeforeExpiry, walletGroup } from './wallet-filter';
import { VoucherCode } from './voucher-code';
import { VoucherTimeline } from './voucher-timeline';

/**
 * One voucher of the wallet: store, amounts, status and its steps; once ready, its labelled code
 * (copyable), its expiry (with a reminder when near), the till view, the PDF and the used mark;
 * cancel while possible.
 */
export function VoucherCard({ order }: { order: OrderView }) {
  const t = useTranslations('vouchers');
  const tWallet = useTranslations('wallet');
  const locale = useLocale();
  const now = useNow({ updateInterval: 60_000 });
  const group = walletGroup(order, now);
  const expiresIn = daysBeforeExpiry(order, now);
  const format = useFormatter();
  const highlighted = useSearchParams().get('highlight') === order.id;
  const ref = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlighted]);

  const gainCents = order.valueCents - order.priceCents;

  return (
    <li
      ref={ref}
      aria-labelledby={`voucher-${order.id}`}
      data-status={order.status}
      className={`rounded-2xl border bg-white p-5 shadow-sm transition ${highlighted ? 'border-brand-500 ring-4 ring-brand-100' : 'border-brand-100'}`}
    >
      <div className="flex flex-wrap items-start gap-4">
        <StoreLogo name={order.storeName} src={order.storeLogo} color={order.storeColor} alt="" />
        <div className="min-w-0 flex-1 basis-44">
          <h2 id={`voucher-${order.id}`} className="truncate text-lg font-semibold">
            {order.storeName}
          </h2>
          <p className="text-sm text-slate-600">
            {t('requested', {
              date: format.dateTime(new Date(order.createdAt), { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </p>
        </div>
        <div className="ml-auto text-right">
          <p className="text-2xl font-extrabold tracking-tight">
            {formatEuros(order.valueCents, locale, { hideZeroCents: true })}
          </p>
          <p className="text-sm text-slate-600">
            {t('paid', { price: formatEuros(order.priceCents, locale) })}
            {gainCents > 0 ? (
              <span className="ml-1 font-semibold text-emerald-700">
                {t('gain', { gain: formatEuros(gainCents, locale) })}
              </span>
            ) : null}
          </p>
        </div>
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Badge tone={STATUS_TONE[order.status]} className="py-1">
          {isProgressing(order.status) ? <Loader2 aria-hidden="true" className="h-3.5 w-3.5 animate-spin" /> : null}
          {t(`status.${order.status}`)}
        </Badge>
        <p className="text-sm text-slate-600">
          {order.status === 'FAILED'
            ? (order.failureMessage ?? t(`hint.${order.status}`))
            : order.status === 'PENDING' && order.outcomeUnknownSince
              ? t('hint.PENDING_OUTCOME_UNKNOWN')
              : t(`hint.${order.status}`)}
        </p>
      </div>

      {order.status === 'READY' ? (
        <div className="mt-4 space-y-2 rounded-xl bg-brand-50/60 p-3">
          {order.couponId && <VoucherCode code={order.couponId} />}
          {order.validityDate && (
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <CalendarClock aria-hidden="true" className="h-4 w-4 text-brand-600" />
              {tWallet(group === 'expired' ? 'expired' : 'validUntil', {
                date: format.dateTime(new Date(order.validityDate), { dateStyle: 'long' }),
              })}
              {expiresIn !== null && (
                <Badge tone="waiting" data-testid="expiry-reminder">
                  {tWallet('expiresIn', { days: expiresIn })}
                </Badge>
              )}
            </p>
          )}
          {order.usedAt && (
            <Badge tone="neutral">
              {tWallet('usedOn', { date: format.dateTime(new Date(order.usedAt), { dateStyle: 'medium' }) })}
            </Badge>
          )}
        </div>
      ) : (
        <VoucherTimeline order={order} />
      )}

      {(order.status === 'READY' || CANCELABLE_STATUSES.includes(order.status)) && (
        <div className="mt-5 flex flex-wrap items-center gap-3">
          {order.status === 'READY' && order.couponId && group === 'toUse' && (
            <TillView order={order} code={order.couponId} />
          )}
          {order.status === 'READY' && (
            <Button asChild size="md" className="text-base shadow-none">
              <a href={`/api/vouchers/${order.id}/pdf`}>
                <Download aria-hidden="true" className="h-4 w-4" />
                {t('download')}
              </a>
            </Button>
          )}
          {order.status === 'READY' && <MarkUsed order={order} />}
          {CANCELABLE_STATUSES.includes(order.status) && <CancelVoucher order={order} />}
        </div>
      )}
    </li>
  );
}
