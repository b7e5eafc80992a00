import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';

import { StoreView } from '~/components/catalogue/store-view';
import { fetchQuery, HydrateClient, trpc } from '~/trpc/server';

type Params = Promise<{ storeId: string }>;

const isStoreId = (value: string) => z.uuid().safeParse(value).success;

/** The store as catalogue.store gives it, or null when it is not in the catalogue. */
async function findStore(storeId: string) {
  if (!isStoreId(storeId)) return null;
  try {
    return await fetchQuery(trpc.catalogue.store.queryOptions({ storeId }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const store = await findStore((await params).storeId);
  return { title: store ? `${store.name} · Jackpot Rewards` : 'Jackpot Rewards' };
}

// The store's details come with the page (the same query the store view reads); what the balance
// buys there is asked of Jackpot by the browser, with its own loading state.
export default async function StorePage({ params }: { params: Params }) {
  const { storeId } = await params;
  if (!(await findStore(storeId))) notFound();
  return (
    <HydrateClient queries={[trpc.catalogue.store.queryOptions({ storeId })]}>
      <StoreView storeId={storeId} />
    </HydrateClient>
  );
}
