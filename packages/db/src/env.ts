import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .refine((url) => /^postgres(ql)?:\/\//.test(url), 'must be a postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(5433),
  EMBEDDED_POSTGRES_DIR: z.string().default(path.join(repoRoot, '.data', 'postgres')),
  // Tests only: a server on which each test run creates, then drops, its own database.
  TEST_DATABASE_URL: z
    .string()
    .trim()
    .refine((url) => /^postgres(ql)?:\/\//.test(url), 'must be a postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type DbEnv = z.infer<typeof schema>;

/** Validates the database settings; the error names each bad variable. */
export function readDbEnv(source: Record<string, string | undefined> = process.env): DbEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid database environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function requireDatabaseUrl(source: Record<string, string | undefined> = process.env): string {
  const url = readDbEnv(source).DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the database first (npm start does it for you).');
  return url;
}

/** This process's environment plus overrides, for child processes such as the Prisma CLI. */
export function childProcessEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
