import { CHILDREN_IMPORT_TEMPLATE } from '@jackpot-portal/api';

import { currentUser } from '~/server/auth';

export const dynamic = 'force-dynamic';

// The children import's template for admins (one line per child: email;birth_year), UTF-8 with a
// BOM for Excel in French. Anybody else: not found.
export async function GET() {
  const user = await currentUser();
  if (user?.role !== 'ADMIN') return Response.json({ error: 'Not found.' }, { status: 404 });
  return new Response(`\uFEFF${CHILDREN_IMPORT_TEMPLATE}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="children-import-template.csv"',
      'cache-control': 'private, no-store',
    },
  });
}
