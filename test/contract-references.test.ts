import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import * as jackpotCore from '@jackpot-portal/jackpot-core';
import { describe, expect, it } from 'vitest';

import { repoRoot, trackedTextFiles } from './support/tracked-files';

// "§N" anywhere in the repository is a section of docs/jackpot-contract.md, the Jackpot contract
// this project implements; every [decision] in it names, after an arrow, where the code holds it.
const CONTRACT = 'docs/jackpot-contract.md';
const contract = readFileSync(path.join(repoRoot, CONTRACT), 'utf8');
const sections = new Set([...contract.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((match) => match[1]));
// Other documents' sections, e.g. "RFC 9110 §10.2.3", are not the contract's.
const sectionReference = /(?<!RFC \d+ )§(\d+(?:\.\d+)?)/g;

describe(CONTRACT, () => {
  const files = trackedTextFiles();
  const referring = [...files].filter(([file, text]) => file !== CONTRACT && sectionReference.test(text));
  sectionReference.lastIndex = 0;

  it('has the numbered sections the repository refers to', () => {
    expect([...sections]).toEqual(['1', '2', '2.1', '2.2', '3', '4', '5', '6', '7', '8', '9']);
    expect(referring.length).toBeGreaterThan(40);
    const dangling = referring.flatMap(([file, text]) =>
      [...text.matchAll(sectionReference)]
        .filter((match) => !sections.has(match[1]))
        .map((match) => `${file}: ${match[0]}`),
    );
    expect(dangling).toEqual([]);
  });

  it('is named by every file that refers to its sections, by a path that resolves', () => {
    const unnamed = referring.filter(([, text]) => !text.includes('jackpot-contract.md')).map(([file]) => file);
    expect(unnamed).toEqual([]);
    const broken = referring.flatMap(([file, text]) => {
      const links = file.endsWith('.md')
        ? [...text.matchAll(/\]\(([^)#\s]*jackpot-contract\.md)[^)]*\)/g)].map((match) =>
            path.join(path.dirname(file), match[1]!),
          )
        : [...text.matchAll(/(?<![\w/.-])(docs\/jackpot-contract\.md)/g)].map((match) => match[1]!);
      return links.length === 0
        ? [`${file}: no link`]
        : links.filter((link) => path.normalize(link) !== CONTRACT).map((link) => `${file}: ${link}`);
    });
    expect(broken).toEqual([]);
  });

  // After "→": `name` or `name` (`file`), several joined by ", ", " / ", " or ", ", applied by ".
  const item = '`[^`]+`(?: \\(`[^`]+`\\))?';
  const holders = [
    ...contract.replace(/\s+/g, ' ').matchAll(new RegExp(`→ (${item}(?:(?:, | / | or |, applied by )${item})*)`, 'g')),
  ].flatMap((match) => [...match[1]!.matchAll(/`([^`]+)`/g)].map((name) => name[1]!));

  it('names, for each decision, an export of jackpot-core or a file that exists', () => {
    expect(holders.length).toBeGreaterThan(50);
    const missing = holders.filter((holder) => {
      if (holder.includes('/') || holder.endsWith('.ts')) {
        const base = /^(apps|packages)\//.test(holder) ? repoRoot : path.join(repoRoot, 'packages/jackpot-core/src');
        return !existsSync(path.join(base, holder));
      }
      return !(holder.replace(/\(\)$/, '') in jackpotCore);
    });
    expect(missing).toEqual([]);
  });

  it('names every value of decisions.ts', () => {
    const decisions = readFileSync(path.join(repoRoot, 'packages/jackpot-core/src/contract/decisions.ts'), 'utf8');
    const values = [...decisions.matchAll(/^export const (\w+)/gm)].map((match) => match[1]!);
    expect(values.length).toBeGreaterThan(20);
    expect(values.filter((value) => !holders.includes(value))).toEqual([]);
  });
});
