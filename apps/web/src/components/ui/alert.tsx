import { AlertCircle, AlertTriangle, Info } from 'lucide-react';
import type { ComponentProps, ReactNode } from 'react';

import { cn } from './cn';

const tones = {
  error: { box: 'border-rose-200 bg-rose-50 text-rose-900', Icon: AlertCircle },
  warning: { box: 'border-amber-200 bg-amber-50 text-amber-900', Icon: AlertTriangle },
  info: { box: 'border-amber-100 bg-amber-50 text-amber-900', Icon: Info },
} as const;

/**
 * A message in a tinted box. An error or a warning that appears after the page loaded is
 * announced (role="alert"); `role` may say otherwise, e.g. "status" or none for a standing note.
 */
export function Alert({
  tone = 'error',
  title,
  action,
  icon = true,
  className,
  children,
  role,
  ...props
}: Omit<ComponentProps<'div'>, 'title'> & {
  tone?: keyof typeof tones;
  title?: ReactNode;
  /** A button under the text, e.g. "Try again". */
  action?: ReactNode;
  icon?: boolean;
}) {
  const { box, Icon } = tones[tone];
  return (
    <div
      role={role ?? (tone === 'info' ? undefined : 'alert')}
      className={cn('flex gap-3 rounded-2xl border p-4 text-sm', box, className)}
      {...props}
    >
      {icon && <Icon aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0" />}
      <div className="min-w-0 flex-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={title ? 'mt-1' : undefined}>{children}</div>}
        {action && <div className="mt-3">{action}</div>}
      </div>
    </div>
  );
}
