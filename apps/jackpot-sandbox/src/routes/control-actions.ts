import { type Sandbox } from '../sandbox';
import { type StorePatch } from '../catalogue/catalogue';
import { ApiError } from '../errors';
import { expireReservation } from '../vouchers/lifecycle';
import { storeEnvelope } from '../webhooks/events';

/** Moves sandbox time forward; every reservation expiry, READY and refund decision now due runs at once. */
export function advanceClock(sandbox: Sandbox, ms: number): void {
  sandbox.clock.advance(ms);
  sandbox.changed();
}

/** Expires every RESERVED voucher now, whatever its resaExpireDate. */
export function expireReservations(sandbox: Sandbox): string[] {
  return [...sandbox.state.vouchers.values()]
    .filter((record) => expireReservation(sandbox, record))
    .map((record) => record.voucher.id);
}

/** Enables or disables a store; emits store/enabled or store/disabled when that changes something. */
export function setStoreEnabled(
  sandbox: Sandbox,
  storeId: string,
  enabled: boolean,
): { store: unknown; changed: boolean } {
  const entry = sandbox.catalogue.get(storeId);
  if (!entry) throw new ApiError('NOT_FOUND', `No store ${storeId}`);
  const changed = entry.store.enabled !== enabled;
  if (changed) {
    sandbox.catalogue.setEnabled(storeId, enabled);
    sandbox.webhooks.publish(
      storeEnvelope(enabled ? 'enabled' : 'disabled', sandbox.catalogue.withLogos(entry), sandbox.clock.now()),
    );
    sandbox.changed();
  }
  return { store: sandbox.catalogue.wire(entry), changed };
}

/** Changes store fields (amounts in cents) and emits store/update. */
export function updateStore(sandbox: Sandbox, storeId: string, patch: StorePatch): unknown {
  const entry = sandbox.catalogue.update(storeId, patch);
  if (!entry) throw new ApiError('NOT_FOUND', `No store ${storeId}`);
  sandbox.webhooks.publish(storeEnvelope('update', entry.store, sandbox.clock.now()));
  sandbox.changed();
  return sandbox.catalogue.wire(entry);
}
