import { ChevronLeft, ChevronRight } from 'lucide-react';

import { Button } from './button';

/**
 * Previous and next page buttons with the position between them, in a navigation landmark. Works
 * for numbered pages and for keyset pagination (useKeysetPagination) alike.
 */
export function Pagination({
  label,
  status,
  previousLabel,
  nextLabel,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
}: {
  label: string;
  status: string;
  previousLabel: string;
  nextLabel: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <nav aria-label={label} className="mt-8 flex items-center justify-center gap-3">
      <Button variant="secondary" size="sm" disabled={!hasPrevious} onClick={onPrevious} className="py-2">
        <ChevronLeft aria-hidden="true" className="h-4 w-4" />
        {previousLabel}
      </Button>
      <span className="text-sm text-slate-600">{status}</span>
      <Button variant="secondary" size="sm" disabled={!hasNext} onClick={onNext} className="py-2">
        {nextLabel}
        <ChevronRight aria-hidden="true" className="h-4 w-4" />
      </Button>
    </nav>
  );
}
