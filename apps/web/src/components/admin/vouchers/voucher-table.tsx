'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';

import { PagedTable } from '~/components/admin/paged-table';
import { STATUS_TONE } from '~/components/vouchers/status';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/panel';
import type { DataTableColumn } from '~/components/ui/data-table';
import { useKeysetPagination } from '~/components/ui/keyset-pagination';
import { formatEuros } from '~/lib/money';
import { useTRPC } from '~/trpc/react';

import { VoucherFilters } from './voucher-filters';
import { parseVoucherFilters, voucherFiltersQuery } from './voucher-filters-url';

type Row = RouterOutputs['admin']['listOrders']['orders'][number];

const PAGE_SIZE = 25;

/**
 * Every voucher of every employee: filters and sort in the URL, sorted and paged by the server
 * (keyset: a deep page costs what the first does). A new filter or sort starts at the first page.
 */
export function VoucherTable() {
  const t = useTranslations('admin.vouchers');
  const tStatus = useTranslations('vouchers.status');
  const tExports = useTranslations('admin.exports');
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = useMemo(() => parseVoucherFilters(searchParams), [searchParams]);
  const pages = useKeysetPagination();
  const options = useQuery(trpc.admin.orderFilterOptions.queryOptions());
  const list = useQuery(
    trpc.admin.listOrders.queryOptions(
      { ...filters, cursor: pages.cursor, limit: PAGE_SIZE },
      { placeholderData: keepPreviousData },
    ),
  );

  const apply = (next: typeof filters) => {
    pages.reset();
    router.push(`${pathname}${voucherFiltersQuery(next)}`, { scroll: false });
  };

  const columns = useMemo<DataTableColumn<Row>[]>(
    () => [
      {
        id: 'createdAt',
        accessorFn: (row) => row.createdAt,
        header: t('columns.date'),
        sortDescFirst: true,
        cell: ({ row }) => (
          <Link
            href={`/admin/vouchers/${row.original.id}`}
            className="whitespace-nowrap font-semibold text-brand-700 underline-offset-2 hover:underline"
          >
            {format.dateTime(new Date(row.original.createdAt), { dateStyle: 'short', timeStyle: 'short' })}
          </Link>
        ),
      },
      {
        id: 'employee',
        header: t('columns.employee'),
        enableSorting: false,
        cell: ({ row }) => (
          <span className="block max-w-48 truncate" title={row.original.user.email}>
            {row.original.user.name ?? row.original.user.email}
          </span>
        ),
      },
      { id: 'store', accessorFn: (row) => row.storeName, header: t('columns.store'), enableSorting: false },
      {
        id: 'status',
        header: t('columns.status'),
        enableSorting: false,
        cell: ({ row }) => <Badge tone={STATUS_TONE[row.original.status]}>{tStatus(row.original.status)}</Badge>,
      },
      {
        id: 'valueCents',
        header: t('columns.value'),
        enableSorting: false,
        meta: { align: 'right' },
        cell: ({ row }) => formatEuros(row.original.valueCents, locale),
      },
      {
        id: 'priceCents',
        accessorFn: (row) => row.priceCents,
        header: t('columns.price'),
        sortDescFirst: true,
        meta: { align: 'right' },
        cell: ({ row }) => formatEuros(row.original.priceCents, locale),
      },
    ],
    [t, tStatus, format, locale],
  );

  return (
    <div className="mt-6 grid grid-cols-[minmax(0,1fr)] gap-4">
      <Card className="p-4">
        <VoucherFilters filters={filters} stores={options.data?.stores ?? []} onApply={apply} />
        <p className="mt-3">
          <Button asChild variant="secondary" size="sm">
            {/* A plain link: the server streams the file, the browser saves it as it arrives. */}
            <a href={`/api/admin/exports/vouchers${voucherFiltersQuery(filters)}`} download>
              <Download aria-hidden="true" className="h-4 w-4" />
              {tExports('vouchersFiltered')}
            </a>
          </Button>
        </p>
      </Card>
      <Card className="p-4">
        <PagedTable
          list={list}
          rows={(page) => page.orders}
          pages={pages}
          pagesLabel={t('pages')}
          loadError={t('loadError')}
          emptyTitle={t('empty')}
          caption={t('caption')}
          columns={columns}
          getRowId={(row) => row.id}
          manualSorting
          sorting={[{ id: filters.sort ?? 'createdAt', desc: filters.dir !== 'asc' }]}
          onSortingChange={(updater) => {
            const current = [{ id: filters.sort ?? 'createdAt', desc: filters.dir !== 'asc' }];
            const next = (typeof updater === 'function' ? updater(current) : updater)[0];
            if (next)
              apply({ ...filters, sort: next.id as 'createdAt' | 'priceCents', dir: next.desc ? 'desc' : 'asc' });
          }}
        />
      </Card>
    </div>
  );
}
