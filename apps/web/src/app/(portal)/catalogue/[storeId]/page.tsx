import { findCatalogueStore } from '@jackpot-portal/db';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';

import { StoreView } from '~/components/catalogue/store-view';
import { db } from '~/server/db';

type Params = Promise<{ storeId: string }>;

const isStoreId = (value: string) => z.uuid().safeParse(value).success;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { storeId } = await params;
  const store = isStoreId(storeId) ? await findCatalogueStore(db, storeId) : null;
  return { title: store ? `${store.name} · Jackpot Rewards` : 'Jackpot Rewards' };
}

export default async function StorePage({ params }: { params: Params }) {
  const { storeId } = await params;
  if (!isStoreId(storeId)) notFound();
  return <StoreView storeId={storeId} />;
}
