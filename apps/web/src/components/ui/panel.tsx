import { Slot } from 'radix-ui';
import { type ComponentProps, type ReactNode, useId } from 'react';

import { cn } from './cn';

/** A white card on the page's tint; with `asChild`, its only child (a form, a list) is the card. */
export function Card({ className, asChild = false, ...props }: ComponentProps<'div'> & { asChild?: boolean }) {
  const Root = asChild ? Slot.Root : 'div';
  return <Root className={cn('rounded-2xl border border-brand-100 bg-white shadow-sm', className)} {...props} />;
}

/** A titled section in a card: a landmark region named by its heading (an h2). */
export function Panel({
  title,
  description,
  titleClassName = 'text-lg',
  className,
  children,
  ...props
}: Omit<ComponentProps<'section'>, 'title'> & {
  title: ReactNode;
  description?: ReactNode;
  titleClassName?: string;
}) {
  const titleId = useId();
  return (
    <Card asChild className={cn('p-5', className)}>
      <section aria-labelledby={titleId} {...props}>
        <h2 id={titleId} className={cn('font-bold', titleClassName)}>
          {title}
        </h2>
        {description && <p className="text-sm text-slate-600">{description}</p>}
        {children}
      </section>
    </Card>
  );
}
