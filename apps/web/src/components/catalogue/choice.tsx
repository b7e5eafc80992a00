import clsx from 'clsx';
import type { ReactNode } from 'react';

/** A radio button drawn as a pill: one of a few offers or amounts. */
export function Choice({
  name,
  checked,
  onChange,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
}) {
  return (
    <label
      className={clsx(
        'cursor-pointer rounded-xl border px-3.5 py-2 text-sm font-semibold transition has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500',
        checked
          ? 'border-brand-600 bg-brand-600 text-white shadow-sm'
          : 'border-brand-100 bg-white text-ink hover:border-brand-200',
      )}
    >
      <input type="radio" name={name} className="sr-only" checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}
