import { describe, expect, it } from 'vitest';

import { decideUnknownReservation } from './unknown-reservation';

const sessionExpiresAtMs = 3_600_000;
const decide = (answer: Parameters<typeof decideUnknownReservation>[0]['answer'], nowMs = 60_000) =>
  decideUnknownReservation({ answer, nowMs, sessionExpiresAtMs });

describe('decideUnknownReservation', () => {
  it('releases when the session still answers within its hour: no voucher was made under it', () => {
    expect(decide({ ok: true })).toBe('release');
  });

  it('adopts when the session was consumed: a voucher exists', () => {
    expect(decide({ ok: false, status: 409, code: 'SESSION_CONSUMED' })).toBe('adopt');
    expect(decide({ ok: false, status: 401, code: 'UNAUTHENTICATED' })).toBe('adopt');
  });

  it('never guesses: no answer asks again, and after the hour only the reservation lifetime settles it', () => {
    expect(decide({ ok: false, status: 500 })).toBe('ask-again');
    expect(decide({ ok: false })).toBe('ask-again');
    expect(decide({ ok: false, status: 401 }, sessionExpiresAtMs)).toBe('wait-for-reservation-lifetime');
    expect(decide({ ok: true }, sessionExpiresAtMs + 1)).toBe('wait-for-reservation-lifetime');
    expect(decide({ ok: false, status: 503 }, sessionExpiresAtMs + 1)).toBe('wait-for-reservation-lifetime');
  });
});
