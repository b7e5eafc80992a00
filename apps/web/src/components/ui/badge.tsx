import type { ComponentProps } from 'react';

import { cn } from './cn';

const tones = {
  brand: 'bg-brand-50 text-brand-700 ring-brand-200',
  progress: 'bg-brand-50 text-brand-700 ring-brand-200',
  waiting: 'bg-amber-50 text-amber-800 ring-amber-200',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  danger: 'bg-rose-50 text-rose-800 ring-rose-200',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
  solid: 'bg-brand-600 text-white ring-brand-600',
} as const;

export type BadgeTone = keyof typeof tones;

/** A short label in a pill: a status, a role, an offer. Its text is what a screen reader reads. */
export function Badge({ tone = 'neutral', className, ...props }: ComponentProps<'span'> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1',
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
