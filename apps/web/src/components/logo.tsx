/**
 * `compact`: the mark alone below the `sm` breakpoint, where a header has little room; the name
 * stays for assistive technology, so a link around the logo is named by what it shows.
 */
export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="flex items-center gap-2 text-lg font-bold tracking-tight text-brand-900">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8">
        <rect width="32" height="32" rx="9" fill="var(--color-brand-600)" />
        <path d="M9 13h14v11a2 2 0 0 1-2 2H11a2 2 0 0 1-2-2V13Z" fill="#fff" />
        <rect x="7" y="9" width="18" height="5" rx="1.5" fill="var(--color-accent-400)" />
        <path d="M16 9v17" stroke="var(--color-brand-600)" strokeWidth="2.5" />
      </svg>
      <span className={compact ? 'sr-only sm:not-sr-only' : undefined}>
        Jackpot <span className="font-medium text-brand-600">Rewards</span>
      </span>
    </span>
  );
}
