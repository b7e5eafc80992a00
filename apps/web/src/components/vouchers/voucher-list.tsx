'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CheckCircle2, Circle, CircleDot, Download, Gift, Loader2, TicketX } from 'lucide-react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { CANCELABLE, IN_FLIGHT, type OrderView, STATUS_TONE, timelineOf, type Tone } from './status';

const toneClasses: Record<Tone, string> = {
  progress: 'bg-brand-50 text-brand-700 ring-brand-200',
  waiting: 'bg-amber-50 text-amber-800 ring-amber-200',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  danger: 'bg-rose-50 text-rose-800 ring-rose-200',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
};

export function VoucherList() {
  const trpc = useTRPC();
  const t = useTranslations('vouchers');
  const orders = useQuery(
    trpc.orders.list.queryOptions(undefined, {
      // While a voucher is on its way, ask again every two seconds; while one waits for an
      // admin (minutes or hours), every fifteen.
      refetchInterval: (query) => {
        const orders = query.state.data ?? [];
        if (orders.some((order) => IN_FLIGHT.includes(order.status))) return 2_000;
        return orders.some((order) => order.status === 'AWAITING_APPROVAL') ? 15_000 : false;
      },
    }),
  );

  // A voucher that just became ready also rang the bell: ask for notifications now.
  const readyCount = orders.data?.filter((order) => order.status === 'READY').length ?? 0;
  const queryClient = useQueryClient();
  useEffect(() => {
    if (readyCount > 0) void queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() });
  }, [readyCount, queryClient, trpc]);

  if (orders.isPending) {
    return (
      <ul aria-busy="true" aria-label={t('loading')} className="grid gap-4">
        {[0, 1, 2].map((key) => (
          <li key={key} className="h-40 animate-pulse rounded-2xl border border-brand-100 bg-white" />
        ))}
      </ul>
    );
  }
  if (orders.isError) {
    return (
      <div role="alert" className="rounded-2xl border border-rose-200 bg-rose-50 p-6 text-rose-800">
        <p>{t('loadError')}</p>
        <button
          type="button"
          onClick={() => orders.refetch()}
          className="mt-3 rounded-lg bg-white px-3 py-1.5 text-sm font-semibold ring-1 ring-rose-200"
        >
          {t('retry')}
        </button>
      </div>
    );
  }
  if (orders.data.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-brand-200 bg-white p-10 text-center">
        <Gift aria-hidden="true" className="mx-auto h-10 w-10 text-brand-500" />
        <h2 className="mt-3 text-lg font-semibold">{t('empty.title')}</h2>
        <p className="mt-1 text-slate-600">{t('empty.body')}</p>
        <Link
          href="/catalogue"
          className="mt-5 inline-block rounded-xl bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t('empty.cta')}
        </Link>
      </div>
    );
  }
  return (
    <ul className="grid gap-4">
      {orders.data.map((order) => (
        <VoucherCard key={order.id} order={order} />
      ))}
    </ul>
  );
}

function VoucherCard({ order }: { order: OrderView }) {
  const t = useTranslations('vouchers');
  const errorMessage = useErrorMessage();
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const highlighted = useSearchParams().get('highlight') === order.id;
  const ref = useRef<HTMLLIElement>(null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);

  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [highlighted]);

  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions({
      onSettled: () => {
        setConfirmingCancel(false);
        return queryClient.invalidateQueries({ queryKey: trpc.orders.list.queryKey() });
      },
    }),
  );
  const gainCents = order.valueCents - order.priceCents;
  const timeline = timelineOf(order);

  return (
    <li
      ref={ref}
      aria-labelledby={`voucher-${order.id}`}
      data-status={order.status}
      className={`rounded-2xl border bg-white p-5 shadow-sm transition ${highlighted ? 'border-brand-500 ring-4 ring-brand-100' : 'border-brand-100'}`}
    >
      <div className="flex flex-wrap items-start gap-4">
        <span
          aria-hidden="true"
          className="flex h-14 w-14 shrink-0 items-center justify-center overflow-hidden rounded-xl text-lg font-extrabold text-white"
          style={{ background: order.storeColor ?? 'var(--color-brand-600)' }}
        >
          {order.storeLogo ? (
            // eslint-disable-next-line @next/next/no-img-element -- logos are small SVGs served by Jackpot
            <img src={order.storeLogo} alt="" width={56} height={56} className="h-full w-full object-cover" />
          ) : (
            order.storeName.slice(0, 2).toUpperCase()
          )}
        </span>
        <div className="min-w-0 flex-1 basis-44">
          <h2 id={`voucher-${order.id}`} className="truncate text-lg font-semibold">
            {order.storeName}
          </h2>
          <p className="text-sm text-slate-600">
            {t('requested', {
              date: format.dateTime(new Date(order.createdAt), { dateStyle: 'medium', timeStyle: 'short' }),
            })}
            {order.couponId ? <span className="ml-2 font-mono text-xs text-slate-500">{order.couponId}</span> : null}
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
        <span
          className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold ring-1 ${toneClasses[STATUS_TONE[order.status]]}`}
        >
          {IN_FLIGHT.includes(order.status) ? (
            <Loader2 aria-hidden="true" className="h-3.5 w-3.5 animate-spin" />
          ) : null}
          {t(`status.${order.status}`)}
        </span>
        <p className="text-sm text-slate-600">
          {order.status === 'FAILED' ? (order.failureMessage ?? t(`hint.${order.status}`)) : t(`hint.${order.status}`)}
        </p>
      </div>

      <ol aria-label={t('timeline')} className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {timeline.map((step, index) => (
          <li
            key={`${step.status}-${index}`}
            className={`flex items-center gap-1.5 ${step.state === 'upcoming' ? 'text-slate-400' : 'text-ink'}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            {step.state === 'done' ? (
              <CheckCircle2 aria-hidden="true" className="h-4 w-4 text-emerald-600" />
            ) : step.state === 'current' ? (
              <CircleDot aria-hidden="true" className="h-4 w-4 text-brand-600" />
            ) : (
              <Circle aria-hidden="true" className="h-4 w-4" />
            )}
            <span className={step.state === 'current' ? 'font-semibold' : undefined}>{t(`step.${step.status}`)}</span>
            {step.at ? (
              <time dateTime={step.at.toISOString()} className="text-xs text-slate-500">
                {format.dateTime(step.at, { timeStyle: 'short' })}
              </time>
            ) : null}
          </li>
        ))}
      </ol>

      <div className="mt-5 flex flex-wrap items-center gap-3">
        {order.status === 'READY' ? (
          <a
            href={`/api/vouchers/${order.id}/pdf`}
            className="inline-flex items-center gap-2 rounded-xl bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            <Download aria-hidden="true" className="h-4 w-4" />
            {t('download')}
          </a>
        ) : null}
        {CANCELABLE.includes(order.status) ? (
          confirmingCancel ? (
            <span role="group" aria-label={t('cancelConfirm')} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{t('cancelConfirm')}</span>
              <button
                type="button"
                disabled={cancel.isPending}
                onClick={() => cancel.mutate({ orderId: order.id })}
                className="rounded-lg bg-rose-600 px-3 py-1.5 font-semibold text-white hover:bg-rose-700 disabled:opacity-60"
              >
                {cancel.isPending ? t('canceling') : t('cancelYes')}
              </button>
              <button
                type="button"
                onClick={() => setConfirmingCancel(false)}
                className="rounded-lg px-3 py-1.5 font-semibold text-slate-700 ring-1 ring-slate-300"
              >
                {t('cancelNo')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              onClick={() => setConfirmingCancel(true)}
              className="inline-flex items-center gap-2 rounded-xl px-4 py-2 font-semibold text-rose-700 ring-1 ring-rose-200 hover:bg-rose-50"
            >
              <TicketX aria-hidden="true" className="h-4 w-4" />
              {t('cancel')}
            </button>
          )
        ) : null}
        {cancel.isError ? (
          <p role="alert" className="text-sm text-rose-700">
            {errorMessage(cancel.error)}
          </p>
        ) : null}
      </div>
    </li>
  );
}
