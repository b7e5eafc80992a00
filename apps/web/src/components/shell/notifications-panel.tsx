'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { Gift } from 'lucide-react';
import Link from 'next/link';
import { useFormatter, useLocale, useNow, useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';

import { Popover, PopoverContent, PopoverTrigger } from '~/components/ui/popover';
import { formatEuros } from '~/lib/money';

/** The bell's popover: the bell as its trigger, and the notifications, newest first (loaded on first use). */
export function NotificationsPanel({
  open,
  onOpenChange,
  trigger,
  items,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ComponentProps<typeof PopoverTrigger>;
  items: RouterOutputs['notifications']['list'];
}) {
  const t = useTranslations('notifications');
  const locale = useLocale();
  const format = useFormatter();
  // Relative times need a reference: without one next-intl reports an error on every render.
  const now = useNow({ updateInterval: 60_000 });
  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverTrigger {...trigger} />
      <PopoverContent aria-label={t('title')} className="w-80 max-w-[calc(100vw-2rem)]">
        <p className="px-3 py-2 text-xs font-medium uppercase tracking-wider text-slate-500">{t('title')}</p>
        {items.length === 0 ? (
          <p className="px-3 pb-3 text-sm text-slate-600">{t('empty')}</p>
        ) : (
          <ul className="max-h-96 overflow-y-auto">
            {items.map((item) => (
              <li key={item.id}>
                <Link
                  href={item.order ? `/vouchers?highlight=${item.order.id}` : '/vouchers'}
                  onClick={() => onOpenChange(false)}
                  className="flex items-start gap-3 rounded-xl px-3 py-2 text-sm hover:bg-brand-50"
                >
                  <Gift
                    aria-hidden="true"
                    className={`mt-0.5 h-4 w-4 shrink-0 ${item.readAt ? 'text-slate-400' : 'text-emerald-600'}`}
                  />
                  <span>
                    <span className={item.readAt ? 'text-slate-700' : 'font-semibold text-ink'}>
                      {item.order
                        ? t('voucherReady', {
                            store: item.order.storeName,
                            value: formatEuros(item.order.valueCents, locale, { hideZeroCents: true }),
                          })
                        : t('generic')}
                    </span>
                    <span className="block text-xs text-slate-500">
                      {format.relativeTime(new Date(item.createdAt), now)}
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </PopoverContent>
    </Popover>
  );
}
