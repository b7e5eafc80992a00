import path from 'node:path';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The lint rule of tooling/eslint/index.js that keeps pages and components off the database,
// run through ESLint's Node API on snippets placed where they would live.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

// The first lint loads the whole configuration and its plugins: seconds on a busy machine, so it
// happens here, with room, and not inside the first test's 5 s.
beforeAll(() => eslint.calculateConfigForFile('apps/web/src/app/page.tsx'), 60_000);

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const database =
  "import { availableBalanceCents } from '@jackpot-portal/db';\nexport const read = availableBalanceCents;\n";
const seed = "import { demoAccounts } from '@jackpot-portal/db/seed';\nexport const accounts = demoAccounts;\n";
const client = "import { db } from '~/server/db';\nexport const client = db;\n";
const procedures = "import { fetchQuery, trpc } from '~/trpc/server';\nexport const read = [fetchQuery, trpc];\n";

describe('lint: pages and components read data through tRPC', () => {
  it.each([
    ['a page', 'apps/web/src/app/(portal)/account/page.tsx'],
    ['a layout', 'apps/web/src/app/(portal)/layout.tsx'],
    ['a component', 'apps/web/src/components/shell/balance-chip.tsx'],
  ])('refuses the database package, its subpaths and the process client in %s', async (_, filePath) => {
    for (const code of [database, seed, client]) {
      expect(await restrictedImports(code, filePath), code).toEqual([
        expect.stringContaining('through a tRPC procedure'),
      ]);
    }
    expect(await restrictedImports(procedures, filePath)).toEqual([]);
  });

  it('lets a route handler use the process client, not database queries', async () => {
    const route = 'apps/web/src/app/api/health/route.ts';
    expect(await restrictedImports(client, route)).toEqual([]);
    expect(await restrictedImports(database, route)).toEqual([expect.stringContaining('service')]);
  });

  it('leaves the server modules of the web app alone', async () => {
    expect(await restrictedImports(database, 'apps/web/src/server/db.ts')).toEqual([]);
  });
});
