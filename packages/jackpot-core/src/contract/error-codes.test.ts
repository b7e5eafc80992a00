import { describe, expect, it } from 'vitest';

import { ERROR_STATUS, isErrorCode, isRetryableStatus } from './error-codes';

describe('error codes', () => {
  it('maps each code to its contract status', () => {
    expect(ERROR_STATUS.INVALID_STATE).toBe(409);
    expect(ERROR_STATUS.STORE_DISABLED).toBe(422);
    expect(ERROR_STATUS.FORBIDDEN).toBe(403);
  });

  it('recognises known codes only', () => {
    expect(isErrorCode('NOT_REFUNDABLE')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
  });

  it('calls 429 and 5xx retryable, other failures not', () => {
    expect([429, 500, 503].map(isRetryableStatus)).toEqual([true, true, true]);
    expect([400, 401, 404, 409, 422].map(isRetryableStatus)).toEqual([false, false, false, false, false]);
  });
});
