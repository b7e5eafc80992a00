'use client';

import type { ComponentProps } from 'react';

import { Popover, PopoverContent, PopoverTrigger } from '~/components/ui/popover';
import { WalletList } from '~/components/wallets/wallet-list';

/** The balance chip's popover: the chip itself as its trigger, and the wallets (loaded on first use). */
export function WalletMenu({
  open,
  onOpenChange,
  trigger,
  label,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ComponentProps<typeof PopoverTrigger>;
  label: string;
}) {
  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      <PopoverTrigger {...trigger} />
      <PopoverContent aria-label={label} className="w-[min(22rem,calc(100vw-2rem))] p-3">
        {open && <WalletList onNavigate={() => onOpenChange(false)} />}
      </PopoverContent>
    </Popover>
  );
}
