'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TicketX } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import type { OrderView } from './status';

/** "Cancel", then a dialog that asks before the voucher is canceled and its amount given back. */
export function CancelVoucher({ order }: { order: OrderView }) {
  const t = useTranslations('vouchers');
  const tUi = useTranslations('ui');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions({
      onSuccess: () => setOpen(false),
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.orders.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.me.balance.queryKey() }),
        ]),
    }),
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) cancel.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="danger-outline" size="md" className="text-base">
          <TicketX aria-hidden="true" className="h-4 w-4" />
          {t('cancel')}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t('cancelConfirm')}
        description={`${order.storeName} — ${formatEuros(order.valueCents, locale, { hideZeroCents: true })}`}
        closeLabel={tUi('close')}
      >
        {cancel.isError && <Alert className="mt-4">{errorMessage(cancel.error)}</Alert>}
        <div className="mt-6 flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button variant="quiet">{t('cancelNo')}</Button>
          </DialogClose>
          <Button variant="danger" disabled={cancel.isPending} onClick={() => cancel.mutate({ orderId: order.id })}>
            {cancel.isPending ? t('canceling') : t('cancelYes')}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
