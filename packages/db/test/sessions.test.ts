import { randomUUID } from 'node:crypto';

import { afterAll, describe, expect, inject, it } from 'vitest';

import { createDb } from '../src/client';
import { findActiveSessionWithUser, findSignedInUser } from '../src/queries/sessions';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());

async function userWithSession(disabled: boolean, expiresInMs = 60_000) {
  const user = await db.user.create({
    data: { email: `session-${randomUUID()}@example.test`, role: 'ADMIN', disabled },
  });
  const session = await db.session.create({
    data: { sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + expiresInMs) },
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

describe('findSignedInUser', () => {
  it('reads the user of a valid session', async () => {
    const { user, session } = await userWithSession(false);
    expect(await findSignedInUser(db, session.sessionToken)).toEqual({
      id: user.id,
      email: user.email,
      name: null,
      role: 'ADMIN',
      locale: 'fr',
    });
  });

  it('treats an expired session, a disabled user or an unknown token as no session', async () => {
    const expired = await userWithSession(false, -1_000);
    expect(await findSignedInUser(db, expired.session.sessionToken)).toBeNull();
    const disabled = await userWithSession(true);
    expect(await findSignedInUser(db, disabled.session.sessionToken)).toBeNull();
    expect(await findSignedInUser(db, 'no-such-token')).toBeNull();
  });

  it('stops answering once the session is deleted (signed out) or the user disabled', async () => {
    const { user, session } = await userWithSession(false);
    const other = await db.session.create({
      data: { sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + 60_000) },
    });
    await db.session.delete({ where: { sessionToken: session.sessionToken } });
    expect(await findSignedInUser(db, session.sessionToken)).toBeNull();
    expect(await findSignedInUser(db, other.sessionToken)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await findSignedInUser(db, other.sessionToken)).toBeNull();
  });
});
