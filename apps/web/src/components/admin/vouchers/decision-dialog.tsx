'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button, type ButtonVariant } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { fieldClasses, labelClasses } from '~/components/ui/field';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

export type DecisionKind = 'approve' | 'reject' | 'cancel' | 'refund';

/**
 * One admin decision on a voucher, asked in a dialog before anything moves: approve confirms it
 * at Jackpot; reject, cancel and refund need a reason (on the timeline and in the audit).
 */
export function DecisionDialog({
  orderId,
  kind,
  variant,
}: {
  orderId: string;
  kind: DecisionKind;
  variant: ButtonVariant;
}) {
  const t = useTranslations('admin.voucher.decisions');
  const tUi = useTranslations('ui');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [requested, setRequested] = useState(false);
  const settle = {
    // A refund above the four-eyes threshold is only requested: the dialog says so and stays open.
    onSuccess: (data: unknown) => {
      if ((data as { outcome?: string } | null)?.outcome === 'requested') setRequested(true);
      else setOpen(false);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.admin.orderDetails.queryKey({ orderId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.admin.listOrders.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.admin.pendingApprovals.queryKey() }),
      ]),
  };
  const approve = useMutation(trpc.admin.approveOrder.mutationOptions(settle));
  const reject = useMutation(trpc.admin.rejectOrder.mutationOptions(settle));
  const cancel = useMutation(trpc.admin.cancelOrder.mutationOptions(settle));
  const refund = useMutation(trpc.admin.refundOrder.mutationOptions(settle));
  const mutation = { approve, reject, cancel, refund }[kind];
  const needsReason = kind !== 'approve';

  const submit = () => {
    if (kind === 'approve') approve.mutate({ orderId });
    else if (reason.trim().length >= 3) ({ reject, cancel, refund })[kind].mutate({ orderId, reason: reason.trim() });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          mutation.reset();
          setRequested(false);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant={variant} size="sm">
          {t(`${kind}.action`)}
        </Button>
      </DialogTrigger>
      <DialogContent title={t(`${kind}.title`)} description={t(`${kind}.description`)} closeLabel={tUi('close')}>
        {requested ? (
          <div className="mt-4 grid gap-4">
            <p role="status">{t('refund.requested')}</p>
            <DialogClose asChild>
              <Button>{t('back')}</Button>
            </DialogClose>
          </div>
        ) : (
          <form
            className="mt-4 grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            {needsReason && (
              <div>
                <label htmlFor={reasonId} className={labelClasses}>
                  {t('reason')}
                </label>
                <input
                  id={reasonId}
                  value={reason}
                  required
                  minLength={3}
                  maxLength={500}
                  onChange={(event) => setReason(event.target.value)}
                  className={fieldClasses({ className: 'w-full' })}
                />
              </div>
            )}
            {mutation.isError && <Alert>{errorMessage(mutation.error)}</Alert>}
            <div className="flex flex-wrap justify-end gap-2">
              <DialogClose asChild>
                <Button variant="quiet">{t('back')}</Button>
              </DialogClose>
              <Button type="submit" variant={kind === 'approve' ? 'success' : 'danger'} disabled={mutation.isPending}>
                {mutation.isPending ? t('working') : t(`${kind}.confirm`)}
              </Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
