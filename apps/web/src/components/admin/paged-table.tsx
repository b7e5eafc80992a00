'use client';

import type { OnChangeFn, RowData, SortingState } from '@tanstack/react-table';
import clsx from 'clsx';
import { useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { DataTable, type DataTableColumn } from '~/components/ui/data-table';
import { EmptyState } from '~/components/ui/empty-state';
import type { useKeysetPagination } from '~/components/ui/keyset-pagination';
import { Pagination } from '~/components/ui/pagination';
import { Skeleton } from '~/components/ui/skeleton';

/**
 * An admin list read by cursor: its load error, its skeleton, then the table (faded while the next
 * page loads) with its empty state and the Previous / Next footer. The parent owns the query (its
 * input holds `pages.cursor`) and the page trail, so that a new filter can reset it.
 */
export function PagedTable<Page extends { nextCursor: string | null }, Row extends RowData>({
  list,
  rows,
  caption,
  columns,
  getRowId,
  sorting,
  onSortingChange,
  manualSorting,
  pages,
  pagesLabel,
  loadError,
  emptyTitle,
  skeletonClassName = 'h-96',
  className,
}: {
  list: { isError: boolean; data: Page | undefined; isPlaceholderData: boolean };
  rows: (page: Page) => Row[];
  caption: string;
  columns: DataTableColumn<Row>[];
  getRowId: (row: Row) => string;
  sorting?: SortingState;
  onSortingChange?: OnChangeFn<SortingState>;
  manualSorting?: boolean;
  pages: ReturnType<typeof useKeysetPagination>;
  /** Names the page navigation landmark: one per screen ("Pages of vouchers"). */
  pagesLabel: string;
  loadError: string;
  emptyTitle: string;
  skeletonClassName?: string;
  className?: string;
}) {
  const t = useTranslations('admin.pagination');
  if (list.isError) return <Alert className={className}>{loadError}</Alert>;
  if (!list.data) return <Skeleton className={clsx(className, skeletonClassName)} />;
  const { nextCursor } = list.data;
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={columns}
      data={rows(list.data)}
      getRowId={getRowId}
      sorting={sorting}
      onSortingChange={onSortingChange}
      manualSorting={manualSorting}
      empty={<EmptyState title={emptyTitle} className="mt-4" />}
      footer={
        <Pagination
          label={pagesLabel}
          status={t('page', { page: pages.page })}
          previousLabel={t('previous')}
          nextLabel={t('next')}
          hasPrevious={pages.hasPrevious}
          hasNext={!!nextCursor}
          onPrevious={pages.previous}
          onNext={() => nextCursor && pages.next(nextCursor)}
        />
      }
      className={clsx(className, list.isPlaceholderData && 'opacity-60')}
    />
  );
}
