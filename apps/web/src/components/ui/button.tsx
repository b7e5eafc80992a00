import { Slot } from 'radix-ui';
import type { ComponentProps } from 'react';

import { cn } from './cn';

const variants = {
  /** The brand action of a screen. */
  primary: 'bg-brand-600 text-white shadow-md shadow-brand-600/20 hover:bg-brand-700',
  /** A second action beside the primary one. */
  secondary: 'border border-brand-200 bg-white text-brand-700 shadow-sm hover:border-brand-500 hover:bg-brand-50',
  /** Confirms something that cannot be undone. */
  danger: 'bg-rose-600 text-white shadow-sm hover:bg-rose-700',
  /** Offers something that cannot be undone (the confirmation comes next). */
  'danger-outline': 'bg-white text-rose-700 ring-1 ring-rose-200 hover:bg-rose-50',
  /** Approves. */
  success: 'bg-emerald-700 text-white shadow-sm hover:bg-emerald-800',
  /** Steps back: cancel, close. */
  quiet: 'bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50',
  /** No look of its own: `className` draws it (a card that is a button). */
  bare: '',
} as const;

const sizes = {
  sm: 'rounded-lg px-3 py-1.5 text-sm',
  md: 'rounded-xl px-4 py-2.5 text-sm',
  lg: 'rounded-xl px-5 py-3 text-base',
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

function buttonClasses({
  variant = 'primary',
  size = 'md',
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return cn(
    'inline-flex items-center justify-center gap-2 font-semibold transition disabled:cursor-not-allowed disabled:opacity-50',
    variants[variant],
    sizes[size],
    className,
  );
}

export type ButtonProps = ComponentProps<'button'> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Renders its only child (a link) with the button's look instead of a <button>. */
  asChild?: boolean;
};

/** A button, or with `asChild` a link that looks like one. Focus shows the global outline. */
export function Button({ variant, size, asChild = false, className, type, ...props }: ButtonProps) {
  const classes = buttonClasses({ variant, size, className });
  if (asChild) return <Slot.Root className={classes} {...props} />;
  return <button type={type ?? 'button'} className={classes} {...props} />;
}
