import { randomUUID } from 'node:crypto';

import { createDb } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { listOutboxEmails } from '../src/services/email/list-outbox-emails';
import { sendEmail } from '../src/services/email/send-email';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());

describe('sendEmail without SMTP', () => {
  it('writes the email, its HTML and its link to the outbox', async () => {
    const to = `outbox-${randomUUID()}@example.test`;
    const sent = await sendEmail(
      { db },
      {
        to,
        subject: 'Sign in',
        text: 'Open https://portal.test/x',
        html: '<p>Open</p>',
        link: 'https://portal.test/x',
      },
    );
    expect(sent.via).toBe('outbox');
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to } });
    expect(row).toMatchObject({
      subject: 'Sign in',
      text: 'Open https://portal.test/x',
      html: '<p>Open</p>',
      link: 'https://portal.test/x',
    });
  });

  it('lists the outbox newest first, filtered by address', async () => {
    const to = `outbox-${randomUUID()}@example.test`;
    await sendEmail({ db }, { to, subject: 'first', text: 'one' });
    await new Promise((resolve) => setTimeout(resolve, 5)); // timestamps have millisecond precision
    await sendEmail({ db }, { to, subject: 'second', text: 'two' });
    await sendEmail({ db }, { to: `other-${randomUUID()}@example.test`, subject: 'not mine', text: 'three' });
    const listed = await listOutboxEmails({ db }, { to: to.toUpperCase() });
    expect(listed.map((email) => email.subject)).toEqual(['second', 'first']);
  });
});
