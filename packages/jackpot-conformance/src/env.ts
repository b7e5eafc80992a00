import { ENV_NAMES } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

// An empty variable counts as unset.
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(blankAsUnset, z.string().trim().optional());

const schema = z.object({
  [ENV_NAMES.apiUrl]: z.preprocess(blankAsUnset, z.url().optional()),
  [ENV_NAMES.apiKey]: optionalText,
  [ENV_NAMES.apiSignature]: optionalText,
  [ENV_NAMES.clientSecret]: optionalText,
  [ENV_NAMES.sandboxControlToken]: optionalText,
});

export interface ConformanceEnv {
  // Unset: the suite starts its own sandbox.
  apiUrl: string | undefined;
  credentials: { apiKey: string; apiSignature: string; clientSecret: string } | undefined;
  controlToken: string | undefined;
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// The suite's only reader of the environment (contract §9 names).
export function readConformanceEnv(source: Record<string, string | undefined> = process.env): ConformanceEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `Invalid conformance environment:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
    );
  }
  const env = parsed.data;
  const apiKey = env[ENV_NAMES.apiKey];
  const apiSignature = env[ENV_NAMES.apiSignature];
  const clientSecret = env[ENV_NAMES.clientSecret];
  const given = [apiKey, apiSignature, clientSecret].filter((value) => value !== undefined).length;
  if (given > 0 && given < 3) {
    throw new Error(
      `Set all three of ${ENV_NAMES.apiKey}, ${ENV_NAMES.apiSignature} and ${ENV_NAMES.clientSecret}, or none of them`,
    );
  }
  const apiUrl = env[ENV_NAMES.apiUrl];
  if (apiUrl !== undefined && given === 0) {
    throw new Error(
      `${ENV_NAMES.apiUrl} is set: set ${ENV_NAMES.apiKey}, ${ENV_NAMES.apiSignature} and ${ENV_NAMES.clientSecret} too`,
    );
  }
  return {
    apiUrl,
    credentials: apiKey && apiSignature && clientSecret ? { apiKey, apiSignature, clientSecret } : undefined,
    controlToken: env[ENV_NAMES.sandboxControlToken],
  };
}
