import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';

import { PortalHeader } from '~/components/shell/portal-header';
import { currentUser } from '~/server/auth';
import { requestPathHeader, safeCallbackPath } from '~/server/auth/policy';
import { HydrateClient, prefetch, trpc } from '~/trpc/server';

// Every page of the signed-in portal. The session (and the user, read fresh from the
// database) is checked here on the server; tRPC procedures check again on every call.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) {
    const callbackUrl = safeCallbackPath((await headers()).get(requestPathHeader));
    redirect(`/signin?${new URLSearchParams({ callbackUrl })}`);
  }
  // The balance chip's query, answered before the header renders: the first HTML shows the figure.
  const balanceQuery = trpc.me.balance.queryOptions();
  await prefetch(balanceQuery);
  return (
    <div className="flex min-h-screen flex-col">
      <HydrateClient queries={[balanceQuery]}>
        <PortalHeader user={user} />
      </HydrateClient>
      <main id="main" className="flex-1">
        {children}
      </main>
    </div>
  );
}
