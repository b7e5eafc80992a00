'use client';

import clsx from 'clsx';
import { Heart } from 'lucide-react';
import { useTranslations } from 'next-intl';

import type { Favourites } from './use-favourites';

/**
 * The heart of a store: a toggle button (aria-pressed), named after the store so that a list of
 * hearts can be told apart; its tooltip says what a click does. Waits for the favourites to load.
 * `favourites` is the page's one useFavourites.
 */
export function FavouriteButton({
  storeId,
  storeName,
  favourites,
  className,
}: {
  storeId: string;
  storeName: string;
  favourites: Favourites;
  className?: string;
}) {
  const t = useTranslations('catalogue.favourites');
  const { ready, isFavourite, toggle } = favourites;
  const pressed = isFavourite(storeId);
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-label={t('toggle', { name: storeName })}
      title={pressed ? t('remove') : t('add')}
      disabled={!ready}
      onClick={() => toggle(storeId)}
      className={clsx(
        'inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-white transition hover:bg-rose-50 disabled:cursor-wait',
        className,
      )}
    >
      <Heart
        aria-hidden="true"
        className={clsx('h-5 w-5 transition', pressed ? 'fill-rose-600 text-rose-600' : 'text-slate-500')}
      />
    </button>
  );
}
