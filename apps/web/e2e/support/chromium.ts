import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

// Said by `npm test` and the Playwright config when no Chromium is found; the README says the same.
export const CHROMIUM_INSTALL_HINT =
  'Install Chromium — Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium — or set CHROMIUM_PATH to a Chromium executable.';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export type ChromiumLookup = { executablePath: string } | { problem: string };

/**
 * The Chromium the end-to-end tests run in: CHROMIUM_PATH when set, else the distribution's
 * (Playwright cannot download browsers on every machine), else Playwright's own.
 */
export function findChromium(
  options: { configured?: string; systemPaths?: readonly string[]; playwrightPath?: string } = {},
): ChromiumLookup {
  if (options.configured) {
    return existsSync(options.configured)
      ? { executablePath: options.configured }
      : { problem: `CHROMIUM_PATH is ${options.configured}, which does not exist. ${CHROMIUM_INSTALL_HINT}` };
  }
  const candidates = [...(options.systemPaths ?? SYSTEM_CHROMIUM), options.playwrightPath ?? chromium.executablePath()];
  const found = candidates.find((candidate) => existsSync(candidate));
  return found
    ? { executablePath: found }
    : { problem: `The end-to-end tests need Chromium, and none was found. ${CHROMIUM_INSTALL_HINT}` };
}
