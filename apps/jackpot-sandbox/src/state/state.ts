import { type Voucher } from '@jackpot-portal/jackpot-core';

/** What a session token opens: a client session (from a JWT) or an m2m one (client credentials). */
export type Session =
  | {
      kind: 'client';
      token: string;
      issuedAt: number;
      expiresAt: number;
      amountCents: number;
      notificationKey: string;
      userId?: string;
      forceManualConfirm: boolean;
      /** The voucher reserved with this session: a session reserves at most one. */
      consumedBy?: string;
    }
  | { kind: 'm2m'; token: string; issuedAt: number; expiresAt: number };

/** The voucher as the API shows it (amounts in cents) plus what only exists once it is issued. */
export interface VoucherRecord {
  voucher: Voucher;
  /** The code and PIN printed on the PDF; set when the voucher becomes READY. */
  issued?: { code: string; pin: string };
}

export interface SandboxState {
  vouchers: Map<string, VoucherRecord>;
  sessions: Map<string, Session>;
  /** jti → instant (sandbox ms) after which the JWT would be refused anyway, so the jti can be forgotten. */
  usedJtis: Map<string, number>;
  /** notificationKeys are unique per transaction forever. */
  usedNotificationKeys: Set<string>;
}

export function emptyState(): SandboxState {
  return { vouchers: new Map(), sessions: new Map(), usedJtis: new Map(), usedNotificationKeys: new Set() };
}
