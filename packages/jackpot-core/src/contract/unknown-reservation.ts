// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
//
// [decision] How a partner settles a reservation whose outcome it never learned (the call timed
// out, the connection was lost, Jackpot answered 5xx), from the state of the session it was sent
// with. §2.2: a client session is consumed by a successful reservation and by nothing else (a
// failed one does not consume it, FAILED_RESERVATION_CONSUMES_SESSION) and lives one hour
// (SESSION_TOKEN_LIFETIME_S). So asking the session itself tells, with certainty, "no voucher was
// made under it" (it still answers) from "one was" (it answers SESSION_CONSUMED, or 401 before
// its hour is over: [doc] the token dies once a voucher is reserved). Nothing else is a verdict:
// no answer, or an answer after the session's hour, proves nothing, and the reservation's own
// lifetime rule applies (give-up-pending-order.ts in the portal).

/** How long after the reservation was sent its session is first asked: a request Jackpot is
 * still working on when asked could consume the session after the answer. Far beyond a
 * reservation's time-out (the client's 10 s) and below a minute, the portal's reconcile period. */
export const UNKNOWN_RESERVATION_ASK_AFTER_S = 45;

/** What asking the session (any client-session read, e.g. proposed vouchers) gave. */
export type SessionAnswer = { ok: true } | { ok: false; status?: number; code?: string };

export type UnknownReservationDecision =
  /** The session is unused: no voucher exists; the portal may give the money back now. */
  | 'release'
  /** The session was consumed: a voucher exists; wait for its webhook (or reconciliation). */
  | 'adopt'
  /** No verdict yet (Jackpot did not answer): ask again later, while the session lives. */
  | 'ask-again'
  /** The session's hour is over without a verdict: only the reservation lifetime settles it now. */
  | 'wait-for-reservation-lifetime';

export function decideUnknownReservation(input: {
  answer: SessionAnswer;
  nowMs: number;
  sessionExpiresAtMs: number;
}): UnknownReservationDecision {
  const { answer, nowMs, sessionExpiresAtMs } = input;
  const sessionLives = nowMs < sessionExpiresAtMs;
  if (answer.ok) return sessionLives ? 'release' : 'wait-for-reservation-lifetime';
  if (answer.code === 'SESSION_CONSUMED') return 'adopt';
  // A dead token within its hour: consumed (its expiry is ours to know, from expires_in).
  if (answer.status === 401 && sessionLives) return 'adopt';
  return sessionLives ? 'ask-again' : 'wait-for-reservation-lifetime';
}
