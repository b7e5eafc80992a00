import type { ComposeVoucherReadyEmail } from '../../src/jobs';

// The web app writes the real email from its messages (apps/web/src/server/emails/); the api's
// tests only need one that says which voucher, in the user's language.
export const testVoucherReadyEmail: ComposeVoucherReadyEmail = ({ locale, storeName, link }) =>
  locale === 'fr'
    ? { subject: `Votre bon ${storeName} est prêt`, text: link }
    : { subject: `Your ${storeName} voucher is ready`, text: link };
