import 'server-only';

import { notFound } from 'next/navigation';

import { currentUser, type PortalUser } from '.';

/**
 * Every page under /admin calls this (and so does the admin layout): anybody but an admin gets
 * "not found", on every request. The procedures the page reads check the role again.
 */
export async function requireAdmin(): Promise<PortalUser> {
  const user = await currentUser();
  if (user?.role !== 'ADMIN') notFound();
  return user;
}
