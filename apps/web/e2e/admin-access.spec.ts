import { readdirSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from './support/fixtures';
import { signIn } from './support/sign-in';

// Generated from the file system: every page under /admin, as anonymous (sent to sign in) and as
// an employee (not found), so that a new admin page cannot be forgotten.
const adminDir = path.join(import.meta.dirname, '..', 'src', 'app', '(portal)', 'admin');
const SOME_ID = '00000000-0000-4000-8000-000000000000';

function adminPages(dir: string, route: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'page.tsx' ? [route] : [];
    const segment = /^\[.+\]$/.test(entry.name) ? SOME_ID : entry.name;
    return /^\(.+\)$/.test(entry.name)
      ? adminPages(path.join(dir, entry.name), route)
      : adminPages(path.join(dir, entry.name), `${route}/${segment}`);
  });
}

const pages = adminPages(adminDir, '/admin');

// And every route handler under /api/admin (the CSV exports): a GET is refused (404) to both.
const adminApiDir = path.join(import.meta.dirname, '..', 'src', 'app', 'api', 'admin');

function adminRoutes(dir: string, route: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'route.ts' ? [route] : [];
    const segment = /^\[.+\]$/.test(entry.name) ? SOME_ID : entry.name;
    return adminRoutes(path.join(dir, entry.name), `${route}/${segment}`);
  });
}

const routes = adminRoutes(adminApiDir, '/api/admin');

test(
  'every admin page and admin route handler refuses anonymous callers and employees',
  { tag: '@security' },
  async ({ page, browserProblems }) => {
    expect(pages).toContain('/admin');
    browserProblems.allow(/status of 404/);
    for (const route of pages) {
      await page.goto(route);
      await expect(page, `${route} as anonymous`).toHaveURL(/\/signin\?callbackUrl=/);
    }
    expect(routes).toContain('/api/admin/exports/vouchers');
    for (const route of routes) {
      const response = await page.request.get(route);
      expect(response.status(), `${route} as anonymous`).toBe(404);
    }
    await signIn(page, 'sam.taylor@acme.example', { callbackUrl: '/vouchers' });
    for (const route of pages) {
      const response = await page.goto(route);
      expect(response?.status(), `${route} as an employee`).toBe(404);
    }
    for (const route of routes) {
      const response = await page.request.get(route);
      expect(response.status(), `${route} as an employee`).toBe(404);
      expect(await response.text()).not.toContain(';');
    }
  },
);
