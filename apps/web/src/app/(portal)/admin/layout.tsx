import type { ReactNode } from 'react';

import { AdminNav } from '~/components/admin/admin-nav';
import { ClientIntlProvider } from '~/i18n/client-intl-provider';
import { adminClientNamespaces } from '~/i18n/client-messages';
import { requireAdmin } from '~/server/auth/require-admin';

// The admin area: for admins only (each page checks again, as a layout is not rendered again
// when moving between its pages), with its sections' navigation and its client components' messages.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return (
    <ClientIntlProvider namespaces={adminClientNamespaces}>
      <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <AdminNav />
        {children}
      </div>
    </ClientIntlProvider>
  );
}
