/**
 * The sandbox's notion of "now": wall-clock time plus an offset that only moves forward, so a
 * test can jump 48 hours ahead instead of waiting for a reservation to expire.
 */
export class SandboxClock {
  private offsetMs: number;
  private readonly listeners = new Set<() => void>();

  constructor(options: { startAt?: Date | undefined; offsetMs?: number | undefined } = {}) {
    this.offsetMs = options.startAt ? options.startAt.getTime() - Date.now() : (options.offsetMs ?? 0);
  }

  now(): number {
    return Date.now() + this.offsetMs;
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  get offset(): number {
    return this.offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward');
    this.offsetMs += ms;
    for (const listener of this.listeners) listener();
  }

  reset(offsetMs = 0): void {
    this.offsetMs = offsetMs;
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
