'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { AmountReasonFields, useAmountReason } from './amount-reason-fields';

/**
 * Approve or reject the selected vouchers at once: each is its own guarded decision on the
 * server, and the dialog then reports each (decided, or why not).
 */
export function BulkDecision({
  orderIds,
  approve,
  describe,
  onDone,
}: {
  orderIds: string[];
  approve: boolean;
  describe: (orderId: string) => string;
  onDone: () => void;
}) {
  const t = useTranslations('admin.approvals.bulk');
  const tUi = useTranslations('ui');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const fields = useAmountReason({ amount: false });
  // The rows' names as they were when submitted: the queue refreshes without the decided ones.
  const [names, setNames] = useState<Record<string, string>>({});
  const decide = useMutation(
    trpc.admin.decideOrders.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.pendingApprovals.queryKey() }),
    }),
  );
  const kind = approve ? 'approve' : 'reject';

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) decide.reset();
        else if (decide.isSuccess) onDone();
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant={approve ? 'success' : 'danger-outline'} disabled={orderIds.length === 0}>
          {t(`${kind}.action`, { count: orderIds.length })}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t(`${kind}.title`, { count: orderIds.length })}
        description={t(`${kind}.description`)}
        closeLabel={tUi('close')}
      >
        {decide.isSuccess ? (
          <div className="mt-4 grid gap-3">
            <ul className="grid gap-1 text-sm" aria-label={t('report')}>
              {decide.data.results.map((result) => (
                <li key={result.orderId} className="flex flex-wrap justify-between gap-2">
                  <span>{names[result.orderId] ?? result.orderId}</span>
                  <span className={result.ok ? 'font-semibold text-emerald-800' : 'font-semibold text-rose-800'}>
                    {result.ok ? t('ok') : errorMessage({ data: { appCode: result.code, appParams: result.params } })}
                  </span>
                </li>
              ))}
            </ul>
            <DialogClose asChild>
              <Button>{t('done')}</Button>
            </DialogClose>
          </div>
        ) : (
          <form
            className="mt-4 grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              setNames(Object.fromEntries(orderIds.map((orderId) => [orderId, describe(orderId)])));
              if (approve) decide.mutate({ orderIds, approve: true });
              else if (fields.valid) decide.mutate({ orderIds, approve: false, reason: fields.reasonText });
            }}
          >
            {!approve && <AmountReasonFields fields={fields} reasonLabel={t('reason')} reasonMaxLength={500} />}
            {decide.isError && <Alert>{errorMessage(decide.error)}</Alert>}
            <div className="flex flex-wrap justify-end gap-2">
              <DialogClose asChild>
                <Button variant="quiet">{t('back')}</Button>
              </DialogClose>
              <Button type="submit" variant={approve ? 'success' : 'danger'} disabled={decide.isPending}>
                {decide.isPending ? t('working') : t(`${kind}.confirm`, { count: orderIds.length })}
              </Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
