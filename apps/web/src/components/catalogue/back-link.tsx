import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** "Back to the catalogue", at the top of a store page. */
export function BackLink() {
  const t = useTranslations('store');
  return (
    <Link
      href="/catalogue"
      className="inline-flex items-center gap-1.5 rounded-md text-sm font-semibold text-brand-700 hover:text-brand-900"
    >
      <ArrowLeft aria-hidden="true" className="h-4 w-4" />
      {t('back')}
    </Link>
  );
}
