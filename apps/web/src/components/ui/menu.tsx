'use client';

import { DropdownMenu as Primitive } from 'radix-ui';
import type { ComponentProps } from 'react';

import { cn } from './cn';

export const Menu = Primitive.Root;
export const MenuTrigger = Primitive.Trigger;

/**
 * A menu that opens from a button (Radix): arrow keys move between items, typing a letter jumps
 * to an item, Escape closes it and focus goes back to the button.
 */
export function MenuContent({
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

/** An item of a menu; the highlighted one (pointer or keyboard) is tinted and outlined. */
export function MenuItem({ className, ...props }: ComponentProps<typeof Primitive.Item>) {
  return (
    <Primitive.Item
      className={cn(
        'flex w-full cursor-pointer items-center gap-2 rounded-xl px-3 py-2 text-left text-sm font-semibold outline-none data-[highlighted]:bg-brand-50 data-[highlighted]:ring-2 data-[highlighted]:ring-brand-500',
        className,
      )}
      {...props}
    />
  );
}

export const MenuLabel = Primitive.Label;

export function MenuSeparator({ className, ...props }: ComponentProps<typeof Primitive.Separator>) {
  return <Primitive.Separator className={cn('my-1 h-px bg-brand-100', className)} {...props} />;
}
