'use client';

import { useSuspenseQuery } from '@tanstack/react-query';
import { History } from 'lucide-react';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';

import type { RouterOutputs } from '@jackpot-portal/api';
import { Button } from '~/components/ui/button';
import { DataTable, type DataTableColumn } from '~/components/ui/data-table';
import { EmptyState } from '~/components/ui/empty-state';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

type Entry = RouterOutputs['me']['budgetHistory'][number];

/** The budget's history from the ledger, newest first: what came in, what went out, the balance after each. */
export function BudgetHistory() {
  const t = useTranslations('budget');
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.me.budgetHistory.queryOptions({}));
  const columns = useMemo<DataTableColumn<Entry>[]>(() => {
    const signed = (cents: number) =>
      `${cents > 0 ? '+' : cents < 0 ? '\u2212' : ''}${formatEuros(Math.abs(cents), locale)}`;
    return [
      {
        id: 'what',
        header: t('what'),
        enableSorting: false,
        meta: { rowHeader: true },
        cell: ({ row }) => {
          const entry = row.original;
          const store = entry.storeName ?? '';
          const value = entry.valueCents === null ? '' : formatEuros(entry.valueCents, locale, { hideZeroCents: true });
          return (
            <span>
              <span className="font-semibold">{t(`kind.${entry.kind}`, { store, value })}</span>
              {entry.kind === 'GRANT' && entry.reason && (
                <span className="block text-sm text-slate-600">{entry.reason}</span>
              )}
              {/* The date under the movement: the table fits a phone without scrolling sideways. */}
              <time dateTime={new Date(entry.createdAt).toISOString()} className="block text-xs text-slate-500">
                {format.dateTime(new Date(entry.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </span>
          );
        },
      },
      {
        id: 'amount',
        header: t('amount'),
        enableSorting: false,
        meta: { align: 'right' },
        cell: ({ row }) => (
          <span
            className={`whitespace-nowrap font-semibold tabular-nums ${row.original.amountCents > 0 ? 'text-emerald-700' : 'text-ink'}`}
          >
            {signed(row.original.amountCents)}
          </span>
        ),
      },
      {
        id: 'balance',
        header: t('balanceAfter'),
        enableSorting: false,
        meta: { align: 'right' },
        cell: ({ row }) => (
          <span className="whitespace-nowrap tabular-nums">{formatEuros(row.original.balanceAfterCents, locale)}</span>
        ),
      },
    ];
  }, [t, locale, format]);
  if (data.length === 0) {
    return (
      <EmptyState
        icon={History}
        title={t('empty.title')}
        action={
          <Button asChild>
            <Link href="/catalogue">{t('empty.cta')}</Link>
          </Button>
        }
      >
        {t('empty.body')}
      </EmptyState>
    );
  }
  return (
    <DataTable caption={t('caption')} captionHidden columns={columns} data={data} getRowId={(entry) => entry.id} />
  );
}
