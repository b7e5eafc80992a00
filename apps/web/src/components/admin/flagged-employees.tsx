'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { UserChangeDialog } from '~/components/admin/employees/user-change-dialog';
import { Alert } from '~/components/ui/alert';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { useTRPC } from '~/trpc/react';

/** The approval policy's other half: employees whose every voucher waits for an admin. */
export function FlaggedEmployees() {
  const t = useTranslations('admin.approvals.flaggedPolicy');
  const trpc = useTRPC();
  const flagged = useQuery(trpc.admin.listEmployees.queryOptions({ flagged: true, limit: 50 }));
  return (
    <Panel title={t('title')} description={t('lead')}>
      {flagged.isPending ? (
        <Skeleton className="mt-4 h-16" />
      ) : flagged.isError ? (
        <Alert className="mt-4">{t('loadError')}</Alert>
      ) : flagged.data.employees.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="mt-4 grid gap-2">
          {flagged.data.employees.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <Link href={`/admin/employees/${user.id}`} className="font-semibold text-brand-700 hover:underline">
                {user.name ?? user.email}
              </Link>
              <UserChangeDialog userId={user.id} name={user.name ?? user.email} change="unflag" />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        <Link href="/admin/employees" className="font-semibold text-brand-700 hover:underline">
          {t('flagMore')}
        </Link>
      </p>
    </Panel>
  );
}
