// Fixed bytes from memory: the floor under a tRPC answer of the same size. The benchmark PUTs
// the portal's own answer here first, then both are loaded alike.
export const dynamic = 'force-dynamic';

let body = '{}';

export async function PUT(request: Request) {
  body = await request.text();
  return new Response(null, { status: 204 });
}

export function GET() {
  return new Response(body, { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}
