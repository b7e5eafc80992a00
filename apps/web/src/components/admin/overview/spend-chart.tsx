'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { formatEuros } from '~/lib/money';

export interface MonthSpend {
  month: string;
  priceCents: number;
  valueCents: number;
  count: number;
}

/**
 * Spend per month as bars (recharts: SVG with attribute and inline-style styling only, so it runs
 * under the page's Content-Security-Policy), with the same figures in a table for anyone who
 * would rather read them, or cannot see the chart (the chart itself is hidden from screen readers).
 */
export function SpendChart({ months }: { months: MonthSpend[] }) {
  const t = useTranslations('admin.overview');
  const locale = useLocale();
  const format = useFormatter();
  const label = (month: string) =>
    format.dateTime(new Date(`${month}-01T00:00:00Z`), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const data = months.map((m) => ({
    ...m,
    label: label(m.month),
    price: m.priceCents / 100,
    value: m.valueCents / 100,
  }));
  return (
    <figure>
      <div aria-hidden="true" className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis
              tick={{ fontSize: 12 }}
              tickFormatter={(euros: number) => formatEuros(Math.round(euros * 100), locale)}
              width={80}
            />
            <Tooltip formatter={(euros) => formatEuros(Math.round(Number(euros) * 100), locale)} />
            <Legend />
            <Bar dataKey="price" name={t('pricePaid')} fill="#4f46e5" radius={[4, 4, 0, 0]} />
            <Bar dataKey="value" name={t('valueIssued')} fill="#10b981" radius={[4, 4, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-slate-600">{t('chartTable')}</summary>
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">{t('spendTitle')}</caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col">{t('month')}</th>
                <th scope="col" className="text-right">
                  {t('vouchers')}
                </th>
                <th scope="col" className="text-right">
                  {t('pricePaid')}
                </th>
                <th scope="col" className="text-right">
                  {t('valueIssued')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((m) => (
                <tr key={m.month} className="border-t border-slate-100">
                  <th scope="row" className="py-1 text-left font-normal">
                    {m.label}
                  </th>
                  <td className="text-right">{m.count}</td>
                  <td className="text-right">{formatEuros(m.priceCents, locale)}</td>
                  <td className="text-right">{formatEuros(m.valueCents, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
