'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { AmountReasonFields, useAmountReason } from '~/components/admin/amount-reason-fields';
import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { labelClasses } from '~/components/ui/field';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

/** Grant budget to one employee, or take some back (never below zero), confirmed in a dialog. */
export function GrantDialog({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations('admin.budgets.grant');
  const tUi = useTranslations('ui');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [direction, setDirection] = useState<'grant' | 'revoke'>('grant');
  const fields = useAmountReason({ amount: true });
  const grant = useMutation(
    trpc.admin.grantBudget.mutationOptions({
      onSuccess: () => setOpen(false),
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.admin.employeeDetails.queryKey({ userId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.admin.listEmployees.queryKey() }),
        ]),
    }),
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) grant.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm">{t('open')}</Button>
      </DialogTrigger>
      <DialogContent title={t('title', { name })} description={t('description')} closeLabel={tUi('close')}>
        <form
          className="mt-4 grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!fields.valid) return;
            const { cents, reasonText } = fields;
            grant.mutate({ userId, amountCents: direction === 'grant' ? cents : -cents, reason: reasonText });
          }}
        >
          <fieldset className="flex gap-4 text-sm">
            <legend className={labelClasses}>{t('direction')}</legend>
            {(['grant', 'revoke'] as const).map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-direction`}
                  checked={direction === value}
                  onChange={() => setDirection(value)}
                />
                {t(value)}
              </label>
            ))}
          </fieldset>
          <AmountReasonFields
            fields={fields}
            amountLabel={t('amount')}
            reasonLabel={t('reason')}
            reasonMaxLength={200}
          />
          {grant.isError && <Alert>{errorMessage(grant.error)}</Alert>}
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="quiet">{t('cancel')}</Button>
            </DialogClose>
            <Button
              type="submit"
              variant={direction === 'grant' ? 'primary' : 'danger'}
              disabled={grant.isPending || !fields.amountValid}
            >
              {grant.isPending ? t('working') : t(`confirm.${direction}`)}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
