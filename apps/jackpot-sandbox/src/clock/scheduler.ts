import { type SandboxClock } from './clock';

interface Task {
  key: string;
  dueAt: number;
  version: number;
  run: () => void;
}

// setTimeout overflows above 2^31-1 ms; longer waits simply re-arm.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Runs tasks at instants of the sandbox clock (reservation expiry, READY delay, refund
 * decisions). One real timer is armed for the earliest task; advancing the clock runs every
 * task that became due at once. Tasks have keys so that rescheduling replaces, and a min-heap
 * keeps thousands of pending expiries cheap.
 */
export class Scheduler {
  private readonly heap: Task[] = [];
  private readonly live = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private version = 0;
  private stopped = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly clock: SandboxClock) {
    this.unsubscribe = clock.onChange(() => this.runDue());
  }

  schedule(key: string, dueAt: number, run: () => void): void {
    if (this.stopped) return;
    const version = ++this.version;
    this.live.set(key, version);
    this.push({ key, dueAt, version, run });
    if (this.heap[0]?.version === version) this.arm();
  }

  cancel(key: string): void {
    this.live.delete(key);
  }

  get size(): number {
    return this.live.size;
  }

  clear(): void {
    this.live.clear();
    this.heap.length = 0;
    this.disarm();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    this.clear();
  }

  /** Runs every task due at the current instant, then re-arms the timer for the next one. */
  runDue(): void {
    const now = this.clock.now();
    for (let top = this.heap[0]; top && top.dueAt <= now; top = this.heap[0]) {
      this.pop();
      if (this.live.get(top.key) !== top.version) continue;
      this.live.delete(top.key);
      try {
        top.run();
      } catch (error) {
        // One failing task must not stop the others (nor leave the timer unarmed).
        console.error(`Sandbox task ${top.key} failed:`, error);
      }
    }
    this.arm();
  }

  private arm(): void {
    this.disarm();
    while (this.heap[0] && this.live.get(this.heap[0].key) !== this.heap[0].version) this.pop();
    const next = this.heap[0];
    if (!next || this.stopped) return;
    const delay = Math.min(Math.max(next.dueAt - this.clock.now(), 0), MAX_TIMER_MS);
    this.timer = setTimeout(() => this.runDue(), delay);
    this.timer.unref();
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private push(task: Task): void {
    const heap = this.heap;
    heap.push(task);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop();
    if (!last || heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}

function before(a: Task, b: Task): boolean {
  return a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.version < b.version);
}
