'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

/** Deletes a draft (nothing was granted), after a confirmation. */
export function DeleteCampaign({ campaignId, name }: { campaignId: string; name: string }) {
  const t = useTranslations('admin.campaigns.delete');
  const tUi = useTranslations('ui');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.admin.deleteCampaign.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.admin.listCampaigns.queryKey() });
        router.push('/admin/campaigns');
      },
    }),
  );
  return (
    <Dialog open={open} onOpenChange={(next) => !remove.isPending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="danger-outline">
          <Trash2 aria-hidden="true" className="h-4 w-4" />
          {t('open')}
        </Button>
      </DialogTrigger>
      <DialogContent title={t('title', { name })} description={t('description')} closeLabel={tUi('close')}>
        {remove.isError && <Alert className="mt-4">{errorMessage(remove.error)}</Alert>}
        <div className="mt-6 flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="quiet">{t('back')}</Button>
          </DialogClose>
          <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate({ campaignId })}>
            {t('confirm')}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
