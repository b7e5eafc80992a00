'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CheckCheck, RotateCcw } from 'lucide-react';
import { useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import type { OrderView } from './status';

/** Marks a ready voucher as used at the till, or back to "to use": the employee's own bookkeeping. */
export function MarkUsed({ order }: { order: OrderView }) {
  const t = useTranslations('wallet');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mark = useMutation(
    trpc.orders.markUsed.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.orders.list.queryKey() }),
    }),
  );
  const used = order.usedAt !== null;
  return (
    <>
      <Button
        variant="quiet"
        size="md"
        className="text-base"
        disabled={mark.isPending}
        onClick={() => mark.mutate({ orderId: order.id, used: !used })}
      >
        {used ? (
          <RotateCcw aria-hidden="true" className="h-4 w-4" />
        ) : (
          <CheckCheck aria-hidden="true" className="h-4 w-4" />
        )}
        {used ? t('markUnused') : t('markUsed')}
      </Button>
      {mark.isError && <Alert className="w-full">{errorMessage(mark.error)}</Alert>}
    </>
  );
}
