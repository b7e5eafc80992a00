import { Skeleton } from '~/components/ui/skeleton';

/** The store grid while it loads: cards of the same size as the real ones. */
export function StoreGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <ul aria-hidden="true" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
      {Array.from({ length: count }, (_, index) => (
        <li key={index} className="h-[136px] rounded-2xl border border-brand-100 bg-white p-4">
          <div className="flex gap-3">
            <Skeleton className="h-14 w-14" />
            <div className="flex-1 space-y-2 pt-1">
              <Skeleton className="h-4 w-2/3 rounded" />
              <Skeleton className="h-3 w-1/2 rounded" />
            </div>
          </div>
          <Skeleton className="mt-6 h-4 w-1/3 rounded" />
        </li>
      ))}
    </ul>
  );
}
