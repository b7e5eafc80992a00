import { randomUUID } from 'node:crypto';

import { afterAll, describe, expect, inject, it } from 'vitest';

import { createDb } from '../src/client';
import { findActiveSessionWithUser } from '../src/queries/sessions';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());

async function userWithSession(disabled: boolean) {
  const user = await db.user.create({
    data: { email: `session-${randomUUID()}@example.test`, role: 'ADMIN', disabled },
  });
  const session = await db.session.create({
    data: { sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + 60_000) },
  });
  return { user, session };
}

describe('findActiveSessionWithUser', () => {
  it('reads a session with its whole user in one go', async () => {
    const { user, session } = await userWithSession(false);
    const found = await findActiveSessionWithUser(db, session.sessionToken);
    expect(found?.session).toEqual(session);
    expect(found?.user).toEqual(user);
  });

  it('treats the session of a disabled user, or an unknown token, as no session', async () => {
    const { session } = await userWithSession(true);
    expect(await findActiveSessionWithUser(db, session.sessionToken)).toBeNull();
    expect(await findActiveSessionWithUser(db, 'no-such-token')).toBeNull();
  });
});
