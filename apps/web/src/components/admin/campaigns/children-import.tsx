'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { CsvFileWithTemplate } from '~/components/admin/csv-file-picker';
import { Alert } from '~/components/ui/alert';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
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
      <CsvFileWithTemplate
        id={`${id}-file`}
        fileLabel={t('file')}
        templateHref="/api/admin/children/template"
        templateLabel={t('template')}
        onFile={(file) => void choose(file)}
      />
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
