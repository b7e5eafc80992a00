import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { adminClientNamespaces, clientNamespaces, messagesAt, pickMessages } from './client-messages';

const src = path.resolve(import.meta.dirname, '..');
// Where the admin layout's provider (with adminClientNamespaces) is above every component.
const adminArea = [
  path.join(src, 'components', 'admin') + path.sep,
  path.join(src, 'app', '(portal)', 'admin') + path.sep,
];

/** Every useTranslations(…) call of src/: the hook runs on the client, or may (a component without
 *  'use client' imported by one is a client component too). */
function hookCalls(): Array<{ file: string; namespace: string | null }> {
  const calls: Array<{ file: string; namespace: string | null }> = [];
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.includes('.test.')) continue;
    const file = path.join(entry.parentPath, entry.name);
    for (const match of readFileSync(file, 'utf8').matchAll(/\buseTranslations\(([^)]*)\)/g)) {
      const literal = /^\s*'([^']+)'\s*$/.exec(match[1]!);
      calls.push({ file: path.relative(src, file), namespace: literal ? literal[1]! : null });
    }
  }
  return calls;
}

const covers = (listed: readonly string[], namespace: string) =>
  listed.some((entry) => namespace === entry || namespace.startsWith(`${entry}.`));

describe('the messages sent to client components', () => {
  const calls = hookCalls();

  it('finds the hook calls', () => {
    expect(calls.length).toBeGreaterThan(50);
  });

  it('covers the namespace of every useTranslations', () => {
    const missing = calls.filter(({ file, namespace }) => {
      const listed = adminArea.some((dir) => path.join(src, file).startsWith(dir))
        ? adminClientNamespaces
        : clientNamespaces;
      return namespace === null || !covers(listed, namespace);
    });
    // A literal namespace each (useTranslations() would need every message), and each one listed
    // in client-messages.ts.
    expect(missing).toEqual([]);
  });

  it('lists only namespaces that exist, are used, and do not overlap', () => {
    const used = calls.map((call) => call.namespace ?? '');
    for (const namespace of adminClientNamespaces) {
      for (const messages of [fr, en]) expect(typeof messagesAt(messages, namespace), namespace).toBe('object');
      expect(
        used.some((name) => covers([namespace], name)),
        `${namespace} is used`,
      ).toBe(true);
      expect(
        adminClientNamespaces.filter((other) => covers([other], namespace)),
        namespace,
      ).toEqual([namespace]);
    }
  });

  it('picks namespaces with their paths', () => {
    const messages = { a: { b: { c: 'x' }, d: 'y' }, e: 'z' };
    expect(pickMessages(messages, ['a.b', 'e'])).toEqual({ a: { b: { c: 'x' } }, e: 'z' });
    expect(pickMessages(messages, ['a.missing'])).toEqual({});
  });
});
