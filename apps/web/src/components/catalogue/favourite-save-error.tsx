'use client';

import { useMutationState } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

/**
 * Says that the last heart clicked was not saved (its heart went back) and why. Every heart of the
 * page shares it: the latest favourite change decides, so a later one that works hides it.
 */
export function FavouriteSaveError({ className }: { className?: string }) {
  const t = useTranslations('catalogue.favourites');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const changes = useMutationState({
    filters: { mutationKey: trpc.favourites.set.mutationKey() },
    select: (mutation) => mutation.state,
  });
  const latest = changes.at(-1);
  if (latest?.status !== 'error') return null;
  return (
    <Alert title={t('saveError')} className={className}>
      {errorMessage(latest.error)}
    </Alert>
  );
}
