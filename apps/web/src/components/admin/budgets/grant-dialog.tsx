'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { fieldClasses, labelClasses } from '~/components/ui/field';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { eurosToCents } from './euros-to-cents';

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
  const [euros, setEuros] = useState('');
  const [reason, setReason] = useState('');
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
  const cents = eurosToCents(euros);

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
            if (cents > 0 && reason.trim().length >= 3)
              grant.mutate({ userId, amountCents: direction === 'grant' ? cents : -cents, reason: reason.trim() });
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
          {grant.isError && <Alert>{errorMessage(grant.error)}</Alert>}
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="quiet">{t('cancel')}</Button>
            </DialogClose>
            <Button
              type="submit"
              variant={direction === 'grant' ? 'primary' : 'danger'}
              disabled={grant.isPending || cents === 0}
            >
              {grant.isPending ? t('working') : t(`confirm.${direction}`)}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
