import { Skeleton } from '~/components/ui/skeleton';

/** A store page while it loads, announced once as `label`. */
export function StoreSkeleton({ label }: { label: string }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10" aria-busy="true">
      <p className="sr-only" role="status">
        {label}
      </p>
      <Skeleton className="h-4 w-40 rounded" />
      <div className="mt-6 flex items-center gap-5">
        <Skeleton className="h-24 w-24" />
        <div className="space-y-3">
          <Skeleton className="h-7 w-56 rounded" />
          <Skeleton className="h-4 w-32 rounded" />
        </div>
      </div>
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-64 rounded-2xl" />
        <Skeleton className="h-64 rounded-2xl" />
      </div>
    </div>
  );
}
