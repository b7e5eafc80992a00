'use client';

import type { ComponentProps, ReactNode, RefObject } from 'react';

import { Popover, PopoverAnchor, PopoverContent, PopoverTrigger } from '~/components/ui/popover';

/**
 * The header's menu below `lg` (loaded on first use): the menu button as its trigger, and a panel
 * under the whole header row (`anchor`), as wide as it.
 */
export function PhoneMenu({
  open,
  onOpenChange,
  trigger,
  anchor,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ComponentProps<typeof PopoverTrigger>;
  anchor: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverAnchor virtualRef={anchor as RefObject<HTMLElement>} />
      <PopoverTrigger {...trigger} />
      <PopoverContent
        side="bottom"
        align="start"
        sideOffset={1}
        collisionPadding={0}
        // Focus goes to the first link (Radix would skip links and pick the language switcher).
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          (event.currentTarget as HTMLElement).querySelector('a')?.focus();
        }}
        className="w-[var(--radix-popover-trigger-width)] rounded-none border-x-0 border-t-0 p-0 shadow-lg lg:hidden"
      >
        {children}
      </PopoverContent>
    </Popover>
  );
}
