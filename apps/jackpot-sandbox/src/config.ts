import { randomBytes } from 'node:crypto';

import { READY_DELAY_MS, RESERVATION_TTL_S, WEBHOOK_RETRY } from '@jackpot-portal/jackpot-core';

import { DEFAULT_CATALOGUE_SIZE } from './catalogue/generate';
import { type SandboxEnv } from './env';
import { type Faults, type FaultsInput, faultsSchema } from './faults/config';
import { type RetrySchedule } from './webhooks/schedule';

export interface SandboxCredentials {
  apiKey: string;
  apiSignature: string;
  clientSecret: string;
}

/** Credentials for local use: printed in the banner, never valid anywhere else. */
export const DEFAULT_CREDENTIALS: SandboxCredentials = {
  apiKey: 'sandbox-api-key',
  apiSignature: 'sandbox-api-signature-secret',
  clientSecret: 'sandbox-client-secret',
};

/** Everything a sandbox can be started with; every field is optional. */
export interface SandboxOptions {
  /** Port to listen on (startSandbox only); 0 or unset picks a free port. */
  port?: number;
  host?: string;
  /** Base of the absolute URLs the sandbox hands out (logos, signed PDF links). Default http://localhost:<port>. */
  publicUrl?: string;
  credentials?: Partial<SandboxCredentials>;
  /** Guards /_sandbox/*; generated when unset. */
  controlToken?: string;
  webhookUrl?: string;
  autoConfirm?: boolean;
  readyDelayMs?: number;
  reservationTtlS?: number;
  faults?: FaultsInput;
  /** Seed of the fault decisions (and coupon ids), so that a run can be replayed. */
  seed?: number;
  catalogueSize?: number;
  /** JSON file that keeps vouchers, sessions, used JWTs and deliveries across restarts. */
  dataFile?: string;
  /** Debounce of data file writes. */
  persistDebounceMs?: number;
  /** Webhook retry schedule; scale it down in tests. Default: the contract's 1 s / 5 min / 10 s. */
  webhookRetry?: Partial<RetrySchedule>;
  /** Initial sandbox time (the clock then runs with wall-clock time and can be advanced). */
  clock?: { startAt?: Date | string };
  /** Receives one line per request when set. */
  logRequest?: (line: string) => void;
}

export interface SandboxConfig {
  publicUrl: string;
  credentials: SandboxCredentials;
  controlToken: string;
  controlTokenGenerated: boolean;
  webhookUrl: string | undefined;
  autoConfirm: boolean;
  readyDelayMs: number;
  reservationTtlS: number;
  faults: Faults;
  seed: number;
  catalogueSize: number;
  dataFile: string | undefined;
  persistDebounceMs: number;
  webhookRetry: RetrySchedule;
  clockStartAt: Date | undefined;
  logRequest: ((line: string) => void) | undefined;
}

export function resolveConfig(options: SandboxOptions = {}): SandboxConfig {
  return {
    publicUrl: (options.publicUrl ?? 'http://localhost').replace(/\/+$/, ''),
    credentials: { ...DEFAULT_CREDENTIALS, ...definedOnly(options.credentials ?? {}) },
    controlToken: options.controlToken ?? randomBytes(18).toString('base64url'),
    controlTokenGenerated: options.controlToken === undefined,
    webhookUrl: options.webhookUrl,
    autoConfirm: options.autoConfirm ?? false,
    readyDelayMs: options.readyDelayMs ?? READY_DELAY_MS,
    reservationTtlS: options.reservationTtlS ?? RESERVATION_TTL_S,
    faults: faultsSchema.parse(options.faults ?? {}),
    seed: options.seed ?? 1,
    catalogueSize: options.catalogueSize ?? DEFAULT_CATALOGUE_SIZE,
    dataFile: options.dataFile,
    persistDebounceMs: options.persistDebounceMs ?? 200,
    webhookRetry: {
      firstRetryDelayMs: options.webhookRetry?.firstRetryDelayMs ?? WEBHOOK_RETRY.firstRetryDelayMs,
      giveUpAfterMs: options.webhookRetry?.giveUpAfterMs ?? WEBHOOK_RETRY.giveUpAfterMs,
      attemptTimeoutMs: options.webhookRetry?.attemptTimeoutMs ?? WEBHOOK_RETRY.attemptTimeoutMs,
    },
    clockStartAt: options.clock?.startAt === undefined ? undefined : new Date(options.clock.startAt),
    logRequest: options.logRequest,
  };
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/** Maps the validated environment (contract §9 names plus SANDBOX_*) to options. */
export function optionsFromEnv(env: SandboxEnv): SandboxOptions {
  const envFaults = env.SANDBOX_FAULTS ?? {};
  const faults: FaultsInput = {
    ...envFaults,
    ...definedOnly({
      latencyMs: env.SANDBOX_LATENCY_MS,
      errorRate: env.SANDBOX_ERROR_RATE,
      errorStatus: env.SANDBOX_ERROR_STATUS,
      timeoutRate: env.SANDBOX_TIMEOUT_RATE,
    }),
    webhooks: {
      ...envFaults.webhooks,
      ...definedOnly({
        duplicateRate: env.SANDBOX_WEBHOOK_DUPLICATE_RATE,
        dropRate: env.SANDBOX_WEBHOOK_DROP_RATE,
        delayMs: env.SANDBOX_WEBHOOK_DELAY_MS,
        reorderWindowMs: env.SANDBOX_WEBHOOK_REORDER_WINDOW_MS,
      }),
    },
  };
  return definedOnly({
    port: env.SANDBOX_PORT ?? 4010,
    host: env.SANDBOX_HOST ?? '127.0.0.1',
    publicUrl: env.SANDBOX_PUBLIC_URL,
    credentials: definedOnly({
      apiKey: env.JACKPOT_API_KEY,
      apiSignature: env.JACKPOT_API_SIGNATURE,
      clientSecret: env.JACKPOT_CLIENT_SECRET,
    }),
    controlToken: env.SANDBOX_CONTROL_TOKEN,
    webhookUrl: env.JACKPOT_WEBHOOK_URL,
    autoConfirm: env.SANDBOX_AUTO_CONFIRM,
    readyDelayMs: env.SANDBOX_READY_DELAY_MS,
    reservationTtlS: env.SANDBOX_RESERVATION_TTL_S,
    faults,
    seed: env.SANDBOX_SEED,
    catalogueSize: env.SANDBOX_CATALOGUE_SIZE,
    dataFile: env.SANDBOX_DATA_FILE,
    webhookRetry: definedOnly({
      firstRetryDelayMs: env.SANDBOX_WEBHOOK_RETRY_BASE_MS,
      giveUpAfterMs: env.SANDBOX_WEBHOOK_GIVE_UP_MS,
      attemptTimeoutMs: env.SANDBOX_WEBHOOK_TIMEOUT_MS,
    }),
  });
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
