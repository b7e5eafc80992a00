import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

/**
 * The web app's configuration, validated once. A missing or malformed variable fails the
 * server at boot (src/instrumentation.ts) with its name in the message.
 */
export function createWebEnv(runtimeEnv: Record<string, string | undefined>) {
  return createEnv({
    server: {
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' }),
      JACKPOT_API_URL: z.url().default('http://localhost:4010'),
      JACKPOT_API_KEY: z.string().min(1),
      JACKPOT_API_SIGNATURE: z.string().min(16, 'must be at least 16 characters (the HS256 secret)'),
      JACKPOT_CLIENT_SECRET: z.string().min(1),
      JACKPOT_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters'),
      JACKPOT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    },
    client: {},
    runtimeEnv,
    emptyStringAsUndefined: true,
    // `next build` does not need runtime secrets; the server checks them when it starts.
    skipValidation: runtimeEnv.SKIP_ENV_VALIDATION === '1',
    onValidationError: (issues) => {
      const lines = issues.map((issue) => `  ${issue.path?.join('.') ?? '?'}: ${issue.message}`);
      throw new Error(`Invalid environment for the web app:\n${lines.join('\n')}`);
    },
  });
}

export const env = createWebEnv(process.env);
