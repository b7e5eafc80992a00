import type { EmailMessage } from '@jackpot-portal/api';
import { createTranslator } from 'next-intl';

import { defaultLocale, isLocale } from '~/i18n/locales';

import en from '../../../messages/en.json';
import fr from '../../../messages/fr.json';

import { signInLinkMaxAgeSeconds } from './providers';

const messages = { fr, en };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The sign-in email, plain and HTML, in the user's language. */
export function signInEmail(options: { to: string; url: string; name: string | null; locale: string }): EmailMessage {
  const locale = isLocale(options.locale) ? options.locale : defaultLocale;
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'auth.email' });
  const greeting = options.name ? t('greeting', { name: options.name }) : t('greetingNoName');
  const body = t('body', { minutes: signInLinkMaxAgeSeconds / 60 });
  const text = [greeting, '', body, '', options.url, '', t('ignore'), '', '— Jackpot Rewards'].join('\n');
  const html = `<!doctype html>
<html lang="${locale}">
<body style="margin:0;padding:24px;background:#fbfaff;font-family:Inter,Segoe UI,Roboto,Arial,sans-serif;color:#16132b">
  <table role="presentation" width="100%" style="max-width:520px;margin:0 auto;background:#ffffff;border:1px solid #e9e5ff;border-radius:16px">
    <tr><td style="padding:32px">
      <p style="margin:0 0 24px;font-size:18px;font-weight:700;color:#2a1577">Jackpot <span style="color:#5b34f2;font-weight:500">Rewards</span></p>
      <p style="margin:0 0 12px">${escapeHtml(greeting)}</p>
      <p style="margin:0 0 24px;line-height:1.5">${escapeHtml(body)}</p>
      <p style="margin:0 0 24px"><a href="${escapeHtml(options.url)}" style="display:inline-block;background:#5b34f2;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:10px">${escapeHtml(t('button'))}</a></p>
      <p style="margin:0;font-size:13px;line-height:1.5;color:#64748b">${escapeHtml(t('ignore'))}</p>
    </td></tr>
  </table>
</body>
</html>`;
  return { to: options.to, subject: t('subject'), text, html, link: options.url };
}
