import type { ReactNode } from 'react';

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

/** A form control under its label, in a box that can take grid classes. */
export function LabelledField({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClasses}>
        {label}
      </label>
      {children}
    </div>
  );
}
