// Reads the body and answers 200: the floor under the portal's webhook route.
export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  await request.text();
  return Response.json({ received: true }, { headers: { 'cache-control': 'no-store' } });
}
