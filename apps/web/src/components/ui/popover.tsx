'use client';

import { Popover as Primitive } from 'radix-ui';
import type { ComponentProps } from 'react';

import { cn } from './cn';

export const Popover = Primitive.Root;
export const PopoverTrigger = Primitive.Trigger;
export const PopoverAnchor = Primitive.Anchor;

/**
 * A panel that opens from a button (Radix): the button says whether it is open and which panel it
 * controls; Escape or a click outside closes it, focus goes back to the button.
 */
export function PopoverContent({
  className,
  align = 'end',
  sideOffset = 8,
  ...props
}: ComponentProps<typeof Primitive.Content>) {
  return (
    <Primitive.Portal>
      <Primitive.Content
        align={align}
        sideOffset={sideOffset}
        collisionPadding={16}
        className={cn(
          'z-50 rounded-2xl border border-brand-100 bg-white p-2 shadow-xl shadow-brand-900/10 focus:outline-none',
          className,
        )}
        {...props}
      />
    </Primitive.Portal>
  );
}
