import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

// An empty variable means unset, as in a .env file with `NAME=`.
const optional = <T extends z.ZodType>(type: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), type.optional());

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  // The end-to-end tests' web port (apps/web/playwright.config.ts); npm test's other stacks sit beside it.
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  DATABASE_URL: optional(z.string()),
  JACKPOT_API_URL: optional(z.url()),
  AUTH_SECRET: optional(z.string().min(16)),
  JACKPOT_API_KEY: optional(z.string()),
  JACKPOT_API_SIGNATURE: optional(z.string()),
  JACKPOT_CLIENT_SECRET: optional(z.string()),
  JACKPOT_WEBHOOK_SECRET: optional(z.string()),
  SANDBOX_CONTROL_TOKEN: optional(z.string()),
  DEMO_ACCESS_TOKEN: optional(z.string().min(24)),
  CHROMIUM_PATH: optional(z.string()),
  CI: optional(z.string()),
});

export type ScriptEnv = z.infer<typeof schema>;

export function readScriptEnv(): ScriptEnv {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export interface LocalSecrets {
  AUTH_SECRET: string;
  JACKPOT_API_KEY: string;
  JACKPOT_API_SIGNATURE: string;
  JACKPOT_CLIENT_SECRET: string;
  JACKPOT_WEBHOOK_SECRET: string;
  SANDBOX_CONTROL_TOKEN: string;
}

/**
 * Secrets for the local demo: taken from the environment when set, otherwise generated once
 * and kept in the data folder (git-ignored), so restarts keep sessions and webhook URLs valid.
 */
export function localSecrets(dataDir: string, env: ScriptEnv): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  const stored: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const token = (bytes: number) => randomBytes(bytes).toString('base64url');
  const generated: LocalSecrets = {
    AUTH_SECRET: stored.AUTH_SECRET ?? token(32),
    JACKPOT_API_KEY: stored.JACKPOT_API_KEY ?? `demo-${token(9)}`,
    JACKPOT_API_SIGNATURE: stored.JACKPOT_API_SIGNATURE ?? token(32),
    JACKPOT_CLIENT_SECRET: stored.JACKPOT_CLIENT_SECRET ?? token(24),
    JACKPOT_WEBHOOK_SECRET: stored.JACKPOT_WEBHOOK_SECRET ?? token(24),
    SANDBOX_CONTROL_TOKEN: stored.SANDBOX_CONTROL_TOKEN ?? token(18),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  return {
    AUTH_SECRET: env.AUTH_SECRET ?? generated.AUTH_SECRET,
    JACKPOT_API_KEY: env.JACKPOT_API_KEY ?? generated.JACKPOT_API_KEY,
    JACKPOT_API_SIGNATURE: env.JACKPOT_API_SIGNATURE ?? generated.JACKPOT_API_SIGNATURE,
    JACKPOT_CLIENT_SECRET: env.JACKPOT_CLIENT_SECRET ?? generated.JACKPOT_CLIENT_SECRET,
    JACKPOT_WEBHOOK_SECRET: env.JACKPOT_WEBHOOK_SECRET ?? generated.JACKPOT_WEBHOOK_SECRET,
    SANDBOX_CONTROL_TOKEN: env.SANDBOX_CONTROL_TOKEN ?? generated.SANDBOX_CONTROL_TOKEN,
  };
}

/**
 * The key of the demo's access link: new at every start (unlike the secrets above), so a link
 * seen once — in a screen share, a shell history — stops working at the next start.
 */
export function demoAccessToken(env: ScriptEnv): string {
  return env.DEMO_ACCESS_TOKEN ?? randomBytes(24).toString('base64url');
}

/** Where a program is on PATH (the pinned pnpm is there under every task), or undefined. */
export function findOnPath(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    if (folder && existsSync(path.join(folder, name))) return path.join(folder, name);
  }
  return undefined;
}

/** This process's environment plus overrides, for the servers the scripts start. */
export function childEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
  return merged;
}
