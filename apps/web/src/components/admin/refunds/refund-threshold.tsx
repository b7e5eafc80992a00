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

/** The price above which a refund needs a second admin, in whole euros. */
export function RefundThreshold() {
  const t = useTranslations('admin.refunds.threshold');
  const errorText = useErrorMessage();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const threshold = useQuery(trpc.admin.refundThreshold.queryOptions());
  const [typed, setTyped] = useState<string | null>(null);
  const save = useMutation(
    trpc.admin.setRefundThreshold.mutationOptions({
      onSuccess: () => {
        setTyped(null);
        return queryClient.invalidateQueries({ queryKey: trpc.admin.refundThreshold.queryKey() });
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
