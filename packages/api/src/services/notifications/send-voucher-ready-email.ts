import type { Db } from '@jackpot-portal/db';

import { sendEmail, type SentEmail, type SmtpSettings } from '../email/send-email';

export interface VoucherReadyEmailDeps {
  db: Db;
  /** Unset: the outbox table (sendEmail decides). */
  smtp?: SmtpSettings;
  /** The portal's public URL, for the link to the vouchers page. */
  appUrl: string;
}

const formatEuros = (cents: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

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
  const french = user.locale === 'fr';
  const value = formatEuros(order.valueCents, french ? 'fr-FR' : 'en-GB');
  const subject = french
    ? `Votre bon ${order.storeName} de ${value} est prêt`
    : `Your ${value} ${order.storeName} voucher is ready`;
  const text = french
    ? `Bonjour,\n\nVotre bon d'achat ${order.storeName} de ${value} est prêt. Téléchargez-le depuis la page Mes bons :\n${link}\n\nJackpot Rewards`
    : `Hello,\n\nYour ${value} ${order.storeName} gift voucher is ready. Download it from the My vouchers page:\n${link}\n\nJackpot Rewards`;
  return sendEmail({ db: deps.db, smtp: deps.smtp }, { to: user.email, subject, text, link });
}
