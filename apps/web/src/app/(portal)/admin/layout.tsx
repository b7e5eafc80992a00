import type { ReactNode } from 'react';

import { requireAdmin } from '~/server/auth/require-admin';

// The admin area: for admins only (each page checks again, as a layout is not rendered again
// when moving between its pages).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return children;
}
