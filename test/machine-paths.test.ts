import { describe, expect, it } from 'vitest';

import { trackedTextFiles } from './support/tracked-files';

// A path of one particular machine (a home folder, this team's workspace) means nothing in
// another clone: links break, instructions mislead. System paths (/usr/bin/chromium) and the
// images' own folders (/app, /repo) are fine.
const machineFolders = ['home', 'root', 'Users', 'work'];
const machinePath = new RegExp(`(?<![\\w.~-])/(?:${machineFolders.join('|')})/[\\w.-]`);
const windowsHome = /\b[A-Za-z]:\\Users\\/;

describe('tracked files', () => {
  const files = trackedTextFiles();

  it('are listed (git is there)', () => {
    expect(files.size).toBeGreaterThan(100);
  });

  it('hold no absolute path of a particular machine', () => {
    const found: string[] = [];
    for (const [file, text] of files) {
      text.split('\n').forEach((line, index) => {
        if (machinePath.test(line) || windowsHome.test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('would catch one', () => {
    // Built from parts, so that this file does not hold one itself.
    const at = (folder: string, rest: string) => `/${folder}/${rest}`;
    for (const line of [
      `see ${at('work', 'shared/contract.md')}`,
      `cwd: '${at('home', 'ana/portal')}'`,
      'C:\\Users\\ana\\portal',
      `(${at('root', '.cache/x')})`,
    ])
      expect(machinePath.test(line) || windowsHome.test(line), line).toBe(true);
    for (const line of [
      '/usr/bin/chromium',
      'WORKDIR /app',
      'COPY --from=build /repo/apps/web',
      'apps/web/src/home/page.tsx',
    ])
      expect(machinePath.test(line) || windowsHome.test(line), line).toBe(false);
  });
});
