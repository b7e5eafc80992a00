import { availableBalanceCents } from '@jackpot-portal/db';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';

import { PortalHeader } from '~/components/shell/portal-header';
import { currentUser } from '~/server/auth';
import { requestPathHeader, safeCallbackPath } from '~/server/auth/policy';
import { db } from '~/server/db';

// Every page of the signed-in portal. The session (and the user, read fresh from the
// database) is checked here on the server; tRPC procedures check again on every call.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) {
    const callbackUrl = safeCallbackPath((await headers()).get(requestPathHeader));
    redirect(`/signin?${new URLSearchParams({ callbackUrl })}`);
  }
  const balanceCents = await availableBalanceCents(db, user.id);
  return (
    <div className="flex min-h-screen flex-col">
      <PortalHeader user={user} balanceCents={balanceCents} />
      <main id="main" className="flex-1">
        {children}
      </main>
    </div>
  );
}
