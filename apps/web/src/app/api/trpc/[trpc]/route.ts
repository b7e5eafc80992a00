import { appRouter } from '@jackpot-portal/api';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';

import { readApiSessionUser } from '~/server/auth/api-session';
import { createContext } from '~/server/trpc-context';
import { maxBatchSize } from '~/trpc/batch-limit';

// Unexpected errors are logged with their correlation id by the error formatter
// (packages/api/src/trpc.ts), which also keeps their detail out of the answer.
const handler = (request: Request) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    router: appRouter,
    req: request,
    maxBatchSize,
    createContext: () => createContext(request.headers, () => readApiSessionUser(request.headers)),
  });

export { handler as GET, handler as POST };
