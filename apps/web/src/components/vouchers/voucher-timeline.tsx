'use client';

import { CheckCircle2, Circle, CircleDot } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';

import { type OrderView, timelineOf } from './status';

/** The steps a voucher went through, with their times, then those still to come. */
export function VoucherTimeline({ order }: { order: OrderView }) {
  const t = useTranslations('vouchers');
  const format = useFormatter();
  return (
    <ol aria-label={t('timeline')} className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {timelineOf(order).map((step, index) => (
        <li
          key={`${step.status}-${index}`}
          className={`flex items-center gap-1.5 ${step.state === 'upcoming' ? 'text-slate-600' : 'text-ink'}`}
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
  );
}
