'use client';

import { X } from 'lucide-react';
import { Dialog as Primitive } from 'radix-ui';
import type { ReactNode } from 'react';

import { cn } from './cn';

export const Dialog = Primitive.Root;
export const DialogTrigger = Primitive.Trigger;
export const DialogClose = Primitive.Close;

/**
 * A modal dialog (Radix): focus moves in and stays in (Tab cycles inside), the page behind is
 * inert and does not scroll, Escape or the close button closes it and focus returns to what
 * opened it. The title names it and the description describes it for screen readers.
 */
export function DialogContent({
  title,
  description,
  closeLabel,
  className,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  /** The close button's accessible name ("Close"). */
  closeLabel: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Primitive.Portal>
      <Primitive.Overlay className="fixed inset-0 z-50 bg-ink/40 backdrop-blur-sm" />
      <Primitive.Content
        {...(description ? {} : { 'aria-describedby': undefined })}
        className={cn(
          'fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-2xl border border-brand-100 bg-white p-6 shadow-xl shadow-brand-900/10',
          className,
        )}
      >
        <div className="flex items-start justify-between gap-4">
          <Primitive.Title className="text-lg font-bold text-ink">{title}</Primitive.Title>
          <Primitive.Close className="-m-1 rounded-lg p-1 text-slate-500 hover:bg-slate-100 hover:text-ink">
            <X aria-hidden="true" className="h-5 w-5" />
            <span className="sr-only">{closeLabel}</span>
          </Primitive.Close>
        </div>
        {description && (
          <Primitive.Description className="mt-2 text-sm text-slate-600">{description}</Primitive.Description>
        )}
        {children}
      </Primitive.Content>
    </Primitive.Portal>
  );
}
