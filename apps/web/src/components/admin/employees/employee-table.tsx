'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';

import { PagedTable } from '~/components/admin/paged-table';
import { Card } from '~/components/ui/panel';
import type { DataTableColumn } from '~/components/ui/data-table';
import { useKeysetPagination } from '~/components/ui/keyset-pagination';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

import { EmployeeBadges } from './employee-badges';
import { EmployeeFilters } from './employee-filters';
import { employeeFiltersQuery, parseEmployeeFilters } from './employee-filters-url';

type Row = RouterOutputs['admin']['listEmployees']['employees'][number];

const PAGE_SIZE = 25;

/** Every user, searched and filtered from the URL, paged by the server (keyset on the email). */
export function EmployeeTable() {
  const t = useTranslations('admin.employees');
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = useMemo(() => parseEmployeeFilters(searchParams), [searchParams]);
  const pages = useKeysetPagination();
  const list = useQuery(
    trpc.admin.listEmployees.queryOptions(
      { ...filters, cursor: pages.cursor, limit: PAGE_SIZE },
      { placeholderData: keepPreviousData },
    ),
  );

  const columns = useMemo<DataTableColumn<Row>[]>(
    () => [
      {
        id: 'name',
        header: t('columns.name'),
        enableSorting: false,
        cell: ({ row }) => (
          <Link
            href={`/admin/employees/${row.original.id}`}
            className="font-semibold text-brand-700 underline-offset-2 hover:underline"
          >
            {row.original.name ?? row.original.email}
          </Link>
        ),
      },
      {
        id: 'email',
        header: t('columns.email'),
        enableSorting: false,
        cell: ({ row }) => (
          <span className="block max-w-64 truncate" title={row.original.email}>
            {row.original.email}
          </span>
        ),
      },
      {
        id: 'status',
        header: t('columns.status'),
        enableSorting: false,
        cell: ({ row }) => <EmployeeBadges user={row.original} />,
      },
      {
        id: 'balance',
        header: t('columns.balance'),
        enableSorting: false,
        meta: { align: 'right' },
        cell: ({ row }) => formatEuros(row.original.balanceCents, locale),
      },
    ],
    [t, locale],
  );

  return (
    <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-4">
      <Card className="p-4">
        <EmployeeFilters
          filters={filters}
          onApply={(next) => {
            pages.reset();
            router.push(`${pathname}${employeeFiltersQuery(next)}`, { scroll: false });
          }}
        />
      </Card>
      <Card className="p-4">
        <PagedTable
          list={list}
          rows={(page) => page.employees}
          pages={pages}
          pagesLabel={t('pages')}
          loadError={t('loadError')}
          emptyTitle={t('empty')}
          caption={t('caption')}
          columns={columns}
          getRowId={(row) => row.id}
        />
      </Card>
    </div>
  );
}
