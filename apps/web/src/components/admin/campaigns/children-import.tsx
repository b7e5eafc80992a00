'use client';

import { useMutation } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { labelClasses } from '~/components/ui/field';
import { Panel } from '~/components/ui/panel';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

/**
 * Children by CSV (email;birth_year, one line per child): a preview with each line's verdict,
 * nothing written until Apply, which replaces the children of every employee the file names.
 */
export function ChildrenImport() {
  const t = useTranslations('admin.campaigns.children');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const id = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const preview = useMutation(trpc.admin.previewChildrenImport.mutationOptions());
  const apply = useMutation(trpc.admin.applyChildrenImport.mutationOptions());
  const result = preview.data;

  const choose = async (file: File | undefined) => {
    apply.reset();
    preview.reset();
    const text = file ? await file.text() : null;
    setCsv(text);
    if (text) preview.mutate({ csv: text });
  };

  return (
    <Panel title={t('title')} description={t('description')}>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={`${id}-file`} className={labelClasses}>
            {t('file')}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void choose(event.target.files?.[0])}
            className="block text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-semibold file:text-brand-700"
          />
        </div>
        <Button variant="secondary" size="sm" asChild>
          <a href="/api/admin/children/template" download>
            <Download aria-hidden="true" className="h-4 w-4" />
            {t('template')}
          </a>
        </Button>
      </div>
      {preview.isPending && (
        <p role="status" className="mt-4 text-sm">
          {t('reading')}
        </p>
      )}
      {preview.isError && <Alert className="mt-4">{errorMessage(preview.error)}</Alert>}
      {result && csv && (
        <section aria-label={t('preview')} className="mt-4 grid gap-3">
          <p role="status" className="text-sm">
            {t('summary', {
              total: result.total,
              ok: result.okCount,
              employees: result.employees,
              errors: result.errorCount,
            })}
          </p>
          <ul className="grid gap-1 text-sm">
            {[...result.errors, ...result.sample].map((row) => (
              <li key={row.line} className="flex flex-wrap items-center gap-2">
                <span className="tabular-nums text-slate-600">{t('line', { line: row.line })}</span>
                <span>{row.email || '—'}</span>
                <span className="tabular-nums">{row.birthYear ?? '—'}</span>
                <Badge tone={row.verdict === 'ok' ? 'success' : 'danger'}>{t(`verdict.${row.verdict}`)}</Badge>
              </li>
            ))}
          </ul>
          {apply.isError && <Alert>{errorMessage(apply.error)}</Alert>}
          {apply.isSuccess ? (
            <p role="status" className="text-sm font-semibold text-emerald-800">
              {t('applied', { children: apply.data.children, employees: apply.data.employees })}
            </p>
          ) : (
            <div>
              <Button disabled={result.errorCount > 0 || apply.isPending} onClick={() => apply.mutate({ csv })}>
                {apply.isPending ? t('working') : t('apply', { employees: result.employees })}
              </Button>
            </div>
          )}
        </section>
      )}
    </Panel>
  );
}
