'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

/**
 * The employee's favourite stores, and the heart that marks one: it changes at once, and changes
 * back if the server refuses (FavouriteSaveError says so). The favourites list is marked stale but
 * not read again at once, so a store unmarked from that list stays under the finger, heart empty,
 * and can be marked again; it is gone the next time the list is shown. Called once per page (the
 * catalogue, the store header) and handed to each FavouriteButton: a grid of 24 hearts is one query
 * observer and one mutation observer, not 24 of each to set up while the page hydrates.
 */
export function useFavourites() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const idsKey = trpc.favourites.ids.queryKey();
  const ids = useQuery(trpc.favourites.ids.queryOptions());
  const apply = (storeId: string, favourite: boolean) =>
    queryClient.setQueryData(idsKey, (current: string[] = []) => [
      ...(favourite ? [storeId] : []),
      ...current.filter((id) => id !== storeId),
    ]);
  const set = useMutation(
    trpc.favourites.set.mutationOptions({
      onMutate: async ({ storeId, favourite }) => {
        await queryClient.cancelQueries({ queryKey: idsKey });
        apply(storeId, favourite);
      },
      // Only this store goes back: a toggle of another store meanwhile keeps its own change.
      onError: (_error, { storeId, favourite }) => apply(storeId, !favourite),
      onSettled: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.favourites.list.queryKey(), refetchType: 'none' });
        await queryClient.invalidateQueries({ queryKey: idsKey });
      },
    }),
  );
  const favourites = new Set(ids.data ?? []);
  return {
    /** How many, once known. */
    count: ids.data?.length,
    ready: ids.isSuccess,
    isFavourite: (storeId: string) => favourites.has(storeId),
    toggle: (storeId: string) => set.mutate({ storeId, favourite: !favourites.has(storeId) }),
  };
}

/** What useFavourites gives: the hearts' state and the toggle, passed down to each FavouriteButton. */
export type Favourites = ReturnType<typeof useFavourites>;
