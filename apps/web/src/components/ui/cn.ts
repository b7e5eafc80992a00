import clsx, { type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Class names joined, a later Tailwind class winning over an earlier one of the same property
 * (`cn('p-4', 'p-3')` is `p-3`): how a primitive's caller adjusts its look.
 */
export function cn(...values: ClassValue[]): string {
  return twMerge(clsx(values));
}
