import { describe, expect, it } from 'vitest';

import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  // Seen by `npm run chaos:db-restart`: a pooled connection that PostgreSQL terminated at
  // shutdown is refused by node-postgres itself, with this message and no code.
  it('knows node-postgres refusing a connection the server terminated', () => {
    const error = new Error('Client has encountered a connection error and is not queryable');
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: error }))).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isDatabaseUnavailable(new Error('duplicate key value violates unique constraint'))).toBe(false);
  });
});
