import type { DbClient } from '@jackpot-portal/db';
import { createTransport } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The one link the email is about (a sign-in link), kept apart so the demo outbox can show it. */
  link?: string;
}

export interface SmtpSettings {
  /** smtp:// or smtps:// URL with credentials, e.g. smtps://user:pass@mail.example.com:465 */
  url: string;
  from: string;
}

/** The SMTP settings of the environment: none without SMTP_URL (emails go to the outbox table). */
export function smtpSettings(env: { SMTP_URL?: string | undefined; EMAIL_FROM: string }): SmtpSettings | undefined {
  return env.SMTP_URL ? { url: env.SMTP_URL, from: env.EMAIL_FROM } : undefined;
}

export interface SendEmailDeps {
  db: DbClient;
  /** Unset: the email becomes a row of the outbox (demo and tests, no network needed). */
  smtp?: SmtpSettings;
}

export type SentEmail = { via: 'smtp'; messageId: string } | { via: 'outbox'; outboxId: string };

/**
 * Every SMTP call's limits, in ms. nodemailer's own defaults wait 2 minutes for a connection, 30 s
 * for the greeting and 10 minutes for a silent socket: an unreachable or black-holed server would
 * hold a sign-in or an email job that long. These fail it in seconds; the caller retries (the
 * email jobs with pg-boss's backoff) or says so (sign-in, see the web app's email health).
 */
export const SMTP_TIMEOUTS_MS = {
  dnsTimeout: 5_000,
  connectionTimeout: 5_000,
  greetingTimeout: 5_000,
  socketTimeout: 15_000,
};

// createTransport(url) cannot take timeouts (given an object with a url, it keeps only the
// url's settings); the SMTP transport itself merges both.
const smtpTransport = (smtp: SmtpSettings) =>
  createTransport(new SMTPTransport({ url: smtp.url, ...SMTP_TIMEOUTS_MS }));

/** Whether the SMTP server answers: connects, greets, authenticates and quits, within SMTP_TIMEOUTS_MS. */
export async function verifySmtp(smtp: SmtpSettings): Promise<void> {
  const transport = smtpTransport(smtp);
  try {
    await transport.verify();
  } finally {
    transport.close();
  }
}

/** Sends an email through SMTP when configured, otherwise writes it to the outbox table. */
export async function sendEmail(deps: SendEmailDeps, message: EmailMessage): Promise<SentEmail> {
  if (deps.smtp) {
    const transport = smtpTransport(deps.smtp);
    try {
      const info = await transport.sendMail({
        from: deps.smtp.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      return { via: 'smtp', messageId: info.messageId };
    } finally {
      transport.close();
    }
  }
  const row = await deps.db.outboxEmail.create({
    data: {
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      link: message.link ?? null,
    },
    select: { id: true },
  });
  return { via: 'outbox', outboxId: row.id };
}
