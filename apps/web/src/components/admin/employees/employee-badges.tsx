'use client';

import { useTranslations } from 'next-intl';

import { Badge } from '~/components/ui/badge';

/** A user's role and whether they are disabled or flagged, as pills. */
export function EmployeeBadges({ user }: { user: { role: string; disabled: boolean; flagged: boolean } }) {
  const t = useTranslations('admin.employees.badges');
  return (
    <span className="flex flex-wrap gap-1">
      <Badge tone={user.role === 'ADMIN' ? 'solid' : 'neutral'}>
        {user.role === 'ADMIN' ? t('admin') : t('employee')}
      </Badge>
      {user.disabled && <Badge tone="danger">{t('disabled')}</Badge>}
      {user.flagged && <Badge tone="waiting">{t('flagged')}</Badge>}
    </span>
  );
}
