import { randomUUID } from 'node:crypto';

import { type Random } from '../random';
import { attemptOffsets, type RetrySchedule } from './schedule';
import { type Delivery, type WebhookEnvelope, type WebhookFaults } from './types';

export interface DeliveryEngineOptions {
  schedule: RetrySchedule;
  /** Read on every event, so the control API can change the URL and the faults at run time. */
  url: () => string | undefined;
  faults: () => WebhookFaults;
  random: Random;
  /** Timestamps of the log follow the sandbox clock. */
  nowIso: () => string;
  onChange: () => void;
  maxLoggedDeliveries?: number;
}

const FINISHED = new Set<Delivery['state']>(['delivered', 'failed', 'dropped', 'skipped']);

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/**
 * At-least-once delivery of webhook envelopes (§6): POST, expect 200, otherwise retry with
 * exponential backoff until the give-up window closes. Every attempt is logged. Fault knobs
 * drop, duplicate, delay and reorder deliveries the way a real network and provider can.
 */
export class DeliveryEngine {
  private readonly deliveries: Delivery[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly abort = new AbortController();
  private reorderBuffer: Delivery[] = [];
  private reorderTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly offsets: number[];

  constructor(private readonly options: DeliveryEngineOptions) {
    this.offsets = attemptOffsets(options.schedule);
  }

  /** Queues an envelope for delivery, applying the current faults. */
  publish(envelope: WebhookEnvelope): void {
    const url = this.options.url();
    const faults = this.options.faults();
    const original = this.record(envelope, url, 'original');
    if (!url) return this.finish(original, 'skipped', 'No webhook URL configured (JACKPOT_WEBHOOK_URL)');
    if (faults.dropRate > 0 && this.options.random() < faults.dropRate)
      return this.finish(original, 'dropped', 'Dropped by fault injection');
    const copies = [original];
    if (faults.duplicateRate > 0 && this.options.random() < faults.duplicateRate)
      copies.push(this.record(envelope, url, 'duplicate'));
    for (const delivery of copies) this.enqueue(delivery, faults);
  }

  /** Delivers an already-published event again, with the same event id. */
  redeliver(eventId: string): Delivery | undefined {
    const source = this.deliveries.find((delivery) => delivery.eventId === eventId);
    const url = this.options.url();
    if (!source) return undefined;
    const delivery = this.record(source.envelope, url ?? null, 'redelivery');
    if (!url) this.finish(delivery, 'skipped', 'No webhook URL configured (JACKPOT_WEBHOOK_URL)');
    else this.start(delivery, 0);
    return delivery;
  }

  list(): readonly Delivery[] {
    return this.deliveries;
  }

  /** Restores a persisted log; deliveries that were still running start a fresh schedule. */
  load(deliveries: Delivery[]): void {
    this.deliveries.splice(0, this.deliveries.length, ...deliveries);
    for (const delivery of deliveries) {
      if (FINISHED.has(delivery.state)) continue;
      if (delivery.url) this.start(delivery, 0);
      else this.finish(delivery, 'skipped', 'No webhook URL configured (JACKPOT_WEBHOOK_URL)');
    }
  }

  clear(): void {
    this.cancelTimers();
    this.reorderBuffer = [];
    this.deliveries.length = 0;
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimers();
    this.abort.abort();
  }

  private enqueue(delivery: Delivery, faults: WebhookFaults): void {
    if (faults.reorderWindowMs > 0) {
      this.reorderBuffer.push(delivery);
      this.reorderTimer ??= this.later(faults.reorderWindowMs, () => {
        this.reorderTimer = undefined;
        const held = this.reorderBuffer.reverse();
        this.reorderBuffer = [];
        for (const each of held) this.start(each, faults.delayMs);
      });
      return;
    }
    this.start(delivery, faults.delayMs);
  }

  private start(delivery: Delivery, delayMs: number): void {
    delivery.state = 'scheduled';
    const firstAttempt = () => void this.attempt(delivery, { firstAttemptMs: Date.now(), index: 0 });
    if (delayMs > 0) this.later(delayMs, firstAttempt);
    else firstAttempt();
  }

  /**
   * One attempt; `index` counts attempts of the current schedule (a delivery resumed after a
   * restart starts a fresh schedule, while its log keeps numbering every attempt).
   */
  private async attempt(delivery: Delivery, run: { firstAttemptMs: number; index: number }): Promise<void> {
    if (this.stopped || !delivery.url) return;
    const { schedule } = this.options;
    const number = delivery.attempts.length + 1;
    const startedAt = this.options.nowIso();
    const started = performance.now();
    delivery.state = 'in-flight';
    delete delivery.nextAttemptAt;
    let status: number | undefined;
    let error: string | undefined;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'jackpot-sandbox-webhooks/1' },
        body: JSON.stringify(delivery.envelope),
        signal: AbortSignal.any([AbortSignal.timeout(schedule.attemptTimeoutMs), this.abort.signal]),
      });
      status = response.status;
      await response.arrayBuffer();
      if (status !== 200) error = `Expected HTTP 200, got ${status}`;
    } catch (cause) {
      error = describeFetchError(cause, schedule.attemptTimeoutMs);
    }
    const latencyMs = Math.round(performance.now() - started);
    delivery.attempts.push({
      number,
      startedAt,
      latencyMs,
      ...(status === undefined ? {} : { status }),
      ...(error ? { error } : {}),
    });
    if (this.stopped) return;
    if (status === 200) return this.finish(delivery, 'delivered');
    const offset = this.offsets[run.index + 1];
    if (offset === undefined) return this.finish(delivery, 'failed', `Gave up after ${number} attempts`);
    const waitMs = Math.max(0, run.firstAttemptMs + offset - Date.now());
    delivery.state = 'retrying';
    delivery.nextAttemptAt = new Date(Date.parse(this.options.nowIso()) + waitMs).toISOString();
    this.options.onChange();
    this.later(waitMs, () => void this.attempt(delivery, { ...run, index: run.index + 1 }));
  }

  private record(envelope: WebhookEnvelope, url: string | undefined | null, kind: Delivery['kind']): Delivery {
    const delivery: Delivery = {
      deliveryId: randomUUID(),
      eventId: envelope.id,
      event: envelope.event,
      url: url ?? null,
      state: 'scheduled',
      kind,
      createdAt: this.options.nowIso(),
      attempts: [],
      envelope,
    };
    this.deliveries.push(delivery);
    this.trimLog();
    this.options.onChange();
    return delivery;
  }

  private finish(delivery: Delivery, state: Delivery['state'], note?: string): void {
    delivery.state = state;
    delivery.finishedAt = this.options.nowIso();
    delete delivery.nextAttemptAt;
    if (note) delivery.note = note;
    this.options.onChange();
  }

  private trimLog(): void {
    const max = this.options.maxLoggedDeliveries ?? 10_000;
    while (this.deliveries.length > max) {
      const index = this.deliveries.findIndex((delivery) => FINISHED.has(delivery.state));
      if (index < 0) return;
      this.deliveries.splice(index, 1);
    }
  }

  private later(ms: number, run: () => void): NodeJS.Timeout {
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        run();
      },
      Math.max(0, ms),
    );
    this.timers.add(timer);
    return timer;
  }

  private cancelTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.reorderTimer = undefined;
  }
}

function describeFetchError(cause: unknown, timeoutMs: number): string {
  if (cause instanceof Error) {
    if (cause.name === 'TimeoutError') return `Timed out after ${timeoutMs} ms`;
    if (cause.name === 'AbortError') return 'Aborted: sandbox stopping';
    const code = (cause.cause as { code?: string } | undefined)?.code;
    return code ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}
