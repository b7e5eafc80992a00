// Runs the data-folder check on the folder named by the first argument and prints its verdict.
// Started as root, it first becomes the unprivileged user "nobody" (root may write anywhere), once
// every module is loaded.
import { ensureWritableDataFolder } from '../../scripts/lib/data-folder';

const NOBODY = 65534;
if (process.getuid?.() === 0 && process.setgid && process.setuid) {
  process.setgid(NOBODY);
  process.setuid(NOBODY);
}
try {
  ensureWritableDataFolder(process.argv[2]!);
  console.log('writable');
} catch (error) {
  console.log((error as Error).message);
  process.exitCode = 1;
}
