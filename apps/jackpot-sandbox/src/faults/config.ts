import { z } from 'zod';

const rate = z.number().min(0).max(1);
const errorStatus = z.union([z.literal(429), z.number().int().min(500).max(599)]);

/** Faults for the requests whose `METHOD path` matches `match` (see matchesRoute). */
export const routeFaultSchema = z.strictObject({
  match: z.string().min(1),
  latencyMs: z.number().int().min(0).optional(),
  errorRate: rate.optional(),
  errorStatus: errorStatus.optional(),
  timeoutRate: rate.optional(),
  resetRate: rate.optional(),
  halfOpenRate: rate.optional(),
  stallBodyRate: rate.optional(),
  lateRate: rate.optional(),
});

export const webhookFaultsSchema = z.strictObject({
  duplicateRate: rate.default(0),
  dropRate: rate.default(0),
  delayMs: z.number().int().min(0).default(0),
  reorderWindowMs: z.number().int().min(0).default(0),
});

/**
 * Every fault knob. Top-level values apply to every API request; the first matching entry of
 * `routes` overrides them for its requests.
 */
export const faultsSchema = z.strictObject({
  latencyMs: z.number().int().min(0).default(0),
  latencyJitterMs: z.number().int().min(0).default(0),
  errorRate: rate.default(0),
  errorStatus: errorStatus.default(503),
  retryAfterS: z.number().int().min(0).default(1),
  timeoutRate: rate.default(0),
  /** Share of requests whose connection is reset (destroyed) before any answer: "socket hang up" for the client. */
  resetRate: rate.default(0),
  /**
   * Share of requests read and never answered, their connection left open (a half-open
   * connection: no answer, no close) until the client closes it, whatever `hangMs`.
   */
  halfOpenRate: rate.default(0),
  /** Share of answers whose status, headers and first half of the body are sent, then nothing, the connection left open. */
  stallBodyRate: rate.default(0),
  /**
   * Share of requests held `lateMs` and then carried out whether or not the client is still
   * there: set past the client's timeout, a reservation Jackpot makes after the portal gave up.
   */
  lateRate: rate.default(0),
  lateMs: z.number().int().min(0).default(10_000),
  /** How long a "timed out" request hangs when the client never gives up. */
  hangMs: z.number().int().min(0).default(120_000),
  routes: z.array(routeFaultSchema).default([]),
  webhooks: webhookFaultsSchema.default({ duplicateRate: 0, dropRate: 0, delayMs: 0, reorderWindowMs: 0 }),
});

export type Faults = z.output<typeof faultsSchema>;
export type FaultsInput = z.input<typeof faultsSchema>;
export type RouteFault = z.output<typeof routeFaultSchema>;
