'use client';

import { useTranslations } from 'next-intl';

/**
 * Plain words for a failed tRPC call: the message of its AppError code (`errors.<code>` in the
 * messages), or a generic one.
 */
export function useErrorMessage(): (error: unknown) => string {
  const t = useTranslations('errors');
  return (error) => {
    const code = (error as { data?: { appCode?: unknown } | null } | null | undefined)?.data?.appCode;
    return typeof code === 'string' && t.has(code) ? t(code as 'unknown') : t('unknown');
  };
}
