import { z } from 'zod';

const schema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  SANDBOX_HOST: z.string().default('127.0.0.1'),
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
