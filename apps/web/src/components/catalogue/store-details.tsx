import type { RouterOutputs } from '@jackpot-portal/api';
import { CalendarClock, Truck, Undo2, Wallet } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { Panel } from '~/components/ui/panel';
import { formatEuros } from '~/lib/money';
import { parseDelivery, parseValidity } from '~/lib/store-terms';

type Store = RouterOutputs['catalogue']['store'];

/** What the mirror knows of a store: description, amounts, validity, delivery, refunds, conditions. */
export function StoreDetails({ store }: { store: Store }) {
  const t = useTranslations('store');
  const tTerms = useTranslations('storeTerms');
  const tc = useTranslations('catalogue');
  const locale = useLocale();
  const euros = (cents: number) => formatEuros(cents, locale, { hideZeroCents: true });
  const amounts =
    store.discreteValuesCents.length > 0
      ? store.discreteValuesCents.map(euros).join(' · ')
      : `${tc('range', { min: euros(store.valueMinCents), max: euros(store.valueMaxCents) })} (${tc('freeAmount').toLowerCase()})`;
  // Validity and delivery in the user's language when their values can be read; else as Jackpot
  // wrote them, marked as French, like the description and the conditions.
  const validity = parseValidity(store.validity);
  const delivery = parseDelivery(store.shippingTime);
  const asWritten = (text: string | null) => (text ? <span lang="fr">{text}</span> : null);
  const details: Array<{ key: string; icon: ReactNode; label: string; value: ReactNode }> = [
    { key: 'amounts', icon: <Wallet className="h-4 w-4" />, label: t('details.amounts'), value: amounts },
    {
      key: 'validity',
      icon: <CalendarClock className="h-4 w-4" />,
      label: t('details.validity'),
      value: validity ? tTerms('validityMonths', validity) : asWritten(store.validity),
    },
    {
      key: 'delivery',
      icon: <Truck className="h-4 w-4" />,
      label: t('details.delivery'),
      value: delivery
        ? delivery.hours === 0
          ? tTerms('deliveryImmediate')
          : tTerms('deliveryWithin', delivery)
        : asWritten(store.shippingTime),
    },
    {
      key: 'refund',
      icon: <Undo2 className="h-4 w-4" />,
      label: t('details.refund'),
      value: store.refundable ? t('details.refundable') : t('details.notRefundable'),
    },
  ];
  return (
    <div className="space-y-6">
      {store.description && (
        <p lang="fr" className="text-base leading-relaxed text-slate-700">
          {store.description}
        </p>
      )}
      <Panel title={t('details.title')} titleClassName="text-base">
        <dl className="mt-3 divide-y divide-brand-50">
          {details
            .filter((detail) => detail.value)
            .map((detail) => (
              <div key={detail.key} className="flex gap-3 py-2.5 text-sm">
                <dt className="flex w-40 shrink-0 items-center gap-2 text-slate-500">
                  <span aria-hidden="true" className="text-brand-500">
                    {detail.icon}
                  </span>
                  {detail.label}
                </dt>
                <dd className="min-w-0 font-medium text-ink">{detail.value}</dd>
              </div>
            ))}
        </dl>
      </Panel>
      {store.mentions && (
        <Panel title={t('conditions')} titleClassName="text-base">
          <p lang="fr" className="mt-2 whitespace-pre-line text-sm leading-relaxed text-slate-600">
            {store.mentions}
          </p>
        </Panel>
      )}
    </div>
  );
}
