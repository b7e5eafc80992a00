'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { MoneyInput } from '~/components/ui/money-input';
import { Panel } from '~/components/ui/panel';
import { Skeleton } from '~/components/ui/skeleton';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { parseWholeEuros, wholeEurosText } from '~/lib/whole-euros';
import { useTRPC } from '~/trpc/react';

const range = { min: 0, max: 100_000 };

type Setting = 'approval' | 'refund';

/** Each threshold's texts (literal namespaces, which client-messages.test.ts can check). */
function useThresholdTexts(setting: Setting) {
  const approval = useTranslations('admin.threshold');
  const refund = useTranslations('admin.refunds.threshold');
  return setting === 'approval' ? approval : refund;
}

function useThresholdProcedures(setting: Setting) {
  const trpc = useTRPC();
  return setting === 'approval'
    ? { read: trpc.admin.approvalThreshold, write: trpc.admin.setApprovalThreshold }
    : { read: trpc.admin.refundThreshold, write: trpc.admin.setRefundThreshold };
}

/**
 * A threshold in whole euros an admin edits: above the approval one a voucher waits for an
 * admin; above the refund one a refund needs a second admin.
 */
export function ThresholdSetting({ setting }: { setting: Setting }) {
  const t = useThresholdTexts(setting);
  const errorText = useErrorMessage();
  const locale = useLocale();
  const { read, write } = useThresholdProcedures(setting);
  const queryClient = useQueryClient();
  const threshold = useQuery(read.queryOptions());
  const [typed, setTyped] = useState<string | null>(null);
  const save = useMutation(
    write.mutationOptions({
      onSuccess: () => {
        setTyped(null);
        return queryClient.invalidateQueries({ queryKey: read.queryKey() });
      },
    }),
  );
  const current = threshold.data?.thresholdCents;
  const value = typed ?? (current === undefined ? '' : wholeEurosText(current));
  const amount = parseWholeEuros(value, range);

  return (
    <Panel
      title={t('title')}
      description={current === undefined ? '\u00a0' : t('current', { amount: formatEuros(current, locale) })}
    >
      {current === undefined ? (
        <Skeleton className="mt-4 h-16" />
      ) : (
        <form
          className="mt-4 flex flex-wrap items-start gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (amount.valid && amount.cents !== null) save.mutate({ thresholdCents: amount.cents });
          }}
        >
          <MoneyInput
            label={t('label')}
            value={value}
            onValueChange={setTyped}
            range={range}
            invalidMessage={t('invalid')}
            inputClassName="w-32"
          />
          <Button type="submit" disabled={!amount.valid || save.isPending} className="mt-6 shadow-sm">
            {save.isPending ? t('saving') : t('save')}
          </Button>
        </form>
      )}
      <p role="status" className="mt-2 text-sm text-emerald-700">
        {save.isSuccess ? t('saved') : null}
      </p>
      {save.isError && <Alert className="mt-2">{errorText(save.error)}</Alert>}
    </Panel>
  );
}
