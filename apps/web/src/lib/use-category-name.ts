'use client';

import { useTranslations } from 'next-intl';

import { categoryKey } from './category-key';

/** A category's name in the user's language (the mapping in the messages), or as Jackpot wrote it. */
export function useCategoryName(): (category: string) => string {
  const t = useTranslations('categories');
  return (category) => {
    const key = categoryKey(category);
    return t.has(key) ? t(key) : category;
  };
}
