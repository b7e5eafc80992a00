// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/** The §6 envelope POSTed to the partner. */
export interface WebhookEnvelope {
  event: string;
  id: string;
  createdAt: string;
  message: Record<string, unknown>;
}

export interface DeliveryAttempt {
  number: number;
  startedAt: string;
  latencyMs: number;
  status?: number;
  error?: string;
}

export type DeliveryState = 'scheduled' | 'in-flight' | 'retrying' | 'delivered' | 'failed' | 'dropped' | 'skipped';

/** One delivery of one event: a duplicate or a redelivery of an event is a delivery of its own. */
export interface Delivery {
  deliveryId: string;
  eventId: string;
  event: string;
  url: string | null;
  state: DeliveryState;
  kind: 'original' | 'duplicate' | 'redelivery';
  createdAt: string;
  attempts: DeliveryAttempt[];
  nextAttemptAt?: string;
  finishedAt?: string;
  note?: string;
  envelope: WebhookEnvelope;
}

export interface WebhookFaults {
  /** Probability (0–1) that an event is delivered twice. */
  duplicateRate: number;
  /** Probability (0–1) that an event is never delivered (recorded as dropped). */
  dropRate: number;
  /** Added wait before the first attempt of every delivery. */
  delayMs: number;
  /** When above 0, events are held this long and then delivered newest first. */
  reorderWindowMs: number;
}
