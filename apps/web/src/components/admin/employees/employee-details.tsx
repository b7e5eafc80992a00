'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';

import { GrantDialog } from '~/components/admin/budgets/grant-dialog';
import { STATUS_TONE } from '~/components/vouchers/status';
import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { EmptyState } from '~/components/ui/empty-state';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { EmployeeBadges } from './employee-badges';
import { UserChangeDialog } from './user-change-dialog';

/** One employee as an admin sees them: balance, the changes an admin may make, ledger and vouchers. */
export function EmployeeDetails({ userId }: { userId: string }) {
  const t = useTranslations('admin.employee');
  const tStatus = useTranslations('vouchers.status');
  const locale = useLocale();
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const details = useQuery(trpc.admin.employeeDetails.queryOptions({ userId }));
  const when = (date: Date | string) => format.dateTime(new Date(date), { dateStyle: 'short', timeStyle: 'short' });

  if (details.isPending) return <Skeleton className="h-96" />;
  if (details.isError)
    return (
      <>
        <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
        <Alert className="mt-6">{errorMessage(details.error)}</Alert>
      </>
    );
  const { user, balanceCents, ledger, orders } = details.data;
  const name = user.name ?? user.email;
  const euros = (cents: number) => formatEuros(cents, locale);

  return (
    <>
      <p className="text-sm">
        <Link href="/admin/employees" className="font-semibold text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="mt-2 flex flex-wrap items-center gap-3 text-3xl font-extrabold tracking-tight">
        {name}
        <EmployeeBadges user={user} />
      </h1>
      <p className="mt-1 text-slate-600">{user.email}</p>
      <p className="mt-4 text-lg">
        {t('balance')} <strong className="tabular-nums">{euros(balanceCents)}</strong>
      </p>

      <div className="mt-4 flex flex-wrap gap-2" role="group" aria-label={t('actions')}>
        <GrantDialog userId={user.id} name={name} />
        <UserChangeDialog userId={user.id} name={name} change={user.role === 'ADMIN' ? 'demote' : 'promote'} />
        <UserChangeDialog userId={user.id} name={name} change={user.disabled ? 'enable' : 'disable'} />
        <UserChangeDialog userId={user.id} name={name} change={user.flagged ? 'unflag' : 'flag'} />
      </div>

      <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <Panel title={t('ledger')}>
          {ledger.length === 0 ? (
            <EmptyState title={t('noLedger')} className="mt-3" />
          ) : (
            <ol className="mt-3 grid gap-2 text-sm">
              {ledger.map((entry) => (
                <li key={entry.id} className="flex flex-wrap justify-between gap-x-3">
                  <span>
                    <time className="tabular-nums text-slate-500" dateTime={new Date(entry.createdAt).toISOString()}>
                      {when(entry.createdAt)}
                    </time>{' '}
                    {t(`kind.${entry.kind}`)}
                    {entry.reason ? ` — ${entry.reason}` : ''}
                    {entry.grantedBy ? ` (${entry.grantedBy.name ?? entry.grantedBy.email})` : ''}
                  </span>
                  <span className="tabular-nums font-semibold">{euros(entry.amountCents)}</span>
                </li>
              ))}
            </ol>
          )}
        </Panel>
        <Panel title={t('vouchers')}>
          {orders.length === 0 ? (
            <EmptyState title={t('noVouchers')} className="mt-3" />
          ) : (
            <ul className="mt-3 grid gap-2 text-sm">
              {orders.map((order) => (
                <li key={order.id} className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/admin/vouchers/${order.id}`} className="font-semibold text-brand-700 hover:underline">
                    {order.storeName} · {euros(order.valueCents)}
                  </Link>
                  <span className="flex items-center gap-2">
                    <span className="text-slate-500">{when(order.createdAt)}</span>
                    <Badge tone={STATUS_TONE[order.status]}>{tStatus(order.status)}</Badge>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </>
  );
}
