import { BUDGET_IMPORT_TEMPLATE } from '@jackpot-portal/api';

import { currentUser } from '~/server/auth';

export const dynamic = 'force-dynamic';

// The budget import's template for admins: UTF-8 with a BOM, so that Excel in French opens the
// accents right; `;` separated, as French Excel saves CSV. Anybody else: not found.
export async function GET() {
  const user = await currentUser();
  if (user?.role !== 'ADMIN') return Response.json({ error: 'Not found.' }, { status: 404 });
  return new Response(`\uFEFF${BUDGET_IMPORT_TEMPLATE}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="budget-import-template.csv"',
      'cache-control': 'private, no-store',
    },
  });
}
