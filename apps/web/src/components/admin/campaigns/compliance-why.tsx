'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useFormatter, useLocale, useTranslations } from 'next-intl';

import { formatEuros } from '~/lib/money';

type Share = RouterOutputs['admin']['campaignCompliancePreview']['rows'][number]['shares'][number];

/**
 * Why a share is exempt or not, in the admin's language: one line per share that is to declare
 * (whose it is, how much, every reason benefits-rules gave), else the basis it is exempt on.
 */
export function ComplianceWhy({ shares, threshold }: { shares: Share[]; threshold: number }) {
  const t = useTranslations('admin.campaigns.preview.why');
  const locale = useLocale();
  const format = useFormatter();
  const limit = formatEuros(threshold, locale, { hideZeroCents: true });
  const whose = (share: Share) =>
    share.beneficiary.kind === 'CHILD' ? t('child', { year: share.beneficiary.birthYear }) : t('employee');
  const lines = shares.map((share) => {
    const verdict = share.verdict;
    if (verdict.exempt)
      return {
        tone: 'ok',
        text: t('exemptLine', { whose: whose(share), basis: t(`basis.${verdict.basis}`, { limit }) }),
      };
    const reasons = format.list(verdict.reasons.map((reason) => t(`reasons.${reason}`, { limit })));
    const amount = formatEuros(share.toDeclareCents, locale);
    return { tone: 'declare', text: t('declareLine', { whose: whose(share), amount, reasons }) };
  });
  return (
    <ul className="grid gap-0.5 text-xs">
      {lines.map((line, index) => (
        <li key={index} className={line.tone === 'ok' ? 'text-slate-600' : 'font-medium text-rose-800'}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
