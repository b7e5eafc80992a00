'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { EmployeeFilters } from '~/components/admin/employees/employee-filters';
import type { EmployeeFilters as Filters } from '~/components/admin/employees/employee-filters-url';
import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent } from '~/components/ui/dialog';
import { fieldClasses, labelClasses } from '~/components/ui/field';
import { Panel } from '~/components/ui/panel';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { eurosToCents } from './euros-to-cents';

/** Grant (or take back) the same amount to every enabled employee the filters select, confirmed with the count. */
export function BatchGrant() {
  const t = useTranslations('admin.budgets.batch');
  const tUi = useTranslations('ui');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [filters, setFilters] = useState<Filters>({});
  const [direction, setDirection] = useState<'grant' | 'revoke'>('grant');
  const [euros, setEuros] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const targets = useQuery(trpc.admin.countBudgetTargets.queryOptions(filters));
  const grant = useMutation(
    trpc.admin.grantBudgetToMany.mutationOptions({
      onSuccess: () => setConfirming(false),
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.admin.countBudgetTargets.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.admin.listEmployees.queryKey() }),
        ]),
    }),
  );
  const cents = eurosToCents(euros);
  const count = targets.data?.count ?? 0;
  const signed = direction === 'grant' ? cents : -cents;

  return (
    <Panel title={t('title')} description={t('description')}>
      <div className="mt-4">
        <EmployeeFilters filters={filters} onApply={setFilters} />
      </div>
      <p role="status" className="mt-4 text-sm">
        {targets.data ? t('selected', { count, balance: formatEuros(targets.data.balanceCents, locale) }) : '…'}
      </p>
      <form
        className="mt-4 grid gap-3 sm:grid-cols-[auto_10rem_minmax(0,1fr)_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          if (cents > 0 && count > 0 && reason.trim().length >= 3) {
            grant.reset();
            setConfirming(true);
          }
        }}
      >
        <fieldset className="flex gap-3 text-sm">
          <legend className={labelClasses}>{t('direction')}</legend>
          {(['grant', 'revoke'] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${id}-dir`}
                checked={direction === value}
                onChange={() => setDirection(value)}
              />
              {t(value)}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={`${id}-amount`} className={labelClasses}>
            {t('amount')}
          </label>
          <input
            id={`${id}-amount`}
            inputMode="decimal"
            required
            value={euros}
            onChange={(event) => setEuros(event.target.value)}
            className={fieldClasses({ className: 'w-full' })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-reason`} className={labelClasses}>
            {t('reason')}
          </label>
          <input
            id={`${id}-reason`}
            required
            minLength={3}
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className={fieldClasses({ className: 'w-full' })}
          />
        </div>
        <Button type="submit" disabled={cents === 0 || count === 0}>
          {t('review')}
        </Button>
      </form>
      {grant.isSuccess && (
        <p role="status" className="mt-3 text-sm font-semibold text-emerald-800">
          {t('done', { count: grant.data.employees, total: formatEuros(grant.data.totalCents, locale) })}
        </p>
      )}
      <Dialog open={confirming} onOpenChange={setConfirming}>
        <DialogContent
          title={t(`confirmTitle.${direction}`, { count, amount: formatEuros(cents, locale) })}
          description={t('confirmDescription', { total: formatEuros(cents * count, locale), reason: reason.trim() })}
          closeLabel={tUi('close')}
        >
          <div className="mt-4 grid gap-4">
            {grant.isError && <Alert>{errorMessage(grant.error)}</Alert>}
            <div className="flex flex-wrap justify-end gap-2">
              <DialogClose asChild>
                <Button variant="quiet">{t('back')}</Button>
              </DialogClose>
              <Button
                variant={direction === 'grant' ? 'primary' : 'danger'}
                disabled={grant.isPending}
                onClick={() =>
                  grant.mutate({ filters, amountCents: signed, reason: reason.trim(), expectedCount: count })
                }
              >
                {grant.isPending ? t('working') : t(`confirm.${direction}`)}
              </Button>
            </div>
          </div>
        </DialogContent>
      </Dialog>
    </Panel>
  );
}
