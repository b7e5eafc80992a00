import { appRouter } from '@jackpot-portal/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';

import { createContext } from '~/server/trpc-context';

// Unexpected errors are logged with their correlation id by the error formatter
// (packages/api/src/trpc.ts), which also keeps their detail out of the answer.
const handler = (request: Request) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    router: appRouter,
    req: request,
    createContext: () => createContext(request.headers),
  });

export { handler as GET, handler as POST };
