'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { PagedTable } from '~/components/admin/paged-table';
import { useKeysetPagination } from '~/components/ui/keyset-pagination';
import { Panel } from '~/components/ui/panel';
import { useTRPC } from '~/trpc/react';

import { REFUND_PAGE_SIZE } from './refund-lists';
import { useDecidedRefundColumns, usePendingRefundColumns } from './refund-request-columns';

function useRefundRequestsPage(state: 'pending' | 'decided') {
  const trpc = useTRPC();
  const pages = useKeysetPagination();
  const list = useQuery(
    trpc.admin.listRefundRequests.queryOptions(
      { state, cursor: pages.cursor, limit: REFUND_PAGE_SIZE },
      { placeholderData: keepPreviousData },
    ),
  );
  return { pages, list };
}

/** Four-eyes refunds: the requests waiting for a second admin (oldest first), and those decided (latest first), each paged. */
export function RefundRequests() {
  const t = useTranslations('admin.refunds');
  const pending = useRefundRequestsPage('pending');
  const decided = useRefundRequestsPage('decided');
  const pendingColumns = usePendingRefundColumns();
  const decidedColumns = useDecidedRefundColumns();

  return (
    <>
      <Panel title={t('pending')} description={t('pendingHint')}>
        <PagedTable
          list={pending.list}
          rows={(page) => page.requests}
          pages={pending.pages}
          pagesLabel={t('pagesPending')}
          loadError={t('loadError')}
          emptyTitle={t('noPending')}
          caption={t('pending')}
          columns={pendingColumns}
          getRowId={(row) => row.id}
          skeletonClassName="h-48"
          className="mt-3"
        />
      </Panel>
      <Panel title={t('decided')}>
        <PagedTable
          list={decided.list}
          rows={(page) => page.requests}
          pages={decided.pages}
          pagesLabel={t('pagesDecided')}
          loadError={t('loadError')}
          emptyTitle={t('noDecided')}
          caption={t('decided')}
          columns={decidedColumns}
          getRowId={(row) => row.id}
          skeletonClassName="h-48"
          className="mt-3"
        />
      </Panel>
    </>
  );
}
