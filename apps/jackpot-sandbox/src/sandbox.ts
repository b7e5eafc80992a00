import { Catalogue } from './catalogue/catalogue';
import { SandboxClock } from './clock/clock';
import { Scheduler } from './clock/scheduler';
import { resolveConfig, type SandboxConfig, type SandboxOptions } from './config';
import { type Faults } from './faults/config';
import { type Random, seededRandom } from './random';
import { DataFileWriter, readSnapshot, restoreState, takeSnapshot } from './state/persistence';
import { emptyState, type SandboxState } from './state/state';
import { rescheduleVoucherTimers } from './vouchers/lifecycle';
import { DeliveryEngine } from './webhooks/delivery-engine';

/** Settings the control API can change while the sandbox runs. */
export interface SandboxSettings {
  autoConfirm: boolean;
  webhookUrl: string | undefined;
  readyDelayMs: number;
  reservationTtlS: number;
  faults: Faults;
}

/**
 * One sandbox: configuration, clock, catalogue, vouchers and sessions, webhook deliveries.
 * Routes are thin HTTP wrappers over plain functions that take this object.
 */
export class Sandbox {
  readonly config: SandboxConfig;
  readonly clock: SandboxClock;
  readonly scheduler: Scheduler;
  readonly catalogue: Catalogue;
  readonly webhooks: DeliveryEngine;
  state: SandboxState;
  settings: SandboxSettings;
  /** Seeded: fault decisions replay identically for a given seed and request order. */
  random: Random;
  /** Requests held by the timeout fault; released when the sandbox stops. */
  readonly hangingRequests = new Set<() => void>();
  /** Vouchers answered by GET /v2/vouchers/{id} since the sandbox started: how often a partner reads them. */
  voucherReads = 0;
  private readonly dataFile: DataFileWriter | undefined;

  constructor(options: SandboxOptions = {}) {
    this.config = resolveConfig(options);
    this.settings = this.initialSettings();
    this.random = seededRandom(this.config.seed);
    this.clock = new SandboxClock({ startAt: this.config.clockStartAt });
    this.scheduler = new Scheduler(this.clock);
    this.catalogue = new Catalogue(this.config.catalogueSize, this.config.publicUrl);
    this.state = emptyState();
    this.webhooks = new DeliveryEngine({
      schedule: this.config.webhookRetry,
      url: () => this.settings.webhookUrl,
      faults: () => this.settings.faults.webhooks,
      random: () => this.random(),
      nowIso: () => this.clock.nowIso(),
      onChange: () => this.changed(),
    });
    const file = this.config.dataFile;
    if (file) {
      this.dataFile = new DataFileWriter(
        file,
        this.config.persistDebounceMs,
        () => this.snapshot(),
        (error) => {
          console.error(`Could not write ${file}:`, error);
        },
      );
      this.load(file);
    }
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }

  setPublicUrl(publicUrl: string): void {
    this.config.publicUrl = publicUrl.replace(/\/+$/, '');
    this.catalogue.setPublicUrl(this.config.publicUrl);
  }

  /** Something persistent changed: schedule a data file write. */
  changed(): void {
    this.dataFile?.markDirty();
  }

  /** Back to a freshly started sandbox: no vouchers, sessions or deliveries, initial settings and catalogue. */
  reset(): void {
    this.scheduler.clear();
    this.webhooks.clear();
    this.state = emptyState();
    this.settings = this.initialSettings();
    this.random = seededRandom(this.config.seed);
    this.clock.reset(this.config.clockStartAt ? this.config.clockStartAt.getTime() - Date.now() : 0);
    this.catalogue.reset();
    this.changed();
  }

  flush(): Promise<void> {
    return this.dataFile?.flush() ?? Promise.resolve();
  }

  async stop(): Promise<void> {
    this.scheduler.stop();
    this.webhooks.stop();
    for (const release of this.hangingRequests) release();
    await this.flush();
    this.dataFile?.cancel();
  }

  private initialSettings(): SandboxSettings {
    const { autoConfirm, webhookUrl, readyDelayMs, reservationTtlS, faults } = this.config;
    return { autoConfirm, webhookUrl, readyDelayMs, reservationTtlS, faults: structuredClone(faults) };
  }

  private snapshot() {
    return takeSnapshot(
      {
        state: this.state,
        clockOffsetMs: this.clock.offset,
        deliveries: this.webhooks.list(),
        changedStores: this.catalogue.changedEntries(),
      },
      new Date(this.clock.now()),
    );
  }

  private load(file: string): void {
    const snapshot = readSnapshot(file);
    if (!snapshot) return;
    this.clock.reset(snapshot.clockOffsetMs);
    this.state = restoreState(snapshot);
    this.catalogue.restoreChanged(snapshot.changedStores);
    this.webhooks.load(snapshot.deliveries);
    for (const record of this.state.vouchers.values()) rescheduleVoucherTimers(this, record);
  }
}
