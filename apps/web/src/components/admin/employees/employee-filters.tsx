'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { Button } from '~/components/ui/button';
import { fieldClasses, labelClasses } from '~/components/ui/field';

import type { EmployeeFilters as Filters } from './employee-filters-url';

type YesNo = 'disabled' | 'flagged' | 'hasBudget';

/** The employees table's search and filters as one form, applied together (Enter or the button). */
export function EmployeeFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const t = useTranslations('admin.employees.filters');
  const id = useId();
  const [draft, setDraft] = useState(filters);
  const [seen, setSeen] = useState(filters);
  if (seen !== filters) {
    setSeen(filters);
    setDraft(filters);
  }
  const field = fieldClasses({ className: 'w-full rounded-lg py-1.5' });
  const yesNo = (key: YesNo) => (
    <div>
      <label htmlFor={`${id}-${key}`} className={labelClasses}>
        {t(key)}
      </label>
      <select
        id={`${id}-${key}`}
        value={draft[key] === undefined ? '' : draft[key] ? 'yes' : 'no'}
        onChange={(event) =>
          setDraft({ ...draft, [key]: event.target.value === '' ? undefined : event.target.value === 'yes' })
        }
        className={field}
      >
        <option value="">{t('any')}</option>
        <option value="yes">{t('yes')}</option>
        <option value="no">{t('no')}</option>
      </select>
    </div>
  );

  return (
    <form
      role="search"
      aria-label={t('label')}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6"
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ ...draft, q: draft.q?.trim() || undefined });
      }}
    >
      <div className="sm:col-span-2">
        <label htmlFor={`${id}-q`} className={labelClasses}>
          {t('search')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={draft.q ?? ''}
          onChange={(event) => setDraft({ ...draft, q: event.target.value })}
          placeholder={t('searchHint')}
          className={field}
        />
      </div>
      <div>
        <label htmlFor={`${id}-role`} className={labelClasses}>
          {t('role')}
        </label>
        <select
          id={`${id}-role`}
          value={draft.role ?? ''}
          onChange={(event) => setDraft({ ...draft, role: (event.target.value || undefined) as Filters['role'] })}
          className={field}
        >
          <option value="">{t('any')}</option>
          <option value="EMPLOYEE">{t('roleEmployee')}</option>
          <option value="ADMIN">{t('roleAdmin')}</option>
        </select>
      </div>
      {yesNo('disabled')}
      {yesNo('flagged')}
      {yesNo('hasBudget')}
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-6">
        <Button type="submit" size="sm">
          {t('apply')}
        </Button>
        <Button type="button" size="sm" variant="quiet" onClick={() => onApply({})}>
          {t('clear')}
        </Button>
      </div>
    </form>
  );
}
