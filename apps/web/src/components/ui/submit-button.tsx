'use client';

import { LoaderCircle } from 'lucide-react';
import { useFormStatus } from 'react-dom';

import { Button, type ButtonProps } from './button';

/** A form's submit button that shows it is working and cannot be pressed twice. */
export function SubmitButton({ children, className, ...props }: Omit<ButtonProps, 'type' | 'asChild'>) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      disabled={pending}
      aria-busy={pending}
      className={`disabled:cursor-wait ${className ?? ''}`}
      {...props}
    >
      {children}
      {pending && <LoaderCircle aria-hidden="true" className="h-4 w-4 animate-spin" />}
    </Button>
  );
}
