import type { VoucherReadyDetails } from '@jackpot-portal/api/jobs';
import { createTranslator } from 'next-intl';

import { defaultLocale, isLocale } from '~/i18n/locales';
import { formatEuros } from '~/lib/money';

import en from '../../../messages/en.json';
import fr from '../../../messages/fr.json';

const messages = { fr, en };

/** The voucher-ready email in the user's language: its words in messages/*.json, the amount as the pages show it. */
export function voucherReadyEmail(details: VoucherReadyDetails): { subject: string; text: string } {
  const locale = isLocale(details.locale) ? details.locale : defaultLocale;
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'notifications.email' });
  const values = { store: details.storeName, value: formatEuros(details.valueCents, locale) };
  return {
    subject: t('subject', values),
    text: [t('greeting'), '', t('body', values), details.link, '', '— Jackpot Rewards'].join('\n'),
  };
}
