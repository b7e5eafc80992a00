import { appRouter } from '@jackpot-portal/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';

import { createContext } from '~/server/trpc-context';

const handler = (request: Request) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    router: appRouter,
    req: request,
    createContext: () => createContext(request.headers),
    onError({ path, error }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed:`, error);
    },
  });

export { handler as GET, handler as POST };
