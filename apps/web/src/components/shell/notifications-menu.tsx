'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell, Gift } from 'lucide-react';
import Link from 'next/link';
import { useFormatter, useLocale, useNow, useTranslations } from 'next-intl';
import { useState } from 'react';

import { Popover, PopoverContent, PopoverTrigger } from '~/components/ui/popover';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

/** The bell of the shell: vouchers that became ready, unread ones counted; opening it reads them. */
export function NotificationsMenu() {
  const t = useTranslations('notifications');
  const locale = useLocale();
  const format = useFormatter();
  // Relative times need a reference: without one next-intl reports an error on every render.
  const now = useNow({ updateInterval: 60_000 });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const notifications = useQuery(trpc.notifications.list.queryOptions(undefined, { refetchInterval: 15_000 }));
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() }),
    }),
  );
  const items = notifications.data ?? [];
  const unread = items.filter((item) => item.readAt === null);

  const onOpenChange = (opening: boolean) => {
    setOpen(opening);
    if (opening && unread.length > 0) markRead.mutate({ notificationIds: unread.map((item) => item.id) });
  };

  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverTrigger className="relative flex h-10 w-10 items-center justify-center rounded-full border border-brand-100 bg-white text-slate-700 shadow-sm hover:border-brand-200">
        <Bell aria-hidden="true" className="h-5 w-5" />
        <span className="sr-only">{t('label', { count: unread.length })}</span>
        {unread.length > 0 ? (
          <span
            aria-hidden="true"
            data-testid="unread-count"
            className="absolute -right-1 -top-1 flex h-5 min-w-5 items-center justify-center rounded-full bg-rose-600 px-1 text-xs font-bold text-white"
          >
            {unread.length}
          </span>
        ) : null}
      </PopoverTrigger>
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
                  onClick={() => setOpen(false)}
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
