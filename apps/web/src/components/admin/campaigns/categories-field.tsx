'use client';

import { useTranslations } from 'next-intl';

import { Alert } from '~/components/ui/alert';
import { useCategoryName } from '~/lib/use-category-name';

/**
 * The store categories the campaign can be spent in: checkboxes, the event's own pre-checked; a
 * category outside the event's rule may be chosen, with a warning that says what it costs.
 */
export function CategoriesField({
  categories,
  selected,
  outside,
  onChange,
}: {
  categories: readonly string[];
  selected: string[];
  /** The chosen categories the event's rule does not allow. */
  outside: string[];
  onChange: (next: string[]) => void;
}) {
  const t = useTranslations('admin.campaigns.form.categories');
  const categoryName = useCategoryName();
  const toggle = (category: string, on: boolean) =>
    onChange(on ? [...selected, category] : selected.filter((candidate) => candidate !== category));
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-semibold text-slate-700">{t('legend')}</legend>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {categories.map((category) => (
          <label key={category} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={selected.includes(category)}
              onChange={(event) => toggle(category, event.target.checked)}
            />
            {categoryName(category)}
          </label>
        ))}
      </div>
      {selected.length === 0 && <p className="text-sm text-rose-700">{t('none')}</p>}
      {outside.length > 0 && (
        <Alert tone="warning" data-testid="categories-warning">
          {t('outside', { categories: outside.map(categoryName).join(', ') })}
        </Alert>
      )}
    </fieldset>
  );
}
