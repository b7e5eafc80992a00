'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Bell } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { lazy, useState } from 'react';

import { LoadOnFirstUse } from '~/components/ui/load-on-first-use';
import { useTRPC } from '~/trpc/react';

const loadNotificationsPanel = () => import('./notifications-panel');
const NotificationsPanel = lazy(() =>
  loadNotificationsPanel().then((module) => ({ default: module.NotificationsPanel })),
);

/**
 * The bell of the shell: vouchers that became ready, unread ones counted; opening it reads them.
 * The list's popover (`notifications-panel.tsx`) is loaded on first use.
 */
export function NotificationsMenu() {
  const t = useTranslations('notifications');
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

  const trigger = {
    className:
      'relative flex h-10 w-10 items-center justify-center rounded-full border border-brand-100 bg-white text-slate-700 shadow-sm hover:border-brand-200',
    children: (
      <>
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
      </>
    ),
  };
  return (
    <LoadOnFirstUse
      trigger={trigger}
      popup="dialog"
      preload={loadNotificationsPanel}
      onPress={() => onOpenChange(true)}
    >
      <NotificationsPanel open={open} onOpenChange={onOpenChange} trigger={trigger} items={items} />
    </LoadOnFirstUse>
  );
}
