import { cn } from './cn';

/** The look of a text box or a select; a red border when its value is refused. */
export function fieldClasses({ invalid = false, className }: { invalid?: boolean; className?: string } = {}) {
  return cn(
    'block rounded-xl border bg-white px-3 py-2.5 text-sm text-ink shadow-sm',
    invalid ? 'border-rose-400 focus:border-rose-500' : 'border-brand-100 focus:border-brand-500',
    className,
  );
}

export const labelClasses = 'mb-1 block text-sm font-semibold text-slate-700';
