'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { AmountReasonFields, useAmountReason } from '~/components/admin/amount-reason-fields';
import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

/** The second admin's decision on a refund request: approve (refund at Jackpot) or decline with a note. */
export function RefundRequestDialog({
  requestId,
  approve,
  summary,
}: {
  requestId: string;
  approve: boolean;
  summary: string;
}) {
  const t = useTranslations('admin.refunds.decide');
  const tUi = useTranslations('ui');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const fields = useAmountReason({ amount: false });
  const decide = useMutation(
    trpc.admin.decideRefundRequest.mutationOptions({
      onSuccess: () => setOpen(false),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.listRefundRequests.queryKey() }),
    }),
  );
  const kind = approve ? 'approve' : 'decline';

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) decide.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant={approve ? 'success' : 'danger-outline'}>
          {t(`${kind}.action`)}
        </Button>
      </DialogTrigger>
      <DialogContent title={t(`${kind}.title`)} description={summary} closeLabel={tUi('close')}>
        <form
          className="mt-4 grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (approve) decide.mutate({ requestId, approve: true });
            else if (fields.valid) decide.mutate({ requestId, approve: false, note: fields.reasonText });
          }}
        >
          {!approve && <AmountReasonFields fields={fields} reasonLabel={t('note')} reasonMaxLength={500} />}
          {decide.isError && <Alert>{errorMessage(decide.error)}</Alert>}
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="quiet">{t('back')}</Button>
            </DialogClose>
            <Button type="submit" variant={approve ? 'success' : 'danger'} disabled={decide.isPending}>
              {decide.isPending ? t('working') : t(`${kind}.confirm`)}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
