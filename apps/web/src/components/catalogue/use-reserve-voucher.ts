'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef } from 'react';

import { useTRPC } from '~/trpc/react';

/**
 * orders.reserve from the chosen wallet, with one request id per attempt (store, offer, amount, wallet) kept across retries
 * and double clicks, so that the server reserves at most once. Whatever the outcome the balance
 * may have moved: the chip and the proposals are asked again. Success opens My vouchers.
 */
export function useReserveVoucher(storeId: string, walletId: string | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const attempt = useRef<{ key: string; requestId: string } | null>(null);
  const mutation = useMutation(
    trpc.orders.reserve.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.me.balance.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.me.wallets.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.catalogue.pathKey() }),
        ]),
      onSuccess: ({ orderId }) => router.push(`/vouchers?highlight=${orderId}`),
    }),
  );
  const reserve = (offerId: string, valueCents: number) => {
    if (mutation.isPending) return;
    const key = `${offerId}:${valueCents}:${walletId}`;
    if (attempt.current?.key !== key) attempt.current = { key, requestId: crypto.randomUUID() };
    mutation.mutate({
      requestId: attempt.current.requestId,
      storeId,
      offerId,
      by: 'VALUE',
      amountCents: valueCents,
      walletId,
    });
  };
  return { reserve, isPending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
