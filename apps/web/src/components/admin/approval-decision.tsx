'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Check, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { fieldClasses } from '~/components/ui/field';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

/** Approve a waiting voucher, or reject it with a reason (at least three characters). */
export function ApprovalDecision({ orderId }: { orderId: string }) {
  const t = useTranslations('admin.approvals');
  const errorText = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.pendingApprovals.queryKey() });
  const approve = useMutation(trpc.admin.approveOrder.mutationOptions({ onSuccess: refresh }));
  const reject = useMutation(trpc.admin.rejectOrder.mutationOptions({ onSuccess: refresh }));
  const busy = approve.isPending || reject.isPending;
  const error = approve.error ?? reject.error;

  return (
    <div className="flex flex-wrap items-center gap-2">
      {rejecting ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim().length >= 3) reject.mutate({ orderId, reason: reason.trim() });
          }}
        >
          <label htmlFor={reasonId} className="sr-only">
            {t('reason')}
          </label>
          <input
            id={reasonId}
            value={reason}
            minLength={3}
            required
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('reason')}
            className={fieldClasses({ className: 'w-48 rounded-lg py-1.5' })}
          />
          <Button type="submit" variant="danger" size="sm" disabled={busy}>
            {t('confirmReject')}
          </Button>
          <Button variant="quiet" size="sm" onClick={() => setRejecting(false)}>
            {t('back')}
          </Button>
        </form>
      ) : (
        <>
          <Button variant="success" size="sm" disabled={busy} onClick={() => approve.mutate({ orderId })}>
            <Check aria-hidden="true" className="h-4 w-4" />
            {approve.isPending ? t('approving') : t('approve')}
          </Button>
          <Button variant="danger-outline" size="sm" disabled={busy} onClick={() => setRejecting(true)}>
            <X aria-hidden="true" className="h-4 w-4" />
            {t('reject')}
          </Button>
        </>
      )}
      {error && <Alert className="w-full p-3">{errorText(error)}</Alert>}
    </div>
  );
}
