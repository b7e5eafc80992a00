'use client';

import { useState } from 'react';

/**
 * The pages of a list read by cursor (keyset pagination: "the rows after this one", stable while
 * rows are added, unlike an offset): the cursors of the pages visited, the first page's being
 * null. Next pushes the cursor the server returned with the page; Previous pops; a new order or
 * filter starts again from the first page.
 */
export type KeysetTrail = readonly (string | null)[];

export const firstPage: KeysetTrail = [null];

export const keysetTrail = {
  cursor: (trail: KeysetTrail): string | null => trail.at(-1) ?? null,
  page: (trail: KeysetTrail): number => trail.length,
  next: (trail: KeysetTrail, cursor: string): KeysetTrail => [...trail, cursor],
  previous: (trail: KeysetTrail): KeysetTrail => (trail.length > 1 ? trail.slice(0, -1) : trail),
};

/** The trail as React state, for a list component: pass `cursor` to the query, `nextCursor` back. */
export function useKeysetPagination() {
  const [trail, setTrail] = useState<KeysetTrail>(firstPage);
  return {
    cursor: keysetTrail.cursor(trail),
    page: keysetTrail.page(trail),
    hasPrevious: trail.length > 1,
    next: (cursor: string) => setTrail((current) => keysetTrail.next(current, cursor)),
    previous: () => setTrail(keysetTrail.previous),
    reset: () => setTrail(firstPage),
  };
}
