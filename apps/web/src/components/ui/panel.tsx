import { type ComponentProps, type ReactNode, useId } from 'react';

import { cn } from './cn';

/** A white card on the page's tint: the box of every section. */
export function Card({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('rounded-2xl border border-brand-100 bg-white shadow-sm', className)} {...props} />;
}

/**
 * A titled section in a card: a landmark region named by its heading. `level` is the heading's
 * level in the page's outline.
 */
export function Panel({
  title,
  description,
  level = 2,
  titleClassName = 'text-lg',
  className,
  children,
  ...props
}: Omit<ComponentProps<'section'>, 'title'> & {
  title: ReactNode;
  description?: ReactNode;
  level?: 2 | 3;
  titleClassName?: string;
}) {
  const titleId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={titleId}
      className={cn('rounded-2xl border border-brand-100 bg-white p-5 shadow-sm', className)}
      {...props}
    >
      <Heading id={titleId} className={cn('font-bold', titleClassName)}>
        {title}
      </Heading>
      {description && <p className="text-sm text-slate-600">{description}</p>}
      {children}
    </section>
  );
}
