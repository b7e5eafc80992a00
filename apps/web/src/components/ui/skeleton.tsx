import type { ComponentProps } from 'react';

import { cn } from './cn';

/** A placeholder block while data loads; size and shape come from `className`. Hidden from screen readers. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return <div aria-hidden="true" className={cn('animate-pulse rounded-xl bg-brand-50', className)} {...props} />;
}
