import 'server-only';

import { appRouter, type AppRouter, createCallerFactory } from '@jackpot-portal/api';
import { dehydrate, type FetchQueryOptions, hashKey, HydrationBoundary, type QueryKey } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { headers } from 'next/headers';
import { cache, type ReactNode } from 'react';

import { createContext } from '~/server/trpc-context';

import { createQueryClient, shouldDehydrateQuery } from './query-client';

// Server components read data through the same procedures as the browser, called in-process (no
// HTTP) with the request's context, into one query client per request. What they fetch is sent
// along with the page (<HydrateClient>), so the client components' useQuery starts with it.

const createRequestContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set('x-trpc-source', 'rsc');
  return createContext(heads);
});

/** Procedures called directly, for a server action's mutation, with the request's context. */
export const serverCaller = cache(async () => createCallerFactory(appRouter)(await createRequestContext()));

/** The query client of this request: shared by the layouts and the page it renders. */
export const getQueryClient = cache(createQueryClient);

/** `trpc.<router>.<procedure>.queryOptions(input)`, as `useTRPC()` gives in the browser. */
export const trpc = createTRPCOptionsProxy<AppRouter>({
  router: appRouter,
  ctx: createRequestContext,
  queryClient: getQueryClient,
});

/**
 * Sends the queries it is given, from this request's query client, to the client components below
 * it (the browser has one query client for all of them). Each boundary names its own segment's
 * queries: a layout and its page render side by side, and a boundary that sent all the client held
 * sent the layout's me.balance again with every page, and the page's queries that happened to be
 * done (or pending) with the layout.
 */
export function HydrateClient({
  queries,
  children,
}: {
  queries: ReadonlyArray<{ queryKey: QueryKey }>;
  children: ReactNode;
}) {
  const hashes = new Set(queries.map(({ queryKey }) => hashKey(queryKey)));
  const state = dehydrate(getQueryClient(), {
    shouldDehydrateQuery: (query) => hashes.has(query.queryHash) && shouldDehydrateQuery(query),
  });
  return <HydrationBoundary state={state}>{children}</HydrationBoundary>;
}

/**
 * Starts a query for the client components of this page. Awaited, the first HTML already shows
 * its data; not awaited, the query streams in (a pending query is dehydrated with its promise).
 * Errors are left to the client component, which shows its error state.
 */
export function prefetch<TData, TError, TQueryKey extends QueryKey>(
  queryOptions: FetchQueryOptions<TData, TError, TData, TQueryKey>,
): Promise<void> {
  return getQueryClient().prefetchQuery(queryOptions);
}

/** The data of a query, for a server component (cached for the request, and hydrated too). */
export function fetchQuery<TData, TError, TQueryKey extends QueryKey>(
  queryOptions: FetchQueryOptions<TData, TError, TData, TQueryKey>,
): Promise<TData> {
  return getQueryClient().fetchQuery(queryOptions);
}
