'use client';

import { ScanLine } from 'lucide-react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { QRCodeSVG } from 'qrcode.react';

import { Button } from '~/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { formatEuros } from '~/lib/money';

import type { OrderView } from './status';

/**
 * "Show at the till": the whole screen for the cashier, the voucher's code as a QR code
 * (qrcode.react, an SVG drawn in the browser) and in large print, with the amount and the expiry.
 */
export function TillView({ order, code }: { order: OrderView; code: string }) {
  const t = useTranslations('wallet.till');
  const tUi = useTranslations('ui');
  const locale = useLocale();
  const format = useFormatter();
  const value = formatEuros(order.valueCents, locale, { hideZeroCents: true });
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="secondary" size="md" className="text-base">
          <ScanLine aria-hidden="true" className="h-4 w-4" />
          {t('open')}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t('title', { store: order.storeName, value })}
        closeLabel={tUi('close')}
        className="left-0 top-0 flex h-[100dvh] max-h-none w-screen max-w-none translate-x-0 translate-y-0 flex-col rounded-none border-0 p-6 sm:p-10"
      >
        <div className="flex flex-1 flex-col items-center justify-center gap-6 text-center">
          <div className="rounded-2xl bg-white p-4 ring-1 ring-slate-200">
            <QRCodeSVG
              value={code}
              size={256}
              level="M"
              marginSize={2}
              title={t('qr', { code })}
              role="img"
              aria-label={t('qr', { code })}
            />
          </div>
          <div>
            <p className="text-sm font-medium uppercase tracking-wider text-slate-600">{t('code')}</p>
            <p className="mt-1 break-all font-mono text-3xl font-bold tracking-wider text-ink" data-testid="till-code">
              {code}
            </p>
          </div>
          <p className="text-4xl font-extrabold tracking-tight">{value}</p>
          {order.validityDate && (
            <p className="text-base text-slate-700">
              {t('validUntil', { date: format.dateTime(new Date(order.validityDate), { dateStyle: 'long' }) })}
            </p>
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}
