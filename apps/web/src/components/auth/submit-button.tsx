'use client';

import { LoaderCircle } from 'lucide-react';
import type { ComponentProps } from 'react';
import { useFormStatus } from 'react-dom';

/** A form's submit button that shows it is working and cannot be pressed twice. */
export function SubmitButton({ children, className, ...props }: ComponentProps<'button'>) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      className={`inline-flex items-center justify-center gap-2 disabled:cursor-wait disabled:opacity-70 ${className ?? ''}`}
      {...props}
    >
      {children}
      {pending && <LoaderCircle aria-hidden="true" className="h-4 w-4 animate-spin" />}
    </button>
  );
}
