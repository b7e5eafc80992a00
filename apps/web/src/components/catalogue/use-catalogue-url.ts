'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

import { catalogueQueryString, type CatalogueFilters, parseCatalogueFilters, withFilters } from '~/lib/catalogue-url';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * The catalogue's filters as the URL holds them, and the ways to change them: `go` for a filter
 * or a page (a step Back can undo), and the search box's text, sent to the URL once typing pauses.
 */
export function useCatalogueUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = parseCatalogueFilters(searchParams);

  // A filter or a page is a step Back can undo (push); refining the search text replaces it.
  const go = (next: CatalogueFilters, how: 'push' | 'replace' = 'push') => {
    const url = `${pathname}${catalogueQueryString(next)}`;
    if (how === 'push') router.push(url, { scroll: false });
    else router.replace(url, { scroll: false });
  };

  // The search box follows the URL when it changes from outside (Back, a shared link), but not
  // when the URL only caught up with what is being typed.
  const [search, setSearch] = useState(filters.q);
  const [seenQ, setSeenQ] = useState(filters.q);
  const [sentQ, setSentQ] = useState<string | null>(null);
  if (filters.q !== seenQ) {
    setSeenQ(filters.q);
    if (filters.q === sentQ) setSentQ(null);
    else setSearch(filters.q);
  }
  useEffect(() => {
    const current = parseCatalogueFilters(searchParams);
    const wanted = search.trim();
    if (wanted === current.q.trim()) return;
    const timer = setTimeout(() => {
      setSentQ(wanted);
      const url = `${pathname}${catalogueQueryString(withFilters(current, { q: wanted }))}`;
      // The first letters start a new history entry; further typing refines it.
      if (current.q === '') router.push(url, { scroll: false });
      else router.replace(url, { scroll: false });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, searchParams, pathname, router]);

  return { filters, go, search, setSearch };
}
