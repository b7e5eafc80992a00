'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { useTRPC } from '~/trpc/react';

export function ServiceStatus() {
  const trpc = useTRPC();
  const t = useTranslations('status');
  const health = useQuery(trpc.system.health.queryOptions(undefined, { refetchInterval: 60_000 }));
  const state = health.isPending ? 'checking' : health.data?.database === 'up' ? 'up' : 'down';
  const dot = { checking: 'bg-slate-300', up: 'bg-emerald-500', down: 'bg-rose-500' }[state];
  return (
    <p
      role="status"
      aria-label={t('label')}
      data-state={state}
      className="flex items-center gap-2 text-sm text-slate-600"
    >
      <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-full ${dot}`} />
      {t(state)}
    </p>
  );
}
