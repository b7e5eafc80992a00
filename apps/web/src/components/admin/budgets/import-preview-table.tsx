'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useLocale, useTranslations } from 'next-intl';

import { Badge } from '~/components/ui/badge';
import { formatEuros } from '~/lib/money';

type Row = RouterOutputs['admin']['previewBudgetImport']['errors'][number];

/** The budget import's preview: the refused rows first, then a sample of the accepted ones, each with its verdict. */
export function ImportPreviewTable({ errors, sample }: { errors: Row[]; sample: Row[] }) {
  const t = useTranslations('admin.budgets.import');
  const locale = useLocale();
  const euros = (cents: number | null) => (cents === null ? '—' : formatEuros(cents, locale));
  const rows = (list: Row[], ok: boolean) =>
    list.map((row) => (
      <tr key={`${row.line}`} className="border-t border-brand-50">
        <th scope="row" className="py-1.5 pr-3 text-left font-normal tabular-nums text-slate-500">
          {row.line}
        </th>
        <td className="max-w-56 truncate py-1.5 pr-3">{row.email || '—'}</td>
        <td className="py-1.5 pr-3 text-right tabular-nums">{euros(row.amountCents)}</td>
        <td className="max-w-48 truncate py-1.5 pr-3">{row.reason || '—'}</td>
        <td className="py-1.5">
          <Badge tone={ok ? 'success' : 'danger'}>{t(`verdict.${row.verdict}`)}</Badge>
        </td>
      </tr>
    ));

  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('preview')}</caption>
        <thead>
          <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
            <th scope="col" className="pr-3">
              {t('line')}
            </th>
            <th scope="col" className="pr-3">
              {t('email')}
            </th>
            <th scope="col" className="pr-3 text-right">
              {t('amount')}
            </th>
            <th scope="col" className="pr-3">
              {t('reason')}
            </th>
            <th scope="col">{t('verdictLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {rows(errors, false)}
          {rows(sample, true)}
        </tbody>
      </table>
    </div>
  );
}
