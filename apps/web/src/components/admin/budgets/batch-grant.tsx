'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { EmployeeFilters } from '~/components/admin/employees/employee-filters';
import type { EmployeeFilters as Filters } from '~/components/admin/employees/employee-filters-url';
import { AmountReasonFields, useAmountReason } from '~/components/admin/amount-reason-fields';
import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent } from '~/components/ui/dialog';
import { labelClasses } from '~/components/ui/field';
import { Panel } from '~/components/ui/panel';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

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
  const fields = useAmountReason({ amount: true });
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
  const { cents, reasonText } = fields;
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
          if (fields.valid && count > 0) {
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
        <AmountReasonFields fields={fields} amountLabel={t('amount')} reasonLabel={t('reason')} reasonMaxLength={200} />
        <Button type="submit" disabled={!fields.amountValid || count === 0}>
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
          description={t('confirmDescription', { total: formatEuros(cents * count, locale), reason: reasonText })}
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
                onClick={() => grant.mutate({ filters, amountCents: signed, reason: reasonText, expectedCount: count })}
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
