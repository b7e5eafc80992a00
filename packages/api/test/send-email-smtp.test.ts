import { createDb } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { sendEmail, verifySmtp } from '../src/services/email/send-email';
import { startBlackHoleServer, startSmtpServer } from './support/smtp-server';

const db = createDb(inject('databaseUrl'));

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await db.$disconnect();
});

describe('sendEmail with SMTP', () => {
  it('delivers through the SMTP server, from EMAIL_FROM, and writes nothing to the outbox', async () => {
    const to = `smtp-${Date.now()}@example.test`;
    const sent = await sendEmail(
      { db, smtp: { url: smtp.url, from: 'Jackpot Rewards <portal@example.test>' } },
      {
        to,
        subject: 'Votre lien de connexion',
        text: 'Ouvrez https://portal.test/x',
        html: '<p>Ouvrez</p>',
        link: 'https://portal.test/x',
      },
    );
    expect(sent.via).toBe('smtp');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ from: '<portal@example.test>', to: [`<${to}>`] });
    expect(smtp.received[0]?.data).toContain('Ouvrez https://portal.test/x');
    expect(smtp.received[0]?.data).toMatch(/^Subject: Votre lien de connexion$/m);
    await expect(db.outboxEmail.count({ where: { to } })).resolves.toBe(0);
    await expect(verifySmtp({ url: smtp.url, from: 'portal@example.test' })).resolves.toBeUndefined();
  });

  it('fails loudly when the SMTP server cannot be reached, instead of dropping the email', async () => {
    const unreachable = { url: 'smtp://127.0.0.1:1', from: 'portal@example.test' };
    await expect(
      sendEmail({ db, smtp: unreachable }, { to: 'x@example.test', subject: 's', text: 't' }),
    ).rejects.toThrow();
    await expect(verifySmtp(unreachable)).rejects.toThrow(/ECONNREFUSED/);
  });

  // nodemailer's own default would wait 30 s for the greeting, past this test's 20 s.
  it('gives up on a server that accepts the connection and never speaks, after the greeting timeout', async () => {
    const blackHole = await startBlackHoleServer();
    const silent = { url: blackHole.url, from: 'portal@example.test' };
    try {
      await expect(sendEmail({ db, smtp: silent }, { to: 'x@example.test', subject: 's', text: 't' })).rejects.toThrow(
        /Greeting never received/,
      );
      await expect(verifySmtp(silent)).rejects.toThrow(/Greeting never received/);
    } finally {
      await blackHole.close();
    }
  });
});
