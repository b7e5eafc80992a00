'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { CsvFileWithTemplate } from '~/components/admin/csv-file-picker';
import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent } from '~/components/ui/dialog';
import { Panel } from '~/components/ui/panel';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { ImportPreviewTable } from './import-preview-table';

/** CSV import: upload, a preview with each row's verdict, nothing written until Apply, then the whole file at once. */
export function BudgetImport() {
  const t = useTranslations('admin.budgets.import');
  const tUi = useTranslations('ui');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const preview = useMutation(trpc.admin.previewBudgetImport.mutationOptions());
  const apply = useMutation(
    trpc.admin.applyBudgetImport.mutationOptions({
      onSuccess: () => setConfirming(false),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.listEmployees.queryKey() }),
    }),
  );
  const result = preview.data;
  const euros = (cents: number | null) => (cents === null ? '—' : formatEuros(cents, locale));

  const choose = async (chosen: File | undefined) => {
    apply.reset();
    preview.reset();
    if (!chosen) return setFile(null);
    const csv = await chosen.text();
    setFile({ name: chosen.name, csv });
    preview.mutate({ csv });
  };

  return (
    <Panel title={t('title')} description={t('description')}>
      <CsvFileWithTemplate
        id={`${id}-file`}
        fileLabel={t('file')}
        templateHref="/api/admin/budgets/template"
        templateLabel={t('template')}
        onFile={(file) => void choose(file)}
      />
      {preview.isPending && (
        <p role="status" className="mt-4 text-sm">
          {t('reading')}
        </p>
      )}
      {preview.isError && <Alert className="mt-4">{errorMessage(preview.error)}</Alert>}
      {result && file && (
        <section aria-label={t('preview')} className="mt-4 grid gap-3">
          <p role="status" className="text-sm">
            {t('summary', {
              total: result.total,
              ok: result.okCount,
              errors: result.errorCount,
              amount: euros(result.totalCents),
            })}
          </p>
          {result.errorCount > 0 && <Alert>{t('hasErrors', { count: result.errorCount })}</Alert>}
          <ImportPreviewTable errors={result.errors} sample={result.sample} />
          {apply.isSuccess ? (
            <p role="status" className="text-sm font-semibold text-emerald-800">
              {t('applied', { rows: apply.data.rows, amount: euros(apply.data.totalCents) })}
            </p>
          ) : (
            <div>
              <Button disabled={result.errorCount > 0} onClick={() => setConfirming(true)}>
                {t('apply', { rows: result.total })}
              </Button>
            </div>
          )}
        </section>
      )}
      <Dialog open={confirming} onOpenChange={setConfirming}>
        <DialogContent
          title={t('confirmTitle', { rows: result?.total ?? 0 })}
          description={t('confirmDescription', { amount: euros(result?.totalCents ?? 0), file: file?.name ?? '' })}
          closeLabel={tUi('close')}
        >
          <div className="mt-4 grid gap-4">
            {apply.isError && <Alert>{errorMessage(apply.error)}</Alert>}
            <div className="flex flex-wrap justify-end gap-2">
              <DialogClose asChild>
                <Button variant="quiet">{t('back')}</Button>
              </DialogClose>
              <Button
                disabled={apply.isPending || !result || !file}
                onClick={() => result && file && apply.mutate({ csv: file.csv, sha256: result.sha256 })}
              >
                {apply.isPending ? t('working') : t('confirm')}
              </Button>
            </div>
          </div>
        </DialogContent>
      </Dialog>
    </Panel>
  );
}
