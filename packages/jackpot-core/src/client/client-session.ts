import { FAILED_RESERVATION_CONSUMES_SESSION } from '../contract/decisions';
import { type OfferDetails, type Store, type StoreListFilters } from '../contract/schemas/store';
import { type ProposedVoucher } from '../contract/schemas/proposed-voucher';
import { type Voucher } from '../contract/schemas/voucher';
import { type JackpotClient, type ProposedVouchersQuery } from './create-jackpot-client';
import { isJackpotError } from './jackpot-error';

export type ClientSessionClosedReason = 'reserved' | 'expired' | 'outcome-unknown' | 'reservation-in-progress';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// Thrown, without any request, when a client session is used after its end (§2.2: one
// reservation or one hour).
export class ClientSessionClosedError extends Error {
  override readonly name = 'ClientSessionClosedError';

  constructor(readonly reason: ClientSessionClosedReason) {
    super(`The Jackpot client session cannot be used: ${reason}`);
  }
}

export interface ClientSessionInit {
  client: JackpotClient;
  accessToken: string;
  expiresAtMs: number;
  amountCents: number;
  notificationKey: string;
  now: () => number;
}

// §2.2 One client session: browse and reserve once, within its lifetime.
export class ClientSession {
  readonly accessToken: string;
  readonly expiresAtMs: number;
  readonly amountCents: number;
  readonly notificationKey: string;
  private readonly client: JackpotClient;
  private readonly now: () => number;
  private closedReason: ClientSessionClosedReason | undefined;
  private reserving = false;

  constructor(init: ClientSessionInit) {
    this.client = init.client;
    this.accessToken = init.accessToken;
    this.expiresAtMs = init.expiresAtMs;
    this.amountCents = init.amountCents;
    this.notificationKey = init.notificationKey;
    this.now = init.now;
  }

  // Why the session can no longer be used, or undefined while it can.
  get closed(): ClientSessionClosedReason | undefined {
    if (this.closedReason === undefined && this.now() >= this.expiresAtMs) this.closedReason = 'expired';
    return this.closedReason;
  }

  listStores(filters: StoreListFilters = {}): Promise<Store[]> {
    return this.browse(() => this.client.listStores(filters, this.auth()));
  }

  getStore(storeId: string): Promise<Store> {
    return this.browse(() => this.client.getStore(storeId, this.auth()));
  }

  getOffer(storeId: string, offerId: string): Promise<OfferDetails> {
    return this.browse(() => this.client.getOffer(storeId, offerId, this.auth()));
  }

  proposedVouchers(query: ProposedVouchersQuery = {}): Promise<ProposedVoucher[]> {
    return this.browse(() => this.client.proposedVouchers(this.accessToken, query));
  }

  storeProposedVouchers(storeId: string, query: { strict?: boolean } = {}): Promise<ProposedVoucher[]> {
    return this.browse(() => this.client.storeProposedVouchers(this.accessToken, storeId, query));
  }

  reserveByPrice(storeId: string, offerId: string, priceCents: number): Promise<Voucher> {
    return this.reserve(() => this.client.reserveByPrice(this.accessToken, storeId, offerId, priceCents));
  }

  reserveByValue(storeId: string, offerId: string, valueCents: number): Promise<Voucher> {
    return this.reserve(() => this.client.reserveByValue(this.accessToken, storeId, offerId, valueCents));
  }

  private auth() {
    return { auth: { bearer: this.accessToken } };
  }

  private assertOpen(): void {
    const reason = this.closed;
    if (reason !== undefined) throw new ClientSessionClosedError(reason);
    if (this.reserving) throw new ClientSessionClosedError('reservation-in-progress');
  }

  private async browse<T>(call: () => Promise<T>): Promise<T> {
    this.assertOpen();
    return call();
  }

  private async reserve(call: () => Promise<Voucher>): Promise<Voucher> {
    this.assertOpen();
    this.reserving = true;
    try {
      const voucher = await call();
      this.closedReason = 'reserved';
      return voucher;
    } catch (error) {
      if (isJackpotError(error) && error.code === 'SESSION_CONSUMED') this.closedReason = 'reserved';
      else if (!isJackpotError(error) || error.outcomeUnknown) this.closedReason = 'outcome-unknown';
      else if (FAILED_RESERVATION_CONSUMES_SESSION) this.closedReason = 'reserved';
      throw error;
    } finally {
      this.reserving = false;
    }
  }
}
