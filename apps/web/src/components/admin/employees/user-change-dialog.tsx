'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

export type UserChange = 'promote' | 'demote' | 'disable' | 'enable' | 'flag' | 'unflag';

/** One change to an employee (role, disabled, flagged), asked in a dialog before it applies. */
export function UserChangeDialog({ userId, change, name }: { userId: string; change: UserChange; name: string }) {
  const t = useTranslations('admin.employee.changes');
  const tUi = useTranslations('ui');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const settle = {
    onSuccess: () => setOpen(false),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.admin.employeeDetails.queryKey({ userId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.admin.listEmployees.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.admin.pendingApprovals.queryKey() }),
      ]),
  };
  const role = useMutation(trpc.admin.changeUserRole.mutationOptions(settle));
  const disabled = useMutation(trpc.admin.setUserDisabled.mutationOptions(settle));
  const flagged = useMutation(trpc.admin.setUserFlagged.mutationOptions(settle));
  const mutation =
    change === 'promote' || change === 'demote'
      ? role
      : change === 'disable' || change === 'enable'
        ? disabled
        : flagged;
  const apply = () => {
    if (change === 'promote' || change === 'demote')
      role.mutate({ userId, role: change === 'promote' ? 'ADMIN' : 'EMPLOYEE' });
    else if (change === 'disable' || change === 'enable') disabled.mutate({ userId, disabled: change === 'disable' });
    else flagged.mutate({ userId, flagged: change === 'flag' });
  };
  const dangerous = change === 'disable' || change === 'demote' || change === 'promote';

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) mutation.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant={dangerous ? 'secondary' : 'quiet'} size="sm">
          {t(`${change}.action`)}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t(`${change}.title`, { name })}
        description={t(`${change}.description`)}
        closeLabel={tUi('close')}
      >
        <div className="mt-4 grid gap-4">
          {mutation.isError && <Alert>{errorMessage(mutation.error)}</Alert>}
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="quiet">{t('back')}</Button>
            </DialogClose>
            <Button variant={change === 'disable' ? 'danger' : 'primary'} disabled={mutation.isPending} onClick={apply}>
              {mutation.isPending ? t('working') : t(`${change}.confirm`)}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
