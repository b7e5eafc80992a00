import type { Db } from '@jackpot-portal/db';

import { sendEmail, type SentEmail, type SmtpSettings } from '../email/send-email';

/** What the email says about the voucher; the words are the web app's (apps/web/messages/*.json). */
export interface VoucherReadyDetails {
  locale: string;
  storeName: string;
  valueCents: number;
  link: string;
}

export type ComposeVoucherReadyEmail = (details: VoucherReadyDetails) => { subject: string; text: string };

export interface VoucherReadyEmailDeps {
  db: Db;
  /** Unset: the outbox table (sendEmail decides). */
  smtp?: SmtpSettings;
  /** The portal's public URL, for the link to the vouchers page. */
  appUrl: string;
  /** Writes the email in the user's language (the web app's server/emails/voucher-ready-email.ts). */
  composeVoucherReady: ComposeVoucherReadyEmail;
}

/** The `email.voucher-ready` job: tells the employee, in their language, that a voucher can be downloaded. */
export async function sendVoucherReadyEmail(
  deps: VoucherReadyEmailDeps,
  input: { notificationId: string },
): Promise<SentEmail | null> {
  const notification = await deps.db.notification.findUnique({
    where: { id: input.notificationId },
    include: { user: true, order: true },
  });
  if (!notification?.order) return null;
  const { user, order } = notification;
  const link = new URL('/vouchers', deps.appUrl).toString();
  const { subject, text } = deps.composeVoucherReady({
    locale: user.locale,
    storeName: order.storeName,
    valueCents: order.valueCents,
    link,
  });
  return sendEmail({ db: deps.db, smtp: deps.smtp }, { to: user.email, subject, text, link });
}
