'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { Panel } from '~/components/ui/panel';

import { useVoucherFormat } from './use-voucher-format';

type Details = RouterOutputs['admin']['orderDetails'];

/** A voucher's facts for an admin: the summary (employee, amounts, offer, store now) and Jackpot's identifiers and dates. */
export function VoucherFacts({ order, store }: Pick<Details, 'order' | 'store'>) {
  const t = useTranslations('admin.voucher');
  const { when, euros } = useVoucherFormat();

  return (
    <>
      <Panel title={t('summary')}>
        <Facts
          rows={[
            [
              t('employee'),
              <Link key="e" href={`/admin/vouchers?user=${order.user.id}`} className="text-brand-700 hover:underline">
                {order.user.name ?? order.user.email}
              </Link>,
            ],
            [t('email'), order.user.email],
            [t('value'), euros(order.valueCents)],
            [t('price'), euros(order.priceCents)],
            [t('offer'), t('offerValue', { mode: order.mode, rate: order.rateBasisPoints / 100 })],
            [t('needsApproval'), order.needsApproval ? t('yes') : t('no')],
            [
              t('storeNow'),
              store
                ? t('storeState', { enabled: String(store.enabled), refundable: String(store.refundable) })
                : t('storeGone'),
            ],
          ]}
        />
      </Panel>
      <Panel title={t('jackpot')}>
        <Facts
          rows={[
            [t('orderId'), <code key="o">{order.id}</code>],
            [t('voucherId'), order.jackpotVoucherId ? <code key="v">{order.jackpotVoucherId}</code> : '—'],
            [t('couponId'), order.couponId ?? '—'],
            [t('reservationExpires'), when(order.resaExpireDate)],
            [t('validity'), when(order.validityDate)],
            [t('lastSynced'), when(order.lastSyncedAt)],
            ...(order.failureCode
              ? [[t('failure'), `${order.failureCode}: ${order.failureMessage ?? ''}`] as [string, ReactNode]]
              : []),
          ]}
        />
      </Panel>
    </>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="min-w-0 break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
