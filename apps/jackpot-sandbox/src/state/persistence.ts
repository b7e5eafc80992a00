import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { voucherSchema } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { type CatalogueEntry } from '../catalogue/types';
import { type Delivery } from '../webhooks/types';
import { type SandboxState, type Session } from './state';

const SNAPSHOT_VERSION = 1;

/** The data file's shape: vouchers in their wire form (euros), so the file reads like the API. */
const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  savedAt: z.string(),
  clockOffsetMs: z.number(),
  vouchers: z.array(
    z.object({ voucher: voucherSchema, issued: z.object({ code: z.string(), pin: z.string() }).optional() }),
  ),
  sessions: z.array(z.custom<Session>((value) => typeof value === 'object' && value !== null && 'token' in value)),
  usedJtis: z.array(z.tuple([z.string(), z.number()])),
  usedNotificationKeys: z.array(z.string()),
  deliveries: z.array(
    z.custom<Delivery>((value) => typeof value === 'object' && value !== null && 'deliveryId' in value),
  ),
  /** Stores changed through the control API since the catalogue was generated. */
  changedStores: z.array(
    z.custom<CatalogueEntry>((value) => typeof value === 'object' && value !== null && 'store' in value),
  ),
});

export type Snapshot = z.output<typeof snapshotSchema>;

export interface SnapshotSources {
  state: SandboxState;
  clockOffsetMs: number;
  deliveries: readonly Delivery[];
  changedStores: CatalogueEntry[];
}

export function takeSnapshot(sources: SnapshotSources, now: Date): z.input<typeof snapshotSchema> {
  const { state } = sources;
  return {
    version: SNAPSHOT_VERSION,
    savedAt: now.toISOString(),
    clockOffsetMs: sources.clockOffsetMs,
    vouchers: [...state.vouchers.values()].map((record) => ({
      ...record,
      voucher: z.encode(voucherSchema, record.voucher),
    })),
    sessions: [...state.sessions.values()],
    usedJtis: [...state.usedJtis],
    usedNotificationKeys: [...state.usedNotificationKeys],
    deliveries: [...sources.deliveries],
    changedStores: sources.changedStores,
  };
}

/** Reads the data file; undefined when it does not exist yet. A corrupt file fails loudly. */
export function readSnapshot(file: string): Snapshot | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = snapshotSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`SANDBOX_DATA_FILE ${file} is not a sandbox data file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function restoreState(snapshot: Snapshot): SandboxState {
  return {
    vouchers: new Map(snapshot.vouchers.map((record) => [record.voucher.id, record])),
    sessions: new Map(snapshot.sessions.map((session) => [session.token, session])),
    usedJtis: new Map(snapshot.usedJtis),
    usedNotificationKeys: new Set(snapshot.usedNotificationKeys),
  };
}

/**
 * Debounced, atomic writes of the data file: the snapshot goes to a temporary file in the same
 * directory, then replaces the file with one rename, so a crash never leaves half a file.
 */
export class DataFileWriter {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly debounceMs: number,
    private readonly snapshot: () => unknown,
    private readonly onError: (error: unknown) => void,
  ) {}

  markDirty(): void {
    this.dirty = true;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.debounceMs);
  }

  /** Writes now if anything changed; resolves once the file on disk is current. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return this.writing;
    this.dirty = false;
    const json = JSON.stringify(this.snapshot());
    this.writing = this.writing.then(() => writeAtomically(this.file, json)).catch(this.onError);
    return this.writing;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

async function writeAtomically(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, file);
}
