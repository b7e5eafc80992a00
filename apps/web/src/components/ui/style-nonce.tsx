'use client';

import { setNonce } from 'get-nonce';

// Radix's modal dialogs and menus lock the page's scroll with react-remove-scroll, which adds a
// <style> element. The Content-Security-Policy (src/proxy.ts) runs only styles that carry this
// page's nonce, which Next.js puts on its own scripts: give the same one to react-remove-scroll
// (through get-nonce, which it reads). A script's nonce stays readable from script, not from CSS.
if (typeof document !== 'undefined') {
  const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
  if (nonce) setNonce(nonce);
}

/** Rendered once in the root layout, so that the module above runs in every page. */
export function StyleNonce() {
  return null;
}
