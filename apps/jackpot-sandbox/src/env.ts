import { z } from 'zod';

import { faultsSchema } from './faults/config';

// Unset and empty mean the same thing, so that `FOO=` in a .env file falls back to the default.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const count = z.coerce.number().int().min(0);
const rate = z.coerce.number().min(0).max(1);

const schema = z.object({
  SANDBOX_PORT: optional(z.coerce.number().int().min(0).max(65535)),
  SANDBOX_HOST: optional(z.string()),
  SANDBOX_PUBLIC_URL: optional(z.url()),
  JACKPOT_API_KEY: optional(z.string()),
  JACKPOT_API_SIGNATURE: optional(z.string()),
  JACKPOT_CLIENT_SECRET: optional(z.string()),
  JACKPOT_WEBHOOK_URL: optional(z.url()),
  SANDBOX_CONTROL_TOKEN: optional(z.string()),
  SANDBOX_AUTO_CONFIRM: optional(flag),
  SANDBOX_READY_DELAY_MS: optional(count),
  SANDBOX_RESERVATION_TTL_S: optional(count),
  SANDBOX_DATA_FILE: optional(z.string()),
  SANDBOX_CATALOGUE_SIZE: optional(z.coerce.number().int().min(1).max(100_000)),
  SANDBOX_SEED: optional(count),
  SANDBOX_LOG_REQUESTS: optional(flag),
  SANDBOX_FAULTS: optional(
    z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be JSON (see the README: Fault injection)' });
          return z.NEVER;
        }
      })
      .pipe(faultsSchema.partial()),
  ),
  SANDBOX_LATENCY_MS: optional(count),
  SANDBOX_ERROR_RATE: optional(rate),
  SANDBOX_ERROR_STATUS: optional(
    z.coerce
      .number()
      .int()
      .refine((status) => status === 429 || (status >= 500 && status <= 599), 'must be 429 or 5xx'),
  ),
  SANDBOX_TIMEOUT_RATE: optional(rate),
  SANDBOX_WEBHOOK_DUPLICATE_RATE: optional(rate),
  SANDBOX_WEBHOOK_DROP_RATE: optional(rate),
  SANDBOX_WEBHOOK_DELAY_MS: optional(count),
  SANDBOX_WEBHOOK_REORDER_WINDOW_MS: optional(count),
  SANDBOX_WEBHOOK_RETRY_BASE_MS: optional(z.coerce.number().int().min(1)),
  SANDBOX_WEBHOOK_GIVE_UP_MS: optional(count),
  SANDBOX_WEBHOOK_TIMEOUT_MS: optional(z.coerce.number().int().min(1)),
});

export type SandboxEnv = z.infer<typeof schema>;

export function readSandboxEnv(source: Record<string, string | undefined> = process.env): SandboxEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid sandbox environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
