import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** The text of every file git tracks (binary files left out), by path relative to the root. */
export function trackedTextFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const listing = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: repoRoot, encoding: 'utf8' });
  for (const file of listing.split('\0').filter(Boolean)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(repoRoot, file));
    } catch {
      continue; // Deleted in the working tree, not yet committed.
    }
    if (!bytes.includes(0)) files.set(file, bytes.toString('utf8'));
  }
  return files;
}
