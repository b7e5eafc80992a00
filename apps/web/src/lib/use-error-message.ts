'use client';

import { useTranslations } from 'next-intl';

interface FailedCall {
  data?: { appCode?: unknown; appParams?: Record<string, string> | null; errorId?: unknown } | null;
}

/**
 * Plain words for a failed tRPC call: the message of its AppError code (`errors.<code>` in the
 * messages); for a failure the server did not expect, a generic message with the reference the
 * server logged it under; otherwise a generic one.
 */
export function useErrorMessage(): (error: unknown) => string {
  const t = useTranslations('errors');
  return (error) => {
    const data = (error as FailedCall | null | undefined)?.data;
    const code = data?.appCode;
    if (typeof code === 'string' && t.has(code)) return t(code as 'unknown', data?.appParams ?? undefined);
    if (typeof data?.errorId === 'string') return t('unexpected', { reference: data.errorId });
    return t('unknown');
  };
}
