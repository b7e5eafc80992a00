import { test as base, type Page } from '@playwright/test';

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

  /** Lets a test provoke a problem on purpose (a 404 page, a blocked script) without failing. */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.seen.filter((problem) => !this.allowed.some((pattern) => pattern.test(problem)));
  }
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
  /** Another page in a context of its own (a second user), watched like `page`. */
  newPage: () => Promise<Page>;
}

/**
 * The `test` every spec imports: Playwright's, with each page it opens watched by
 * BrowserProblems. Further checks of every page (e.g. accessibility) belong here as fixtures.
 */
export const test = base.extend<Fixtures>({
  // Playwright reads the fixtures a fixture needs from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  browserProblems: async ({}, provide) => {
    const problems = new BrowserProblems();
    await provide(problems);
    base.expect(problems.unexpected(), 'problems reported by the browser').toEqual([]);
  },
  context: async ({ context, browserProblems }, provide) => {
    await context.addInitScript(reportPolicyViolations);
    context.on('page', (page) => browserProblems.watch(page));
    await provide(context);
  },
  newPage: async ({ browser, browserProblems }, provide) => {
    const pages: Page[] = [];
    await provide(async () => {
      const context = await browser.newContext();
      await context.addInitScript(reportPolicyViolations);
      const page = await context.newPage();
      browserProblems.watch(page);
      pages.push(page);
      return page;
    });
    for (const page of pages) await page.context().close();
  },
});
