import { defaultShouldDehydrateQuery, type Query, QueryClient } from '@tanstack/react-query';
import superjson from 'superjson';

/** A query sent with the page: answered, or still pending (its promise streams in). */
export const shouldDehydrateQuery = (query: Query) =>
  defaultShouldDehydrateQuery(query) || query.state.status === 'pending';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000 },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery,
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}
