import { type NextRequest, NextResponse } from 'next/server';

import { requestPathHeader } from './server/auth/policy';

// Only tells server components which URL was asked for (layouts do not receive it), so the
// portal layout can send a signed-out visitor to /signin?callbackUrl=<that URL>. The session
// check itself happens in the layout, on the server.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(requestPathHeader, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!api/|_next/|favicon.ico).*)'],
};
