import { Download } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

import { Button } from '~/components/ui/button';
import { fieldClasses, labelClasses } from '~/components/ui/field';
import { Panel } from '~/components/ui/panel';
import { requireAdmin } from '~/server/auth/require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.exports');
  return { title: t('title') };
}

// Plain links and a GET form: the server streams each file (app/api/admin/exports/…), so the
// download starts at once, without JavaScript.
export default async function AdminExportsPage() {
  await requireAdmin();
  const t = await getTranslations('admin.exports');
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-slate-600">{t('lead')}</p>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <Panel title={t('vouchersTitle')} description={t('vouchersLead')}>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button asChild>
              <a href="/api/admin/exports/vouchers" download>
                <Download aria-hidden="true" className="h-4 w-4" />
                {t('vouchersAll')}
              </a>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/admin/vouchers">{t('vouchersFilter')}</Link>
            </Button>
          </div>
        </Panel>
        <Panel title={t('ledgerTitle')} description={t('ledgerLead')}>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button asChild>
              <a href="/api/admin/exports/ledger" download>
                <Download aria-hidden="true" className="h-4 w-4" />
                {t('ledgerAll')}
              </a>
            </Button>
          </div>
          <form action="/api/admin/exports/ledger" method="get" className="mt-4 flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="ledger-email" className={labelClasses}>
                {t('ledgerEmail')}
              </label>
              <input id="ledger-email" name="email" type="email" required className={fieldClasses()} />
            </div>
            <Button type="submit" variant="secondary">
              {t('ledgerOne')}
            </Button>
          </form>
        </Panel>
      </div>
      <p className="mt-4 text-sm text-slate-600">{t('format')}</p>
    </>
  );
}
