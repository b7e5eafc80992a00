import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

/**
 * The web app's configuration, validated once. A missing or malformed variable fails the
 * server at boot (src/instrumentation.ts) with its name in the message.
 */
export function createWebEnv(runtimeEnv: Record<string, string | undefined>) {
  const env = createEnv({
    server: {
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' }),
      JACKPOT_API_URL: z.url().default('http://localhost:4010'),
      JACKPOT_API_KEY: z.string().min(1),
      JACKPOT_API_SIGNATURE: z.string().min(16, 'must be at least 16 characters (the HS256 secret)'),
      JACKPOT_CLIENT_SECRET: z.string().min(1),
      JACKPOT_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters'),
      JACKPOT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
      JOBS_ENABLED: z
        .enum(['true', 'false'], { error: 'must be true or false' })
        .default('true')
        .transform((value) => value === 'true'),
      JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
      WEBHOOK_BACKLOG_LIMIT: z.coerce.number().int().min(1).default(20_000),
      DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
      RECONCILE_AFTER_S: z.coerce.number().int().min(1).default(300),
      PENDING_GIVE_UP_AFTER_S: z.coerce.number().int().min(1).optional(),
      WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).default(90),
      AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)'),
      AUTH_URL: z.url().optional(),
      DEMO_MODE: z
        .enum(['true', 'false'], { error: 'must be true or false' })
        .default('false')
        .transform((value) => value === 'true'),
      DEMO_ACCESS_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
      SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
      SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
      SIGN_IN_LIMIT_WINDOW_S: z.coerce
        .number()
        .int()
        .min(1)
        .default(15 * 60),
      SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
      EMAIL_FROM: z.string().min(3).default('Jackpot Rewards <no-reply@jackpot-rewards.local>'),
      AUTH_OIDC_ISSUER: z.url().optional(),
      AUTH_OIDC_CLIENT_ID: z.string().min(1).optional(),
      AUTH_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
      AUTH_OIDC_NAME: z.string().min(1).optional(),
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
  // Single sign-on is all or nothing: a half-configured provider would fail at the first click.
  const oidc = [env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_CLIENT_ID, env.AUTH_OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    throw new Error(
      'Invalid environment for the web app:\n  AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET: set all three, or none',
    );
  }
  if (env.DEMO_MODE && runtimeEnv.SKIP_ENV_VALIDATION !== '1') checkDemoMode(env);
  return env;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Demo mode lists working sign-in links (the admin's too) to whoever holds the demo access
 * token: it is for a demo on one's own machine, never for a server others reach by name.
 */
function checkDemoMode(env: { AUTH_URL?: string; DEMO_ACCESS_TOKEN?: string }) {
  const host = env.AUTH_URL ? new URL(env.AUTH_URL).hostname : undefined;
  if (!host || !loopbackHosts.has(host)) {
    throw new Error(
      `Invalid environment for the web app:\n  DEMO_MODE: demo mode is only for a local demo, but AUTH_URL is ${env.AUTH_URL ?? 'unset'}. ` +
        'Set AUTH_URL to a http://localhost URL, or turn DEMO_MODE off (never on a shared or public server).',
    );
  }
  if (!env.DEMO_ACCESS_TOKEN) {
    throw new Error(
      'Invalid environment for the web app:\n  DEMO_ACCESS_TOKEN: demo mode needs it (npm start generates one at every start and prints its link)',
    );
  }
}

export const env = createWebEnv(process.env);
