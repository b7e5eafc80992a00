import { once } from 'node:events';
import { createServer, type AddressInfo, type Server } from 'node:net';

import { createDb } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { sendEmail } from '../src/services/email/send-email';

const db = createDb(inject('databaseUrl'));

// The smallest SMTP server nodemailer talks to: accepts every command, keeps each message.
const received: Array<{ from: string; to: string[]; data: string }> = [];
let server: Server;
let smtpUrl: string;

beforeAll(async () => {
  server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let message = { from: '', to: [] as string[], data: '' };
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf(inData ? '\r\n.\r\n' : '\r\n')) !== -1) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + (inData ? 5 : 2));
        if (inData) {
          received.push({ ...message, data: line });
          message = { from: '', to: [], data: '' };
          inData = false;
          socket.write('250 queued\r\n');
        } else if (/^MAIL FROM:/i.test(line)) {
          message.from = line.slice('MAIL FROM:'.length);
          socket.write('250 ok\r\n');
        } else if (/^RCPT TO:/i.test(line)) {
          message.to.push(line.slice('RCPT TO:'.length));
          socket.write('250 ok\r\n');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) {
          socket.end('221 bye\r\n');
        } else {
          socket.write('250 ok\r\n'); // EHLO and anything else
        }
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  smtpUrl = `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await db.$disconnect();
});

describe('sendEmail with SMTP', () => {
  it('delivers through the SMTP server, from EMAIL_FROM, and writes nothing to the outbox', async () => {
    const to = `smtp-${Date.now()}@example.test`;
    const sent = await sendEmail(
      { db, smtp: { url: smtpUrl, from: 'Jackpot Rewards <portal@example.test>' } },
      {
        to,
        subject: 'Votre lien de connexion',
        text: 'Ouvrez https://portal.test/x',
        html: '<p>Ouvrez</p>',
        link: 'https://portal.test/x',
      },
    );
    expect(sent.via).toBe('smtp');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: '<portal@example.test>', to: [`<${to}>`] });
    expect(received[0]?.data).toContain('Ouvrez https://portal.test/x');
    expect(received[0]?.data).toMatch(/^Subject: Votre lien de connexion$/m);
    await expect(db.outboxEmail.count({ where: { to } })).resolves.toBe(0);
  });

  it('fails loudly when the SMTP server cannot be reached, instead of dropping the email', async () => {
    const unreachable = { url: 'smtp://127.0.0.1:1', from: 'portal@example.test' };
    await expect(
      sendEmail({ db, smtp: unreachable }, { to: 'x@example.test', subject: 's', text: 't' }),
    ).rejects.toThrow();
  });
});
