'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { fieldClasses, labelClasses } from '~/components/ui/field';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

// Children up to 25 in the current year: the oldest any campaign's age limit takes (back to school).
const YEARS_BACK = 25;

/**
 * "My children": the birth years the employee declared (no names), for the campaigns' per-child
 * amounts and age limits; add one, remove one. A campaign already launched keeps its amounts.
 */
export function MyChildren() {
  const t = useTranslations('shell.account.children');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(String(thisYear - 5));
  const children = useQuery(trpc.me.children.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.me.children.queryKey() });
  const add = useMutation(trpc.me.addChild.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.me.removeChild.mutationOptions({ onSuccess: refresh }));
  const error = add.error ?? remove.error;

  return (
    <Panel title={t('title')} description={t('description')} className="mt-8">
      {children.isPending ? (
        <Skeleton className="mt-4 h-16" />
      ) : children.isError ? (
        <Alert className="mt-4">{t('loadError')}</Alert>
      ) : children.data.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="mt-4 divide-y divide-brand-50" data-testid="children-list">
          {children.data.map((child, index) => (
            <li key={child.id} className="flex items-center justify-between gap-3 py-2">
              <span className="font-semibold text-ink">{t('child', { number: index + 1, year: child.birthYear })}</span>
              <Button
                variant="quiet"
                size="sm"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ childId: child.id })}
                aria-label={t('remove', { number: index + 1, year: child.birthYear })}
              >
                <Trash2 aria-hidden="true" className="h-4 w-4" />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate({ birthYear: Number(year) });
        }}
      >
        <div>
          <label htmlFor={id} className={labelClasses}>
            {t('birthYear')}
          </label>
          <select id={id} value={year} onChange={(event) => setYear(event.target.value)} className={fieldClasses()}>
            {Array.from({ length: YEARS_BACK + 1 }, (_, back) => thisYear - back).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={add.isPending}>
          {add.isPending ? t('adding') : t('add')}
        </Button>
      </form>
      {error && <Alert className="mt-4">{errorMessage(error)}</Alert>}
    </Panel>
  );
}
