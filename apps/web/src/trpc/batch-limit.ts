/**
 * The most procedure calls one request to /api/trpc may carry. The client's batch link sends at
 * most this many; the server refuses a larger batch (400), since several procedures open a
 * Jackpot session per call and an anonymous caller could otherwise send hundreds at once.
 */
export const maxBatchSize = 10;
