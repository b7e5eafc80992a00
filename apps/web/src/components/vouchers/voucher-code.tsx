'use client';

import { Check, Copy } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

/** The voucher's code with its label, and a button that copies it (said aloud once done). */
export function VoucherCode({ code }: { code: string }) {
  const t = useTranslations('wallet');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const labelId = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span id={labelId} className="text-sm font-medium text-slate-600">
        {t('code')}
      </span>
      <code
        aria-labelledby={labelId}
        className="rounded-lg bg-slate-100 px-2.5 py-1 font-mono text-sm font-semibold text-ink"
      >
        {code}
      </code>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(code).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          )
        }
        className="inline-flex items-center gap-1 rounded-lg px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {copied === 'yes' ? (
          <Check aria-hidden="true" className="h-4 w-4" />
        ) : (
          <Copy aria-hidden="true" className="h-4 w-4" />
        )}
        {t('copy')}
      </button>
      <span role="status" className="text-sm text-slate-600">
        {copied === 'yes' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}
