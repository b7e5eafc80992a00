import type { AbstractIntlMessages } from 'next-intl';

// The messages sent to the browser: only the namespaces client components use (useTranslations in
// a component that renders on the client), not the whole file, which every page would otherwise
// carry in its payload. A namespace is a top-level key or a dotted path below one.
// client-messages.test.ts checks that every useTranslations of src/ is covered by these lists.

/** For every page. */
export const clientNamespaces = [
  'budget',
  'catalogue',
  'categories',
  'errorPage',
  'errors',
  'nav',
  'notifications',
  'purchase',
  'shell.account.children',
  'shell.balance',
  'shell.user',
  'status',
  'store',
  'storeTerms',
  'ui',
  'vouchers',
  'wallet',
  'wallets',
] as const;

/** For the admin area's pages (its layout adds them), on top of the above. */
export const adminClientNamespaces = [...clientNamespaces, 'admin'] as const;

/** The messages under a namespace, or undefined when there are none. */
export function messagesAt(
  messages: AbstractIntlMessages,
  namespace: string,
): AbstractIntlMessages[string] | undefined {
  let found: AbstractIntlMessages[string] | undefined = messages;
  for (const key of namespace.split('.')) found = typeof found === 'object' ? found[key] : undefined;
  return found;
}

/** The part of `messages` under the given namespaces, with their paths kept. */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of namespaces) {
    const found = messagesAt(messages, namespace);
    if (found === undefined) continue;
    const keys = namespace.split('.');
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as AbstractIntlMessages;
    target[keys.at(-1)!] = found;
  }
  return picked;
}
