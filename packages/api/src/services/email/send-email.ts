import type { DbClient } from '@jackpot-portal/db';
import { createTransport } from 'nodemailer';

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

export interface SendEmailDeps {
  db: DbClient;
  /** Unset: the email becomes a row of the outbox (demo and tests, no network needed). */
  smtp?: SmtpSettings;
}

export type SentEmail = { via: 'smtp'; messageId: string } | { via: 'outbox'; outboxId: string };

/** Sends an email through SMTP when configured, otherwise writes it to the outbox table. */
export async function sendEmail(deps: SendEmailDeps, message: EmailMessage): Promise<SentEmail> {
  if (deps.smtp) {
    const transport = createTransport(deps.smtp.url);
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
