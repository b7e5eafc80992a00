import Image from 'next/image';

import clsx from 'clsx';

import { readableTextOn } from '~/lib/readable-text-color';

const sizes = { sm: 48, md: 56, lg: 96 } as const;

/**
 * A store's logo (SVG served by Jackpot at an absolute URL), on the brand colour while it loads,
 * or the store's initials when it has none (white or ink, whichever reads on the colour). `alt=""` when the store's name is written beside it.
 */
export function StoreLogo({
  name,
  src,
  color,
  size = 'md',
  alt,
}: {
  name: string;
  src: string | null;
  color: string | null;
  size?: keyof typeof sizes;
  alt: string;
}) {
  const pixels = sizes[size];
  return (
    <span
      className={clsx(
        'flex shrink-0 items-center justify-center overflow-hidden rounded-xl font-extrabold shadow-sm ring-1 ring-black/5',
        size === 'lg' ? 'text-2xl' : 'text-base',
      )}
      style={{
        width: pixels,
        height: pixels,
        background: color ?? 'var(--color-brand-600)',
        color: color ? readableTextOn(color) : '#ffffff',
      }}
    >
      {src ? (
        // Logos are small SVGs from Jackpot: served as they are, no optimiser or remote image configuration.
        <Image src={src} alt={alt} width={pixels} height={pixels} unoptimized className="h-full w-full object-cover" />
      ) : (
        <span {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}>
          {name.slice(0, 2).toUpperCase()}
        </span>
      )}
    </span>
  );
}
