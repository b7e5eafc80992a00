'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId } from 'react';

import { CsvFileInput } from '~/components/admin/csv-file-picker';
import { Alert } from '~/components/ui/alert';
import { fieldClasses, LabelledField } from '~/components/ui/field';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import type { Eligibility } from './campaign-draft';

const KINDS = ['ALL', 'FILTER', 'LIST'] as const;

/**
 * Who is eligible: every enabled employee, the employees table's filters (name or email, role;
 * counted as typed), or a CSV of emails checked by admin.checkCampaignEmployees into a list.
 */
export function EligibilityField({ value, onChange }: { value: Eligibility; onChange: (next: Eligibility) => void }) {
  const t = useTranslations('admin.campaigns.form.eligibility');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const id = useId();
  const filters = value.kind === 'FILTER' ? value.filters : {};
  const count = useQuery({
    ...trpc.admin.countBudgetTargets.queryOptions(filters),
    enabled: value.kind !== 'LIST',
  });
  const check = useMutation(
    trpc.admin.checkCampaignEmployees.mutationOptions({
      onSuccess: (result) => result.userIds.length > 0 && onChange({ kind: 'LIST', userIds: result.userIds }),
    }),
  );
  const pick = (kind: (typeof KINDS)[number]): Eligibility =>
    kind === 'ALL'
      ? { kind }
      : kind === 'FILTER'
        ? { kind, filters: {} }
        : check.data?.userIds.length
          ? { kind, userIds: check.data.userIds }
          : value;
  const readFile = async (file: File | undefined) => {
    check.reset();
    if (file) check.mutate({ csv: await file.text() });
  };
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 text-sm font-semibold text-slate-700">{t('legend')}</legend>
      <div className="flex flex-wrap gap-4">
        {KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={value.kind === kind}
              onChange={() => onChange(pick(kind))}
              disabled={kind === 'LIST' && value.kind !== 'LIST' && !check.data?.userIds.length}
            />
            {t(`kinds.${kind}`)}
          </label>
        ))}
      </div>
      {value.kind === 'FILTER' && (
        <div className="grid gap-3 sm:grid-cols-2">
          <LabelledField id={`${id}-q`} label={t('search')}>
            <input
              id={`${id}-q`}
              className={fieldClasses({ className: 'w-full' })}
              value={value.filters.q ?? ''}
              onChange={(event) => onChange({ kind: 'FILTER', filters: { ...value.filters, q: event.target.value } })}
            />
          </LabelledField>
          <LabelledField id={`${id}-role`} label={t('role')}>
            <select
              id={`${id}-role`}
              className={fieldClasses({ className: 'w-full' })}
              value={value.filters.role ?? ''}
              onChange={(event) =>
                onChange({
                  kind: 'FILTER',
                  filters: { ...value.filters, role: (event.target.value || undefined) as 'EMPLOYEE' | undefined },
                })
              }
            >
              <option value="">{t('anyRole')}</option>
              <option value="EMPLOYEE">{t('employees')}</option>
              <option value="ADMIN">{t('admins')}</option>
            </select>
          </LabelledField>
        </div>
      )}
      {value.kind !== 'LIST' && count.data && (
        <p role="status" className="text-sm text-slate-600">
          {t('count', { count: count.data.count })}
        </p>
      )}
      <LabelledField id={`${id}-file`} label={t('file')}>
        <CsvFileInput id={`${id}-file`} onFile={(file) => void readFile(file)} />
        <p className="mt-1 text-xs text-slate-600">{t('fileHint')}</p>
      </LabelledField>
      {check.isPending && <p role="status">{t('checking')}</p>}
      {check.isError && <Alert>{errorMessage(check.error)}</Alert>}
      {check.data && (
        <Alert tone={check.data.errorCount > 0 ? 'warning' : 'info'} role="status">
          {t('checked', { ok: check.data.okCount, total: check.data.total, errors: check.data.errorCount })}
          {check.data.errors.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {check.data.errors.slice(0, 10).map((row) => (
                <li key={row.line}>
                  {t('rowError', { line: row.line, email: row.email || '—', verdict: t(`verdicts.${row.verdict}`) })}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {value.kind === 'LIST' && !check.data && (
        <p className="text-sm text-slate-600">{t('listed', { count: value.userIds.length })}</p>
      )}
    </fieldset>
  );
}
