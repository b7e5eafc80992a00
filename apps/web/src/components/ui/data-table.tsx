'use client';

// One file of about 160 lines: the header (sort buttons, aria-sort), the body (row headers,
// numeric alignment) and the column typing are one primitive, read together.

import {
  type ColumnDef,
  createSortedRowModel,
  type OnChangeFn,
  rowSortingFeature,
  type RowData,
  type SortingState,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import clsx from 'clsx';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { ReactNode } from 'react';

// One feature set for every table of the portal: sorting, by the table (loaded rows) or by the
// server (`manualSorting`, for lists paged by cursor: see keyset-pagination.ts).
const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});

export type DataTableFeatures = typeof features;
export type DataTableColumn<Row extends RowData> = ColumnDef<DataTableFeatures, Row, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each column has its own value type

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the interface's own parameters
  interface ColumnMeta<TFeatures, TData, TValue> {
    /** Numbers align right; their header too. */
    align?: 'right';
    /** The first column names the row: a row header (<th scope="row">). */
    rowHeader?: boolean;
  }
}

/**
 * A table (TanStack Table, headless) in the portal's look. A sortable column's header is a button
 * that cycles the order; the header cell says the current order (aria-sort). `caption` names the
 * table. With `onSortingChange` the parent owns the order (and, with `manualSorting`, sends rows
 * already in that order); else the table sorts the rows it has.
 */
export function DataTable<Row extends RowData>({
  caption,
  captionHidden = false,
  columns,
  data,
  getRowId,
  sorting,
  onSortingChange,
  manualSorting = false,
  empty,
  footer,
  className,
}: {
  caption: string;
  captionHidden?: boolean;
  columns: DataTableColumn<Row>[];
  data: Row[];
  getRowId?: (row: Row) => string;
  sorting?: SortingState;
  onSortingChange?: OnChangeFn<SortingState>;
  manualSorting?: boolean;
  /** Shown in place of the rows when there are none. */
  empty?: ReactNode;
  /** Under the table: e.g. <KeysetPagination>. */
  footer?: ReactNode;
  className?: string;
}) {
  const table = useTable({
    features,
    columns,
    data,
    getRowId,
    manualSorting,
    enableSortingRemoval: false,
    ...(sorting ? { state: { sorting } } : {}),
    ...(onSortingChange ? { onSortingChange } : {}),
  });
  const rows = table.getRowModel().rows;
  return (
    // min-w-0: inside a grid or flex parent the table scrolls in its own box instead of widening the page.
    <div className={clsx('min-w-0', className)}>
      {/* Scrolls sideways on a narrow screen: focusable, so the keyboard can scroll it too (WCAG 2.1.1). */}
      <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={caption}>
        <table className="w-full text-left text-sm">
          <caption className={clsx('text-left', captionHidden ? 'sr-only' : 'mb-2 font-semibold')}>{caption}</caption>
          <thead className="text-xs uppercase tracking-wide text-slate-500">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="border-b border-brand-100">
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const align = header.column.columnDef.meta?.align;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                      className={clsx(
                        'whitespace-nowrap py-2 pr-3 font-semibold last:pr-0',
                        align === 'right' && 'text-right',
                      )}
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className={clsx(
                            'inline-flex items-center gap-1 rounded uppercase tracking-wide hover:text-ink',
                            align === 'right' && 'flex-row-reverse',
                          )}
                        >
                          <table.FlexRender header={header} />
                          <SortIcon sorted={sorted} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-brand-50">
            {rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  const Cell = meta?.rowHeader ? 'th' : 'td';
                  return (
                    <Cell
                      key={cell.id}
                      scope={meta?.rowHeader ? 'row' : undefined}
                      className={clsx(
                        'py-2 pr-3 last:pr-0',
                        meta?.rowHeader && 'font-normal',
                        meta?.align === 'right' && 'text-right tabular-nums',
                      )}
                    >
                      <table.FlexRender cell={cell} />
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && empty}
      {footer}
    </div>
  );
}

function SortIcon({ sorted }: { sorted: false | 'asc' | 'desc' }) {
  const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
  return <Icon aria-hidden="true" className={clsx('h-3.5 w-3.5', sorted ? 'text-brand-600' : 'text-slate-400')} />;
}
