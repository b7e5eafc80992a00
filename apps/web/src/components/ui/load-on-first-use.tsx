'use client';

import { type ComponentProps, type ReactNode, Suspense, useState } from 'react';

/**
 * A popover's or menu's button whose code (Radix, the panel) loads on first use, so that a page's
 * first load carries only the button. Until the first press it is a plain `<button>` that looks and
 * reads like the closed trigger (`trigger`: its class and content, as the real one gets them);
 * the press calls `onPress` (the caller opens its popover) and renders `children` — the real
 * component, lazy — in its place, with the plain button showing while the code arrives. Pointing
 * at or focusing the button starts loading already.
 */
export function LoadOnFirstUse({
  trigger,
  popup,
  preload,
  onPress,
  children,
}: {
  trigger: Omit<ComponentProps<'button'>, 'onClick' | 'type'> & { 'data-testid'?: string };
  /** What the button opens, as Radix's trigger says it (`aria-haspopup`). */
  popup: 'dialog' | 'menu';
  /** Starts loading the real component's code (its module's `import()`). */
  preload: () => Promise<unknown>;
  onPress: () => void;
  children: ReactNode;
}) {
  const [used, setUsed] = useState(false);
  const startLoading = () => void preload();
  const plain = (
    <button
      type="button"
      aria-haspopup={popup}
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={startLoading}
      onFocus={startLoading}
      onClick={() => {
        setUsed(true);
        onPress();
      }}
      {...trigger}
    />
  );
  return used ? <Suspense fallback={plain}>{children}</Suspense> : plain;
}
