'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Rocket } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

type Totals = RouterOutputs['admin']['campaignCompliancePreview']['totals'];

/**
 * Launching grants real money: a confirmation with what the preview showed ("X employees, Y € in
 * total"), sent as expectedEmployees so that a change since the preview refuses the launch whole.
 */
export function LaunchCampaign({ campaignId, totals }: { campaignId: string; totals: Totals }) {
  const t = useTranslations('admin.campaigns.launch');
  const tUi = useTranslations('ui');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const launch = useMutation(
    trpc.admin.launchCampaign.mutationOptions({
      onSuccess: () => setOpen(false),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() }),
    }),
  );
  const summary = { employees: totals.employees, amount: formatEuros(totals.campaignCents, locale) };
  return (
    <Dialog open={open} onOpenChange={(next) => !launch.isPending && setOpen(next)}>
      <div className="flex justify-end">
        <DialogTrigger asChild>
          <Button variant="success" disabled={totals.employees === 0} onClick={() => launch.reset()}>
            <Rocket aria-hidden="true" className="h-4 w-4" />
            {t('open')}
          </Button>
        </DialogTrigger>
      </div>
      <DialogContent title={t('title')} description={t('description', summary)} closeLabel={tUi('close')}>
        <p className="mt-4 text-sm text-slate-700">{t('explain')}</p>
        {launch.isError && <Alert className="mt-4">{errorMessage(launch.error)}</Alert>}
        <div className="mt-6 flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button variant="quiet">{t('back')}</Button>
          </DialogClose>
          <Button
            variant="success"
            disabled={launch.isPending}
            onClick={() => launch.mutate({ campaignId, expectedEmployees: totals.employees })}
          >
            {launch.isPending ? t('working') : t('confirm', summary)}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
