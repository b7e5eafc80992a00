import AxeBuilder from '@axe-core/playwright';
import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Everything the browser reports going wrong while a test runs: console errors (Chromium logs
 * every Content-Security-Policy violation there, and the init script below reports each
 * `securitypolicyviolation` event too), uncaught exceptions, requests that fail, and any 5xx
 * answer. A test passes only when this list is empty, so a policy that breaks a page, a
 * hydration error or a failing fetch fails the suite even when the assertions of the test hold.
 */
export class BrowserProblems {
  private readonly seen: string[] = [];
  private readonly allowed: RegExp[] = [];

  watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const source = message.location().url;
      this.seen.push(`console error on ${page.url()}: ${message.text()}${source ? ` (${source})` : ''}`);
    });
    page.on('pageerror', (error) => this.seen.push(`uncaught exception on ${page.url()}: ${error.message}`));
    page.on('requestfailed', (request) => {
      const failure = request.failure()?.errorText ?? 'failed';
      // A navigation cancels the requests of the page it leaves: not a problem of either page.
      if (failure === 'net::ERR_ABORTED') return;
      this.seen.push(`request failed: ${request.method()} ${request.url()} (${failure})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 500)
        this.seen.push(`${response.status()} answer: ${response.request().method()} ${response.url()}`);
    });
  }

  /** Problems found by another check (accessibility), reported with the browser's. */
  add(problems: string[]): void {
    this.seen.push(...problems);
  }

  /** Lets a test provoke a problem on purpose (a 404 page, a blocked script) without failing. */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.seen.filter((problem) => !this.allowed.some((pattern) => pattern.test(problem)));
  }
}

/** The WCAG levels the portal answers to (2.2 AA), as axe-core tags its rules. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The serious and critical axe-core violations of a page as it is now, one line each (rule, help,
 * the first elements at fault). Only HTML documents are checked (not a PDF or a JSON answer).
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  if (page.isClosed()) return [];
  const isHtml = await page.evaluate(() => document.contentType === 'text/html').catch(() => false);
  if (!isHtml || page.url() === 'about:blank') return [];
  // An open modal (Radix dialog or menu) hides the rest of the page with aria-hidden and traps the
  // focus inside itself (its focus guards are in the page): the links it hides cannot be reached,
  // which axe's aria-hidden-focus cannot see. Only that rule, and only while the trap holds.
  const focusTrapped = await page.evaluate(() => document.querySelector('[data-radix-focus-guard]') !== null);
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (focusTrapped) builder.disableRules(['aria-hidden-focus']);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `axe ${violation.impact} on ${page.url()}: ${violation.id} (${violation.help}) at ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

// Runs in every page before its own scripts, outside the page's CSP.
function reportPolicyViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'an inline resource'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

interface Fixtures {
  browserProblems: BrowserProblems;
  /**
   * Checks a page with axe-core now (a dialog open, a state reached): serious or critical
   * violations fail the test at its end. Every page still open when a test ends is checked too.
   */
  checkAccessibility: (page: Page) => Promise<void>;
  /** Another page in a context of its own (a second user), watched like `page`. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

/**
 * The `test` every spec imports: Playwright's, with each page it opens watched by
 * BrowserProblems, and every page still open at the end checked with axe-core (WCAG 2.2 AA:
 * any serious or critical violation fails the test).
 */
export const test = base.extend<Fixtures>({
  // Playwright reads the fixtures a fixture needs from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  browserProblems: async ({}, provide) => {
    const problems = new BrowserProblems();
    await provide(problems);
    base.expect(problems.unexpected(), 'problems reported by the browser').toEqual([]);
  },
  checkAccessibility: async ({ browserProblems }, provide) => {
    await provide(async (page) => browserProblems.add(await accessibilityProblems(page)));
  },
  context: async ({ context, browserProblems }, provide) => {
    await context.addInitScript(reportPolicyViolations);
    context.on('page', (page) => browserProblems.watch(page));
    await provide(context);
    for (const page of context.pages()) browserProblems.add(await accessibilityProblems(page));
  },
  newPage: async ({ browser, browserProblems }, provide) => {
    const pages: Page[] = [];
    await provide(async (options) => {
      const context = await browser.newContext(options);
      await context.addInitScript(reportPolicyViolations);
      const page = await context.newPage();
      browserProblems.watch(page);
      pages.push(page);
      return page;
    });
    for (const page of pages) {
      browserProblems.add(await accessibilityProblems(page));
      await page.context().close();
    }
  },
});
