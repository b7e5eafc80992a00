import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { repoRoot } from './env';
import { PlainError } from './steps';

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Makes sure the data folder (.data/: the database, local secrets, logs) can be written, before
 * anything else is done, so that a clone owned by another user or on a read-only disk gets one
 * plain sentence instead of a stack trace halfway through start-up.
 */
export function ensureWritableDataFolder(folder: string): void {
  const probe = path.join(folder, `.write-check-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!NOT_WRITABLE.has(code)) throw error;
    const shown = path.relative(repoRoot, folder).startsWith('..') ? folder : path.relative(repoRoot, folder);
    throw new PlainError(
      `Cannot write to ${shown}/ (${code === 'EROFS' ? 'read-only file system' : 'permission denied'}): ` +
        'the database, the local secrets and the logs live there.\n' +
        `  Give your user write access to it (e.g. sudo chown -R "$(id -un)" ${shown}), or work in a clone you own.`,
    );
  }
}
