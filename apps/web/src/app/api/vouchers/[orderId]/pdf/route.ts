import { AppError, getVoucherPdf } from '@jackpot-portal/api';

import { currentUser } from '~/server/auth';
import { db } from '~/server/db';
import { jackpot } from '~/server/jackpot';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The voucher's PDF, streamed from Jackpot through our server: the signed-in owner (or an
// admin) only. Jackpot's own URL never reaches the browser.
export async function GET(_request: Request, { params }: { params: Promise<{ orderId: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: 'Please sign in.' }, { status: 401 });
  const { orderId } = await params;
  if (!UUID.test(orderId)) return Response.json({ error: 'No such voucher.' }, { status: 404 });
  try {
    const pdf = await getVoucherPdf({ db, jackpot }, { orderId, requester: user });
    return new Response(Buffer.from(pdf.bytes), {
      headers: {
        'content-type': pdf.contentType,
        'content-disposition': `attachment; filename="${pdf.filename}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: error.httpStatus });
    throw error;
  }
}
